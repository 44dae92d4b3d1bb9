package dev.pac.render;

import dev.pac.model.Milestone;
import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.Point;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS and SVG (a chart per objective of the actual
 * against the planned trajectory, with its milestones), no script and no network resource. Colours meet
 * WCAG AA contrast; it prints on A4 portrait with table headers repeated and colours kept.
 */
public final class ReportHtml implements ReportRenderer {
  private static final String CSS = """
      :root{--red:#b03a2e;--amber:#9a5800;--green:#1d7a44;--grey:#566573;--ink:#1c2833;--line:#d5d8dc;--plan:#5d6d7e}
      *{box-sizing:border-box}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1200px;padding:24px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
      h2 small{font-weight:normal;color:var(--grey);font-size:13px}h3{font-size:14px;margin:0 0 4px}
      .meta{color:var(--grey);margin-bottom:16px}
      table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:12.5px}
      caption{text-align:left;font-weight:600;padding:4px 0}
      th,td{padding:4px 6px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{font-weight:600;font-size:12px;color:var(--grey)}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      th small,td small{display:block;color:var(--grey);font-weight:normal}td.d{white-space:nowrap}
      .scroll{overflow-x:auto;max-width:100%}
      .pill{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap;background:var(--grey)}
      .t-bad{background:var(--red)}.t-warn{background:var(--amber)}.t-good{background:var(--green)}
      .bad{color:var(--red);font-weight:600}.warn{color:var(--amber);font-weight:600}.good{color:var(--green)}.dim{color:var(--grey)}
      ul.attention{list-style:none;padding:0;margin:0}
      ul.attention li{padding:8px 12px;margin:6px 0;border-left:5px solid var(--grey);background:#f4f6f6}
      ul.attention li.bad{border-color:var(--red);background:#fdedec;color:var(--ink);font-weight:normal}
      ul.attention li.warn{border-color:var(--amber);background:#fef5e7;color:var(--ink);font-weight:normal}
      ul.attention li.good{border-color:var(--green);background:#e9f7ef;color:var(--ink)}
      .notes{color:var(--grey);font-size:12.5px;margin:4px 0 12px;padding-left:18px}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(460px,100%),1fr));gap:16px}
      .chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid;page-break-inside:avoid}
      .chart p{margin:2px 0 6px;color:var(--grey);font-size:12px}.plan{color:var(--plan)}.legend{white-space:nowrap}
      .alloc{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:0 24px;align-items:start}
      svg text{font:11px system-ui,Arial,sans-serif;fill:var(--grey)}
      @page{size:A4 portrait;margin:12mm}
      @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{max-width:none;padding:0;font-size:10.5px}
        table{font-size:8.8px}th,td{padding:2px 1.5px}th{font-size:inherit}th.n{white-space:normal}
        .pill{font-size:8px;padding:0 2px;white-space:nowrap}.scroll{overflow:visible}
        h2{break-after:avoid}.charts{grid-template-columns:1fr 1fr}thead{display:table-header-group}tr{break-inside:avoid}}
      """;

  private final ReportDocs docs;

  public ReportHtml(Labels labels) {
    this.docs = new ReportDocs(labels);
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    ReportWords words = docs.words();
    String title = reports.size() == 1 ? reports.get(0).plan().title() : words.get("report.html.title");
    out.print("<!DOCTYPE html>\n<html lang=\"" + words.labels().lang().id() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title) + " — "
        + esc(words.get("report.meta.as-of", reports.get(0).asOf())) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n"
        + "<body>\n<main>\n");
    for (PlanReport r : reports) {
      plan(docs.of(r), out);
    }
    out.print("</main>\n</body>\n</html>\n");
  }

  private void plan(ReportDoc d, PrintWriter out) {
    out.print("<article>\n<h1>" + esc(d.title()) + "</h1>\n<p class=\"meta\">" + esc(d.id()) + " · "
        + esc(String.join(" · ", d.meta())) + "</p>\n");
    for (Section s : d.sections()) {
      out.print("<section id=\"" + s.key() + "-" + esc(d.id()) + "\">\n<h2>" + esc(s.heading())
          + (s.qualifier().isEmpty() ? "" : " <small>(" + esc(s.qualifier()) + ")</small>") + "</h2>\n");
      boolean alloc = s.key().equals("allocation");
      if (alloc) {
        out.print("<div class=\"alloc\">\n");
      }
      for (Block b : s.blocks()) {
        if (alloc && !(b instanceof ReportDoc.Table)) {
          out.print("</div>\n");
          alloc = false;
        }
        block(b, s.heading(), out);
      }
      if (alloc) {
        out.print("</div>\n");
      }
      out.print("</section>\n");
    }
    out.print("</article>\n");
  }

  private void block(Block b, String section, PrintWriter out) {
    if (b instanceof ReportDoc.Items items) {
      out.print("<ul class=\"attention\">\n");
      items.items().forEach(i -> out.print("<li class=\"" + cls(i.tone()) + "\">" + esc(i.text()) + "</li>\n"));
      out.print("</ul>\n");
    } else if (b instanceof ReportDoc.Table t) {
      table(t, section, out);
    } else if (b instanceof ReportDoc.Notes n) {
      out.print("<ul class=\"notes\">\n");
      n.notes().forEach(x -> out.print("<li>" + esc(x) + "</li>\n"));
      out.print("</ul>\n");
    } else if (b instanceof ReportDoc.Text x) {
      out.print("<p class=\"" + cls(x.tone()) + "\">" + esc(x.text()) + "</p>\n");
    } else if (b instanceof ReportDoc.Charts c) {
      charts(c, out);
    }
  }

  private void charts(ReportDoc.Charts c, PrintWriter out) {
    ReportWords words = docs.words();
    out.print("<div class=\"charts\">\n");
    for (ObjectiveResult o : c.objectives()) {
      Tone tone = ReportDocs.tone(o.status());
      out.print("<figure class=\"chart\">\n<h3>" + esc(o.objective().title()) + " <span class=\"pill t-" + cls(tone) + "\">"
          + esc(words.status(o.status())) + "</span></h3>\n<p>" + esc(o.objective().id()) + " · " + esc(o.kpi().name())
          + " · " + esc(words.scope(o.objective())) + " · " + esc(words.get("report.meta.owner", o.objective().owner()))
          + "</p>\n");
      out.print(chart(o, o.through(), c.currency()));
      out.print("</figure>\n");
    }
    out.print("</div>\n");
  }

  private static void table(ReportDoc.Table t, String section, PrintWriter out) {
    out.print("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
        + esc(t.caption().isEmpty() ? section : t.caption()) + "\">\n<table>\n");
    if (!t.caption().isEmpty()) {
      out.print("<caption class=\"dim\">" + esc(t.caption()) + "</caption>\n");
    }
    out.print("<thead><tr>");
    for (ReportDoc.Column c : t.columns()) {
      out.print("<th scope=\"col\"" + (c.number() ? " class=\"n\"" : "") + ">" + esc(c.title()) + "</th>");
    }
    out.print("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      out.print("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String body = c.spark() != null ? spark(c.spark())
            : c.badge() != null ? "<span class=\"pill t-" + cls(c.tone()) + "\">" + esc(c.text()) + "</span>"
            : esc(c.text()).replace("..", "..<wbr>") + (c.detail().isEmpty() ? "" : "<small>" + esc(c.detail()) + "</small>");
        boolean date = DATE.matcher(c.text()).lookingAt();
        String classes = (t.columns().get(i).number() ? "n " : "") + (date ? "d " : "") + (c.badge() == null ? cls(c.tone()) : "");
        out.print((i == 0 ? "<th scope=\"row\"" : "<td") + (classes.isBlank() ? "" : " class=\"" + classes.strip() + "\"") + ">"
            + body + (i == 0 ? "</th>" : "</td>"));
      }
      out.print("</tr>\n");
    }
    out.print("</tbody>\n</table>\n</div>\n");
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static String cls(Tone tone) {
    return switch (tone) {
      case BAD -> "bad";
      case WARN -> "warn";
      case GOOD -> "good";
      case DIM -> "dim";
      case PLAIN -> "";
    };
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
        return span <= 0 ? p.value() : prev.value() + (p.value() - prev.value()) * (d.toEpochDay() - prev.date().toEpochDay()) / span;
      }
      prev = p;
    }
    return prev.value();
  }

  /**
   * The objective's chart: planned trajectory (dashed), milestones (diamonds), revisions of its target or
   * deadline (triangles on the trajectory, from the plans' history), actual (solid, status colour), the report date.
   */
  String chart(ObjectiveResult o, LocalDate asOf, String cur) {
    ReportWords words = docs.words();
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
    String color = switch (ReportDocs.tone(o.status())) {
      case BAD -> "#b03a2e";
      case WARN -> "#9a5800";
      case GOOD -> "#1d7a44";
      case DIM, PLAIN -> "#5d6d7e";
    };
    StringBuilder b = new StringBuilder();
    b.append("<svg viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(esc(o.objective().id())).append(words.get("report.colon")).append(' ').append(esc(words.get("report.chart.label"))).append("\">\n");
    for (double v = ylo; v <= yhi + step / 2; v += step) {
      double y = s.y(v);
      b.append("<line x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#eaeded\"/>");
      b.append("<text x=\"").append(L - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
          .append(esc(words.value(o.kpi(), Math.abs(v) < step / 1e6 ? 0.0 : v, "").trim())).append("</text>\n");
    }
    b.append("<line x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(H - B).append("\" y2=\"").append(H - B)
        .append("\" stroke=\"#aab7b8\"/>\n");
    b.append("<text x=\"").append(L).append("\" y=\"").append(H - 8).append("\">").append(o.objective().start()).append("</text>");
    b.append("<text x=\"").append(f(s.x(o.objective().deadline()))).append("\" y=\"").append(H - 8).append("\" text-anchor=\"end\">")
        .append(o.objective().deadline()).append("</text>\n");
    StringBuilder pts = new StringBuilder();
    for (Point p : plan) {
      pts.append(f(s.x(p.date()))).append(',').append(f(s.y(p.value()))).append(' ');
    }
    b.append("<polyline points=\"").append(pts.toString().trim()).append("\" fill=\"none\" stroke=\"#5d6d7e\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n");
    for (Milestone m : o.objective().milestones()) {
      double x = s.x(m.date());
      double y = s.y(m.value());
      b.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 5)).append(" l5 5 l-5 5 l-5 -5 z\" fill=\"#fff\" stroke=\"#5d6d7e\" stroke-width=\"1.5\">")
          .append("<title>").append(words.get("report.chart.milestone", m.date())).append(words.get("report.colon")).append(' ').append(esc(words.value(o.kpi(), m.value(), cur))).append("</title></path>\n");
    }
    for (dev.pac.history.Revision v : o.history().revisions()) {
      if (v.date().isBefore(x0) || v.date().isAfter(x1)) {
        continue;
      }
      double x = s.x(v.date());
      double y = s.y(planned(plan, v.date()));
      b.append("<path class=\"revision\" d=\"M").append(f(x)).append(' ').append(f(y - 6)).append(" l5 9 l-10 0 z\" fill=\"#9a5800\">")
          .append("<title>").append(esc(words.revision(o, v, cur))).append("</title></path>\n");
    }
    if (!asOf.isBefore(x0) && !asOf.isAfter(x1)) {
      double x = s.x(asOf);
      b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(T).append("\" y2=\"").append(H - B)
          .append("\" stroke=\"#1c2833\" stroke-dasharray=\"2 3\"/><text x=\"").append(f(x)).append("\" y=\"").append(T + 8)
          .append("\" text-anchor=\"").append(x > W - 90 ? "end" : "start").append("\" dx=\"").append(x > W - 90 ? "-4" : "4").append("\">")
          .append(asOf).append("</text>\n");
    }
    if (!o.progress().isEmpty()) {
      StringBuilder a = new StringBuilder();
      for (Point p : o.progress()) {
        a.append(f(s.x(p.date()))).append(',').append(f(s.y(p.value()))).append(' ');
      }
      b.append("<polyline points=\"").append(a.toString().trim()).append("\" fill=\"none\" stroke=\"").append(color)
          .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n");
      Point last = o.progress().get(o.progress().size() - 1);
      b.append("<circle cx=\"").append(f(s.x(last.date()))).append("\" cy=\"").append(f(s.y(last.value()))).append("\" r=\"4\" fill=\"")
          .append(color).append("\"><title>").append(words.get("report.chart.actual")).append(' ').append(esc(words.value(o.kpi(), last.value(), cur))).append("</title></circle>\n");
    }
    b.append("</svg>\n<p>").append(esc(words.get("report.chart.caption", words.value(o.kpi(), o.actual(), cur), words.value(o.kpi(), o.expected(), cur),
        words.value(o.kpi(), o.objective().target(), cur), words.ratio(o.pace()))))
        .append(" · <span class=\"plan legend\"><span aria-hidden=\"true\">- - </span>").append(words.get("report.chart.planned"))
        .append("</span> <span class=\"legend\" style=\"color:").append(color).append("\"><span aria-hidden=\"true\">━ </span>")
        .append(words.get("report.chart.actual")).append("</span>").append(milestones(o, cur)).append("</p>\n");
    return b.toString();
  }

  /** The milestones in words, for the caption (a title inside the chart is hidden from screen readers). */
  private String milestones(ObjectiveResult o, String cur) {
    ReportWords words = docs.words();
    StringBuilder b = new StringBuilder();
    for (Milestone m : o.objective().milestones()) {
      b.append(" · ").append(esc(words.get("report.chart.milestone", m.date()))).append(words.get("report.colon")).append(' ')
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

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String spark(List<Double> values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Double v : values) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    int w = 120;
    int h = 24;
    StringBuilder b = new StringBuilder("<svg aria-hidden=\"true\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">");
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null) {
        continue;
      }
      double x = 4 + (double) i / Math.max(1, values.size() - 1) * (w - 8);
      double y = max == min ? h / 2.0 : (h - 4) - (v - min) / (max - min) * (h - 8);
      pts.append(f(x)).append(',').append(f(y)).append(' ');
    }
    b.append("<polyline points=\"").append(pts.toString().trim()).append("\" fill=\"none\" stroke=\"#2e86c1\" stroke-width=\"1.5\"/></svg>");
    return b.toString();
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
