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

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    String title = reports.size() == 1 ? reports.get(0).plan().title() : "Stand-up report";
    out.print("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title) + " — as of "
        + reports.get(0).asOf() + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    for (PlanReport r : reports) {
      plan(r, out);
    }
    out.print("</body>\n</html>\n");
  }

  private static void plan(PlanReport r, PrintWriter out) {
    String cur = r.plan().currency();
    out.print("<section>\n<h1>" + esc(r.plan().title()) + "</h1>\n<div class=\"meta\">" + esc(r.plan().id()) + " · as of <b>" + r.asOf()
        + "</b> · owner " + esc(r.plan().owner()) + (r.owner() != null ? " · only " + esc(r.owner()) + "'s objectives and actions" : "")
        + " · last complete week " + r.week() + "</div>\n");

    out.print("<h2>Needs attention this week</h2>\n<ul class=\"attention\">\n");
    if (r.attention().isEmpty()) {
      out.print("<li class=\"info\">" + NOTHING_NEEDS_ATTENTION + "</li>\n");
    }
    for (Attention a : r.attention()) {
      String cls = switch (a.kind()) {
        case OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE -> "";
        case AT_RISK, NO_DATA -> " class=\"warn\"";
        case UPCOMING -> " class=\"info\"";
      };
      out.print("<li" + cls + ">" + esc(ReportWords.attention(a, r)) + "</li>\n");
    }
    out.print("</ul>\n");

    out.print("<h2>Objectives</h2>\n");
    if (!r.objectives().isEmpty()) {
      out.print("<table class=\"wide\">\n<tr><th>Objective</th><th>KPI</th><th>Scope</th><th class=\"n\">Actual</th><th class=\"n\">Expected</th>"
          + "<th class=\"n\">Variance</th><th class=\"n\">Attained</th><th class=\"n\">Pace</th><th class=\"n\">Projection</th>"
          + "<th class=\"n\">Target</th><th>Deadline</th><th>Status</th></tr>\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print("<tr><td>" + esc(o.objective().id()) + "</td><td>" + esc(o.kpi().id()) + "</td><td>" + esc(ReportWords.scope(o.objective()))
            + "</td>" + n(ReportWords.value(o.kpi(), o.actual(), cur)) + n(ReportWords.value(o.kpi(), o.expected(), cur))
            + "<td class=\"n\">" + esc(ReportWords.signed(o.kpi(), o.variance(), cur))
            + (o.variancePct() != null ? "<br><small>" + esc(ReportWords.pct(o.variancePct())) + "</small>" : "") + "</td>"
            + n(ReportWords.share(o.attainment())) + n(ReportWords.ratio(o.pace())) + n(ReportWords.value(o.kpi(), o.projection(), cur))
            + n(ReportWords.value(o.kpi(), o.objective().target(), cur)) + "<td class=\"d\">" + o.objective().deadline() + "</td><td>"
            + pill(o.status().id()) + "</td></tr>\n");
      }
      out.print("</table>\n<div class=\"charts\">\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print("<div class=\"chart\">\n<h3>" + esc(o.objective().title()) + " " + pill(o.status().id()) + "</h3>\n<p>"
            + esc(o.objective().id()) + " · " + esc(o.kpi().name()) + " · " + esc(ReportWords.scope(o.objective())) + " · owner "
            + esc(o.objective().owner()) + "</p>\n");
        out.print(chart(o, r.asOf(), cur));
        if (ReportWords.hinted(o)) {
          out.print("<p class=\"hint\">" + esc(ReportWords.hint(o)) + "</p>\n");
        }
        out.print("</div>\n");
      }
      out.print("</div>\n");
    } else {
      out.print("<p>None.</p>\n");
    }

    out.print("<h2>Week-over-week alerts <small>(" + r.week() + " against " + r.week().minusWeeks(1) + ")</small></h2>\n");
    if (r.alerts().isEmpty()) {
      out.print("<p>None.</p>\n");
    } else {
      out.print("<table>\n<tr><th>KPI</th><th class=\"n\">Previous</th><th class=\"n\">Current</th><th class=\"n\">Change</th><th class=\"n\">Threshold</th></tr>\n");
      for (AlertResult a : r.alerts()) {
        out.print("<tr><td>" + esc(a.kpi().id()) + "</td>" + n(ReportWords.value(a.kpi(), a.previous(), cur))
            + n(ReportWords.value(a.kpi(), a.current(), cur)) + "<td class=\"n red\">" + esc(ReportWords.pct(a.changePct())) + "</td>"
            + n(ReportWords.number(a.thresholdPct(), 1) + " %") + "</tr>\n");
      }
      out.print("</table>\n");
    }

    out.print("<h2>Actions</h2>\n");
    if (r.actions().isEmpty()) {
      out.print("<p>None.</p>\n");
    } else {
      out.print("<table class=\"wide\">\n<tr><th>Action</th><th>Status</th><th>Owner</th><th>Due</th><th class=\"n\">Budget</th><th class=\"n\">Spend</th>"
          + "<th class=\"n\">Return</th><th class=\"n\">ROI</th><th>Decision</th><th class=\"n\">Spent to date</th><th class=\"n\">Burn</th></tr>\n");
      for (ActionResult a : r.actions()) {
        out.print("<tr><td>" + esc(a.action().id()) + "<br><small>" + esc(a.action().title()) + "</small></td><td>" + a.action().status().id()
            + "</td><td>" + esc(a.action().owner()) + "</td><td class=\"d" + (a.overdue() ? " red" : "") + "\">" + a.action().due()
            + (a.overdue() ? " overdue" : "") + "</td>" + n(ReportWords.money(a.action().budget(), cur)) + n(ReportWords.money(a.spend(), cur))
            + n(ReportWords.money(a.ret(), cur)) + n(ReportWords.ratio(a.roi())) + "<td>"
            + pill(a.decision() == null ? "not-started" : a.decision().id()) + "</td>" + n(ReportWords.money(a.spendToDate(), cur))
            + n(ReportWords.share(a.burn())) + "</tr>\n");
      }
      out.print("</table>\n");
    }

    if (!r.notStarted().isEmpty()) {
      out.print("<p class=\"meta\">" + esc(ReportWords.notStarted(r)) + "</p>\n");
    }
    out.print("<h2>Next 14 days <small>(to " + r.asOf().plusDays(14) + ")</small></h2>\n");
    if (r.upcoming().isEmpty()) {
      out.print("<p>Nothing starts or falls due.</p>\n");
    } else {
      out.print("<table>\n<tr><th>Date</th><th></th><th>Action</th><th>Owner</th></tr>\n");
      for (Upcoming u : r.upcoming()) {
        out.print("<tr><td>" + u.date() + "</td><td>" + ReportWords.upcoming(u) + "</td><td>" + esc(u.action().id()) + " — "
            + esc(u.action().title()) + "</td><td>" + esc(u.action().owner()) + "</td></tr>\n");
      }
      out.print("</table>\n");
    }

    if (!r.trend().isEmpty()) {
      List<dev.pac.report.IsoWeek> weeks = r.trend().get(0).weeks();
      out.print("<h2>KPI trend <small>(weekly, total scope)</small></h2>\n<table>\n<tr><th>KPI</th><th>Trend</th>");
      for (dev.pac.report.IsoWeek w : weeks) {
        out.print("<th class=\"n\">" + w.toString().substring(5) + "</th>");
      }
      out.print("</tr>\n");
      for (TrendResult t : r.trend()) {
        out.print("<tr><td>" + esc(t.kpi().id()) + "</td><td>" + spark(t.values()) + "</td>");
        for (Double v : t.values()) {
          out.print(n(ReportWords.value(t.kpi(), v, cur)));
        }
        out.print("</tr>\n");
      }
      out.print("</table>\n");
    }

    out.print("<h2>Allocation of budget and effort</h2>\n<div class=\"alloc\">\n");
    for (Allocation al : r.allocation()) {
      out.print("<table>\n<tr><th>By " + ReportWords.allocationTitle(al.by()) + "</th><th class=\"n\">Budget</th><th class=\"n\">Effort (days)</th></tr>\n");
      for (Allocation.Share s : al.shares()) {
        out.print("<tr><td>" + esc(ReportWords.key(s.key())) + "</td>" + n(ReportWords.money(s.budget(), cur))
            + n(ReportWords.number(s.effortDays(), 1)) + "</tr>\n");
      }
      out.print("</table>\n");
    }
    out.print("</div>\n<p>");
    if (r.plan().budget() != null) {
      out.print("Plan budget " + esc(ReportWords.money(r.plan().budget(), cur)) + ": allocated to actions "
          + esc(ReportWords.money(r.allocated(), cur)) + ", <b" + (r.unallocated() < 0 ? " class=\"red\"" : "") + ">left unallocated "
          + esc(ReportWords.money(r.unallocated(), cur)) + "</b>. ");
    } else {
      out.print("The plan sets no budget; actions hold " + esc(ReportWords.money(r.allocated(), cur)) + ". ");
    }
    out.print("Spent to date: " + esc(ReportWords.money(r.spendToDate(), cur)) + ".</p>\n</section>\n");
  }

  private static final int W = 520;
  private static final int H = 210;
  private static final int L = 62;
  private static final int R = 12;
  private static final int T = 12;
  private static final int B = 28;

  /** The objective's chart: planned trajectory (dashed), milestones (diamonds), actual (solid, status colour), the report date. */
  static String chart(ObjectiveResult o, LocalDate asOf, String cur) {
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
        .append(esc(o.objective().id())).append(": actual against the planned trajectory\">\n");
    for (double v = ylo; v <= yhi + step / 2; v += step) {
      double y = s.y(v);
      b.append("<line x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#eaeded\"/>");
      b.append("<text x=\"").append(L - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
          .append(esc(ReportWords.value(o.kpi(), Math.abs(v) < step / 1e6 ? 0.0 : v, "").trim())).append("</text>\n");
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
          .append("<title>milestone ").append(m.date()).append(": ").append(esc(ReportWords.value(o.kpi(), m.value(), cur))).append("</title></path>\n");
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
          .append(color).append("\"><title>actual ").append(esc(ReportWords.value(o.kpi(), last.value(), cur))).append("</title></circle>\n");
    }
    b.append("</svg>\n<p>Actual ").append(esc(ReportWords.value(o.kpi(), o.actual(), cur))).append(" · expected ")
        .append(esc(ReportWords.value(o.kpi(), o.expected(), cur))).append(" · target ")
        .append(esc(ReportWords.value(o.kpi(), o.objective().target(), cur))).append(" · pace ").append(ReportWords.ratio(o.pace()))
        .append(" · <span style=\"color:#5d6d7e\">- - planned</span> <span style=\"color:").append(color).append("\">━ actual</span></p>\n");
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

  private static String pill(String cls) {
    return "<span class=\"pill " + cls + "\">" + cls + "</span>";
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
