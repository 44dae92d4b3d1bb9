package dev.pac.render;

import static dev.pac.render.ReportHtml.esc;

import dev.pac.history.Revision;
import dev.pac.model.Milestone;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.Point;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The report's inline SVG chart of an objective: planned trajectory, milestones, revisions, actual
 * (the trend's sparklines are {@link Sparklines}').
 */
final class HtmlCharts {
  private final ReportWords words;

  HtmlCharts(ReportWords words) {
    this.words = words;
  }

  private static final int W = 520;
  private static final int H = 210;
  private static final int L = 62;
  private static final int R = 12;
  private static final int T = 12;
  private static final int B = 28;

  /** The planned trajectory's value on a date: linear between its points, flat beyond them. */
  private static double planned(List<Point> plan, LocalDate d) {
    Point prev = plan.get(0);
    if (!d.isAfter(prev.date())) {
      return prev.value();
    }
    for (Point p : plan.subList(1, plan.size())) {
      if (!d.isAfter(p.date())) {
        double span = p.date().toEpochDay() - prev.date().toEpochDay();
        return span <= 0
            ? p.value()
            : prev.value()
                + (p.value() - prev.value()) * (d.toEpochDay() - prev.date().toEpochDay()) / span;
      }
      prev = p;
    }
    return prev.value();
  }

  /**
   * The objective's chart: planned trajectory (dashed), milestones (diamonds), revisions of its
   * target or deadline (triangles on the trajectory, from the plans' history), actual (solid,
   * status colour), the report date.
   */
  String chart(ObjectiveResult o, LocalDate asOf, String cur) {
    List<Point> plan = o.plan();
    LocalDate x0 = plan.get(0).date();
    LocalDate x1 = o.objective().deadline().isAfter(asOf) ? o.objective().deadline() : asOf;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Point p : plan) {
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
    }
    for (Point p : o.progress()) {
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
    }
    if (o.projection() != null && Double.isFinite(o.projection())) {
      hi = Math.max(hi, Math.min(o.projection(), hi + (hi - lo)));
      lo = Math.min(lo, Math.max(o.projection(), lo - (hi - lo)));
    }
    if (lo > 0 && lo < (hi - lo)) {
      lo = 0;
    }
    if (hi == lo) {
      hi = lo + Math.max(1, Math.abs(lo) * 0.1);
    }
    double step = niceStep((hi - lo) / 4);
    double ylo = Math.floor(lo / step) * step;
    double yhi = Math.ceil(hi / step) * step;
    long span = Math.max(1, x1.toEpochDay() - x0.toEpochDay());
    Scale s = new Scale(x0.toEpochDay(), span, ylo, yhi);
    String color =
        switch (ReportDocs.tone(o.status())) {
          case BAD -> "#b03a2e";
          case WARN -> "#9a5800";
          case GOOD -> "#1d7a44";
          case DIM, PLAIN -> "#5d6d7e";
        };
    StringBuilder b = new StringBuilder();
    b.append("<svg viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(esc(o.objective().id()))
        .append(words.get("report.colon"))
        .append(' ')
        .append(esc(words.get("report.chart.label")))
        .append("\">\n");
    for (double v = ylo; v <= yhi + step / 2; v += step) {
      double y = s.y(v);
      b.append("<line x1=\"")
          .append(L)
          .append("\" x2=\"")
          .append(W - R)
          .append("\" y1=\"")
          .append(f(y))
          .append("\" y2=\"")
          .append(f(y))
          .append("\" stroke=\"#eaeded\"/>");
      b.append("<text x=\"")
          .append(L - 6)
          .append("\" y=\"")
          .append(f(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(esc(words.value(o.kpi(), Math.abs(v) < step / 1e6 ? 0.0 : v, "").trim()))
          .append("</text>\n");
    }
    b.append("<line x1=\"")
        .append(L)
        .append("\" x2=\"")
        .append(W - R)
        .append("\" y1=\"")
        .append(H - B)
        .append("\" y2=\"")
        .append(H - B)
        .append("\" stroke=\"#aab7b8\"/>\n");
    b.append("<text x=\"")
        .append(L)
        .append("\" y=\"")
        .append(H - 8)
        .append("\">")
        .append(o.objective().start())
        .append("</text>");
    b.append("<text x=\"")
        .append(f(s.x(o.objective().deadline())))
        .append("\" y=\"")
        .append(H - 8)
        .append("\" text-anchor=\"end\">")
        .append(o.objective().deadline())
        .append("</text>\n");
    StringBuilder pts = new StringBuilder();
    for (Point p : plan) {
      pts.append(f(s.x(p.date()))).append(',').append(f(s.y(p.value()))).append(' ');
    }
    b.append("<polyline points=\"")
        .append(pts.toString().trim())
        .append(
            "\" fill=\"none\" stroke=\"#5d6d7e\" stroke-width=\"1.5\" stroke-dasharray=\"5"
                + " 4\"/>\n");
    for (Milestone m : o.objective().milestones()) {
      double x = s.x(m.date());
      double y = s.y(m.value());
      b.append("<path d=\"M")
          .append(f(x))
          .append(' ')
          .append(f(y - 5))
          .append(" l5 5 l-5 5 l-5 -5 z\" fill=\"#fff\" stroke=\"#5d6d7e\" stroke-width=\"1.5\">")
          .append("<title>")
          .append(words.get("report.chart.milestone", m.date()))
          .append(words.get("report.colon"))
          .append(' ')
          .append(esc(words.value(o.kpi(), m.value(), cur)))
          .append("</title></path>\n");
    }
    for (Revision v : o.history().revisions()) {
      if (v.date().isBefore(x0) || v.date().isAfter(x1)) {
        continue;
      }
      double x = s.x(v.date());
      double y = s.y(planned(plan, v.date()));
      b.append("<path class=\"revision\" d=\"M")
          .append(f(x))
          .append(' ')
          .append(f(y - 6))
          .append(" l5 9 l-10 0 z\" fill=\"#9a5800\">")
          .append("<title>")
          .append(esc(words.revision(o, v, cur)))
          .append("</title></path>\n");
    }
    if (!asOf.isBefore(x0) && !asOf.isAfter(x1)) {
      double x = s.x(asOf);
      b.append("<line x1=\"")
          .append(f(x))
          .append("\" x2=\"")
          .append(f(x))
          .append("\" y1=\"")
          .append(T)
          .append("\" y2=\"")
          .append(H - B)
          .append("\" stroke=\"#1c2833\" stroke-dasharray=\"2 3\"/><text x=\"")
          .append(f(x))
          .append("\" y=\"")
          .append(T + 8)
          .append("\" text-anchor=\"")
          .append(x > W - 90 ? "end" : "start")
          .append("\" dx=\"")
          .append(x > W - 90 ? "-4" : "4")
          .append("\">")
          .append(asOf)
          .append("</text>\n");
    }
    if (!o.progress().isEmpty()) {
      StringBuilder a = new StringBuilder();
      for (Point p : o.progress()) {
        a.append(f(s.x(p.date()))).append(',').append(f(s.y(p.value()))).append(' ');
      }
      b.append("<polyline points=\"")
          .append(a.toString().trim())
          .append("\" fill=\"none\" stroke=\"")
          .append(color)
          .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n");
      Point last = o.progress().get(o.progress().size() - 1);
      b.append("<circle cx=\"")
          .append(f(s.x(last.date())))
          .append("\" cy=\"")
          .append(f(s.y(last.value())))
          .append("\" r=\"4\" fill=\"")
          .append(color)
          .append("\"><title>")
          .append(words.get("report.chart.actual"))
          .append(' ')
          .append(esc(words.value(o.kpi(), last.value(), cur)))
          .append("</title></circle>\n");
    }
    b.append("</svg>\n<p>")
        .append(
            esc(
                words.get(
                    "report.chart.caption",
                    words.value(o.kpi(), o.actual(), cur),
                    words.value(o.kpi(), o.expected(), cur),
                    words.value(o.kpi(), o.objective().target(), cur),
                    words.ratio(o.pace()))))
        .append(" · <span class=\"plan legend\"><span aria-hidden=\"true\">- - </span>")
        .append(words.get("report.chart.planned"))
        .append("</span> <span class=\"legend\" style=\"color:")
        .append(color)
        .append("\"><span aria-hidden=\"true\">━ </span>")
        .append(words.get("report.chart.actual"))
        .append("</span>")
        .append(milestones(o, cur))
        .append("</p>\n");
    return b.toString();
  }

  /**
   * The milestones in words, for the caption (a title inside the chart is hidden from screen
   * readers).
   */
  private String milestones(ObjectiveResult o, String cur) {
    StringBuilder b = new StringBuilder();
    for (Milestone m : o.objective().milestones()) {
      b.append(" · ")
          .append(esc(words.get("report.chart.milestone", m.date())))
          .append(words.get("report.colon"))
          .append(' ')
          .append(esc(words.value(o.kpi(), m.value(), cur)));
    }
    return b.toString();
  }

  /** A round step (1, 2 or 5 times a power of ten) near {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  private record Scale(long day0, long span, double lo, double hi) {
    double x(LocalDate d) {
      return L + (double) (d.toEpochDay() - day0) / span * (W - L - R);
    }

    double y(double v) {
      return (H - B) - (v - lo) / (hi - lo) * (H - B - T);
    }
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
