package dev.pac.render;

import dev.pac.model.Milestone;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.Attention;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.Point;
import dev.pac.report.TrendResult;
import dev.pac.report.Upcoming;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS and SVG (a chart per objective of the actual
 * against the planned trajectory, with its milestones), no script and no network resource; prints on A4.
 */
public final class ReportHtml implements ReportRenderer {
  private static final String CSS = """
      :root{--red:#c0392b;--amber:#d68910;--green:#1e8449;--grey:#7f8c8d;--ink:#1c2833;--line:#d5d8dc;--plan:#5d6d7e}
      *{box-sizing:border-box}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1100px;padding:24px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
      h3{font-size:14px;margin:0 0 4px}
      .meta{color:var(--grey);margin-bottom:16px}
      table{border-collapse:collapse;width:100%;margin:4px 0 12px}
      th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{font-weight:600;font-size:12px;color:var(--grey);text-transform:uppercase;letter-spacing:.03em}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.d{white-space:nowrap}
      .pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
      .off-track,.adjust-or-stop,.alert{background:var(--red)}.at-risk{background:var(--amber)}
      .on-track,.achieved,.continue{background:var(--green)}.no-data,.not-started,.too-early,.none{background:var(--grey)}
      .attention{list-style:none;padding:0;margin:0}
      .attention li{padding:8px 12px;margin:6px 0;border-left:5px solid var(--red);background:#fdedec}
      .attention li.warn{border-color:var(--amber);background:#fef5e7}.attention li.info{border-color:var(--grey);background:#f4f6f6}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(500px,1fr));gap:16px}
      .chart{border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid;page-break-inside:avoid}
      .chart p{margin:2px 0 6px;color:var(--grey);font-size:12px}
      .hint{color:var(--amber);font-size:12px}
      .red{color:var(--red);font-weight:600}
      .spark{font-size:16px;letter-spacing:1px}
      .alloc{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:0 24px;align-items:start}
      table.wide{font-size:12px}table.wide th,table.wide td{padding:4px 5px}table.wide th{letter-spacing:0}table.wide td:first-child{white-space:nowrap}td small{color:var(--grey);white-space:normal}
      svg text{font:11px system-ui,Arial,sans-serif;fill:var(--grey)}
      @media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}.charts{grid-template-columns:1fr 1fr}
        .pill{color:#000;border:1px solid #000;background:none!important}tr{break-inside:avoid}}
      """;

  private final ReportWords words;

  public ReportHtml() {
    this(Labels.of(dev.pac.model.Lang.EN));
  }

  public ReportHtml(Labels labels) {
    this.words = new ReportWords(labels);
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    String title = reports.size() == 1 ? reports.get(0).plan().title() : words.get("report.html.title");
    out.print("<!DOCTYPE html>\n<html lang=\"" + words.labels().lang().id() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title) + " — "
        + words.get("report.meta.as-of", reports.get(0).asOf()) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    for (PlanReport r : reports) {
      plan(r, out);
    }
    out.print("</body>\n</html>\n");
  }

  private void plan(PlanReport r, PrintWriter out) {
    String cur = r.plan().currency();
    out.print("<section>\n<h1>" + esc(r.plan().title()) + "</h1>\n<div class=\"meta\">" + esc(r.plan().id()) + " · " + words.get("report.html.as-of", r.asOf())
        + " · " + words.get("report.meta.owner", esc(r.plan().owner())) + (r.owner() != null ? " · " + esc(words.get("report.meta.only", r.owner())) : "")
        + " · " + words.get("report.meta.week", r.week()) + "</div>\n");

    out.print("<h2>" + words.get("report.h.attention") + "</h2>\n<ul class=\"attention\">\n");
    if (r.attention().isEmpty()) {
      out.print("<li class=\"info\">" + esc(words.get("report.attention.nothing")) + "</li>\n");
    }
    for (Attention a : r.attention()) {
      String cls = switch (a.kind()) {
        case OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE -> "";
        case AT_RISK, NO_DATA -> " class=\"warn\"";
        case UPCOMING -> " class=\"info\"";
      };
      out.print("<li" + cls + ">" + esc(words.attention(a, r)) + "</li>\n");
    }
    out.print("</ul>\n");

    out.print("<h2>" + words.get("report.h.objectives") + "</h2>\n");
    if (!r.objectives().isEmpty()) {
      out.print("<table class=\"wide\">\n<tr>" + th("objective") + th("kpi") + th("scope") + th("n", "actual") + th("n", "expected")
          + th("n", "variance") + th("n", "attained") + th("n", "pace") + th("n", "projection")
          + th("n", "target") + th("deadline") + th("status") + "</tr>\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print("<tr><td>" + esc(o.objective().id()) + "</td><td>" + esc(o.kpi().id()) + "</td><td>" + esc(words.scope(o.objective()))
            + "</td>" + n(words.value(o.kpi(), o.actual(), cur)) + n(words.value(o.kpi(), o.expected(), cur))
            + "<td class=\"n\">" + esc(words.signed(o.kpi(), o.variance(), cur))
            + (o.variancePct() != null ? "<br><small>" + esc(words.pct(o.variancePct())) + "</small>" : "") + "</td>"
            + n(words.share(o.attainment())) + n(words.ratio(o.pace())) + n(words.value(o.kpi(), o.projection(), cur))
            + n(words.value(o.kpi(), o.objective().target(), cur)) + "<td class=\"d\">" + o.objective().deadline() + "</td><td>"
            + pill(o.status().id(), words.status(o.status())) + "</td></tr>\n");
      }
      out.print("</table>\n<div class=\"charts\">\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print("<div class=\"chart\">\n<h3>" + esc(o.objective().title()) + " " + pill(o.status().id(), words.status(o.status())) + "</h3>\n<p>"
            + esc(o.objective().id()) + " · " + esc(o.kpi().name()) + " · " + esc(words.scope(o.objective())) + " · "
            + words.get("report.meta.owner", esc(o.objective().owner())) + "</p>\n");
        out.print(chart(o, r.asOf(), cur));
        if (words.hinted(o)) {
          out.print("<p class=\"hint\">" + esc(words.hint(o)) + "</p>\n");
        }
        out.print("</div>\n");
      }
      out.print("</div>\n");
    } else {
      out.print("<p>" + words.get("report.none") + "</p>\n");
    }

    out.print("<h2>" + words.get("report.h.alerts") + " <small>(" + words.get("report.h.alerts.weeks", r.week(), r.week().minusWeeks(1)) + ")</small></h2>\n");
    if (r.alerts().isEmpty()) {
      out.print("<p>" + words.get("report.none") + "</p>\n");
    } else {
      out.print("<table>\n<tr>" + th("kpi") + th("n", "previous") + th("n", "current") + th("n", "change") + th("n", "threshold") + "</tr>\n");
      for (AlertResult a : r.alerts()) {
        out.print("<tr><td>" + esc(a.kpi().id()) + "</td>" + n(words.value(a.kpi(), a.previous(), cur))
            + n(words.value(a.kpi(), a.current(), cur)) + "<td class=\"n red\">" + esc(words.pct(a.changePct())) + "</td>"
            + n(words.threshold(a)) + "</tr>\n");
      }
      out.print("</table>\n");
    }

    out.print("<h2>" + words.get("report.h.actions") + "</h2>\n");
    if (r.actions().isEmpty()) {
      out.print("<p>" + words.get("report.none") + "</p>\n");
    } else {
      out.print("<table class=\"wide\">\n<tr>" + th("action") + th("status") + th("owner") + th("due") + th("n", "budget") + th("n", "spend")
          + th("n", "return") + th("n", "roi") + th("decision") + th("n", "spent-to-date") + th("n", "burn") + "</tr>\n");
      for (ActionResult a : r.actions()) {
        out.print("<tr><td>" + esc(a.action().id()) + "<br><small>" + esc(a.action().title()) + "</small></td><td>" + esc(words.actionStatus(a.action().status()))
            + "</td><td>" + esc(a.action().owner()) + "</td><td class=\"d" + (a.overdue() ? " red" : "") + "\">" + a.action().due()
            + (a.overdue() ? " " + words.get("report.overdue") : "") + "</td>" + n(words.money(a.action().budget(), cur)) + n(words.money(a.spend(), cur))
            + n(words.money(a.ret(), cur)) + n(words.ratio(a.roi())) + "<td>"
            + pill(a.decision() == null ? "not-started" : a.decision().id(),
                a.decision() == null ? words.status(dev.pac.report.Status.NOT_STARTED) : words.decision(a)) + "</td>" + n(words.money(a.spendToDate(), cur))
            + n(words.share(a.burn())) + "</tr>\n");
      }
      out.print("</table>\n");
    }

    if (!r.notStarted().isEmpty()) {
      out.print("<p class=\"meta\">" + esc(words.notStarted(r)) + "</p>\n");
    }
    out.print("<h2>" + words.get("report.h.next") + " <small>(" + words.get("report.h.next.to", r.asOf().plusDays(14)) + ")</small></h2>\n");
    if (r.upcoming().isEmpty()) {
      out.print("<p>" + words.get("report.next.nothing") + "</p>\n");
    } else {
      out.print("<table>\n<tr>" + th("date") + "<th></th>" + th("action") + th("owner") + "</tr>\n");
      for (Upcoming u : r.upcoming()) {
        out.print("<tr><td>" + u.date() + "</td><td>" + words.upcoming(u) + "</td><td>" + esc(u.action().id()) + " — "
            + esc(u.action().title()) + "</td><td>" + esc(u.action().owner()) + "</td></tr>\n");
      }
      out.print("</table>\n");
    }

    if (!r.trend().isEmpty()) {
      List<dev.pac.report.IsoWeek> weeks = r.trend().get(0).weeks();
      out.print("<h2>" + words.get("report.h.trend") + " <small>(" + words.get("report.h.trend.what") + ")</small></h2>\n<table>\n<tr>" + th("kpi") + th("trend"));
      for (dev.pac.report.IsoWeek w : weeks) {
        out.print("<th class=\"n\">" + w.toString().substring(5) + "</th>");
      }
      out.print("</tr>\n");
      for (TrendResult t : r.trend()) {
        out.print("<tr><td>" + esc(t.kpi().id()) + "</td><td>" + spark(t.values()) + "</td>");
        for (Double v : t.values()) {
          out.print(n(words.value(t.kpi(), v, cur)));
        }
        out.print("</tr>\n");
      }
      out.print("</table>\n");
    }

    out.print("<h2>" + words.get("report.h.allocation.full") + "</h2>\n<div class=\"alloc\">\n");
    for (Allocation al : r.allocation()) {
      out.print("<table>\n<tr><th>" + words.allocationTitle(al.by(), true) + "</th>" + th("n", "budget") + th("n", "effort") + "</tr>\n");
      for (Allocation.Share s : al.shares()) {
        out.print("<tr><td>" + esc(words.key(s.key())) + "</td>" + n(words.money(s.budget(), cur))
            + n(words.number(s.effortDays(), 1)) + "</tr>\n");
      }
      out.print("</table>\n");
    }
    out.print("</div>\n<p>");
    if (r.plan().budget() != null) {
      out.print(words.get("report.html.budget", esc(words.money(r.plan().budget(), cur)), esc(words.money(r.allocated(), cur)),
          "<b" + (r.unallocated() < 0 ? " class=\"red\"" : "") + ">", esc(words.money(r.unallocated(), cur))) + " ");
    } else {
      out.print(esc(words.get("report.budget.none", words.money(r.allocated(), cur))) + " ");
    }
    out.print(esc(words.spent(r, cur)) + "</p>\n</section>\n");
  }

  private static final int W = 520;
  private static final int H = 210;
  private static final int L = 62;
  private static final int R = 12;
  private static final int T = 12;
  private static final int B = 28;

  /** The objective's chart: planned trajectory (dashed), milestones (diamonds), actual (solid, status colour), the report date. */
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
    String color = switch (o.status()) {
      case OFF_TRACK -> "#c0392b";
      case AT_RISK -> "#d68910";
      case ON_TRACK, ACHIEVED -> "#1e8449";
      case NO_DATA, NOT_STARTED -> "#7f8c8d";
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
        .append(" · <span style=\"color:#5d6d7e\">- - ").append(words.get("report.chart.planned")).append("</span> <span style=\"color:").append(color)
        .append("\">━ ").append(words.get("report.chart.actual")).append("</span></p>\n");
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

  private static String n(String s) {
    return "<td class=\"n\">" + esc(s) + "</td>";
  }

  private static String pill(String cls, String label) {
    return "<span class=\"pill " + cls + "\">" + esc(label) + "</span>";
  }

  /** A column title from its label key. */
  private String th(String key) {
    return "<th>" + esc(words.get("report.th." + key)) + "</th>";
  }

  /** A column title of a number column (right-aligned). */
  private String th(String cls, String key) {
    return "<th class=\"" + cls + "\">" + esc(words.get("report.th." + key)) + "</th>";
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
    StringBuilder b = new StringBuilder("<svg width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">");
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
