package dev.pac.render;

import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML file: inline CSS and SVG (a chart per objective of the
 * actual against the planned trajectory, with its milestones), no script and no network resource.
 * Colours meet WCAG AA contrast; it prints on A4 portrait with table headers repeated and colours
 * kept.
 */
public final class ReportHtml implements ReportRenderer {
  private static final String CSS =
      """
      :root{--red:#b03a2e;--amber:#9a5800;--green:#1d7a44;--grey:#566573;--ink:#1c2833;\
      --line:#d5d8dc;--plan:#5d6d7e}
      *{box-sizing:border-box}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
      color:var(--ink);margin:0 auto;max-width:1200px;padding:24px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;\
      border-bottom:2px solid var(--line);padding-bottom:4px}
      h2 small{font-weight:normal;color:var(--grey);font-size:13px}h3{font-size:14px;margin:0 0 4px}
      .meta{color:var(--grey);margin-bottom:16px}
      table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:12.5px}
      caption{text-align:left;font-weight:600;padding:4px 0}
      th,td{padding:4px 6px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{font-weight:600;font-size:12px;color:var(--grey)}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      th small,td small{display:block;color:var(--grey);font-weight:normal}td.d{white-space:nowrap}
      .scroll{overflow-x:auto;max-width:100%}
      .pill{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:600;\
      color:#fff;white-space:nowrap;background:var(--grey)}
      .t-bad{background:var(--red)}.t-warn{background:var(--amber)}.t-good{background:var(--green)}
      .bad{color:var(--red);font-weight:600}.warn{color:var(--amber);font-weight:600}\
      .good{color:var(--green)}.dim{color:var(--grey)}
      ul.attention{list-style:none;padding:0;margin:0}
      ul.attention li{padding:8px 12px;margin:6px 0;border-left:5px solid var(--grey);\
      background:#f4f6f6}
      ul.attention li.bad{border-color:var(--red);background:#fdedec;color:var(--ink);\
      font-weight:normal}
      ul.attention li.warn{border-color:var(--amber);background:#fef5e7;color:var(--ink);\
      font-weight:normal}
      ul.attention li.good{border-color:var(--green);background:#e9f7ef;color:var(--ink)}
      .notes{color:var(--grey);font-size:12.5px;margin:4px 0 12px;padding-left:18px}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(460px,100%),1fr));\
      gap:16px}
      .chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;\
      break-inside:avoid;page-break-inside:avoid}
      .chart p{margin:2px 0 6px;color:var(--grey);font-size:12px}.plan{color:var(--plan)}\
      .legend{white-space:nowrap}
      .alloc{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:0 24px;\
      align-items:start}
      svg text{font:11px system-ui,Arial,sans-serif;fill:var(--grey)}
      @page{size:A4 portrait;margin:12mm}
      @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{max-width:none;\
      padding:0;font-size:10.5px}
        table{font-size:8.8px}th,td{padding:2px 1.5px}th{font-size:inherit}th.n{white-space:normal}
        .pill{font-size:8px;padding:0 2px;white-space:nowrap}.scroll{overflow:visible}
        h2{break-after:avoid}.charts{grid-template-columns:1fr 1fr}\
      thead{display:table-header-group}tr{break-inside:avoid}}
      """;

  private final ReportDocs docs;
  private final HtmlCharts charts;

  public ReportHtml(Labels labels) {
    this.docs = new ReportDocs(labels);
    this.charts = new HtmlCharts(docs.words());
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    ReportWords words = docs.words();
    String title =
        reports.size() == 1 ? reports.get(0).plan().title() : words.get("report.html.title");
    out.print(
        "<!DOCTYPE html>\n<html lang=\""
            + words.labels().lang().id()
            + "\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
            + esc(title)
            + " — "
            + esc(words.get("report.meta.as-of", reports.get(0).asOf()))
            + "</title>\n<style>\n"
            + CSS
            + "</style>\n</head>\n"
            + "<body>\n<main>\n");
    for (PlanReport r : reports) {
      plan(docs.of(r), out);
    }
    out.print("</main>\n</body>\n</html>\n");
  }

  private void plan(ReportDoc d, PrintWriter out) {
    out.print(
        "<article>\n<h1>"
            + esc(d.title())
            + "</h1>\n<p class=\"meta\">"
            + esc(d.id())
            + " · "
            + esc(String.join(" · ", d.meta()))
            + "</p>\n");
    for (Section s : d.sections()) {
      out.print(
          "<section id=\""
              + s.key()
              + "-"
              + esc(d.id())
              + "\">\n<h2>"
              + esc(s.heading())
              + (s.qualifier().isEmpty() ? "" : " <small>(" + esc(s.qualifier()) + ")</small>")
              + "</h2>\n");
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
      items
          .items()
          .forEach(
              i -> out.print("<li class=\"" + cls(i.tone()) + "\">" + esc(i.text()) + "</li>\n"));
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
      out.print(
          "<figure class=\"chart\">\n<h3>"
              + esc(o.objective().title())
              + " <span class=\"pill t-"
              + cls(tone)
              + "\">"
              + esc(words.status(o.status()))
              + "</span></h3>\n<p>"
              + esc(o.objective().id())
              + " · "
              + esc(o.kpi().name())
              + " · "
              + esc(words.scope(o.objective()))
              + " · "
              + esc(words.get("report.meta.owner", o.objective().owner()))
              + "</p>\n");
      out.print(charts.chart(o, o.through(), c.currency()));
      out.print("</figure>\n");
    }
    out.print("</div>\n");
  }

  private static void table(ReportDoc.Table t, String section, PrintWriter out) {
    out.print(
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
            + esc(t.caption().isEmpty() ? section : t.caption())
            + "\">\n<table>\n");
    if (!t.caption().isEmpty()) {
      out.print("<caption class=\"dim\">" + esc(t.caption()) + "</caption>\n");
    }
    out.print("<thead><tr>");
    for (ReportDoc.Column c : t.columns()) {
      out.print(
          "<th scope=\"col\""
              + (c.number() ? " class=\"n\"" : "")
              + ">"
              + esc(c.title())
              + "</th>");
    }
    out.print("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      out.print("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String body =
            c.spark() != null
                ? Sparklines.svg(c.spark())
                : c.badge() != null
                    ? "<span class=\"pill t-" + cls(c.tone()) + "\">" + esc(c.text()) + "</span>"
                    : esc(c.text()).replace("..", "..<wbr>")
                        + (c.detail().isEmpty() ? "" : "<small>" + esc(c.detail()) + "</small>");
        boolean date = DATE.matcher(c.text()).lookingAt();
        String classes =
            (t.columns().get(i).number() ? "n " : "")
                + (date ? "d " : "")
                + (c.badge() == null ? cls(c.tone()) : "");
        out.print(
            (i == 0 ? "<th scope=\"row\"" : "<td")
                + (classes.isBlank() ? "" : " class=\"" + classes.strip() + "\"")
                + ">"
                + body
                + (i == 0 ? "</th>" : "</td>"));
      }
      out.print("</tr>\n");
    }
    out.print("</tbody>\n</table>\n</div>\n");
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static String cls(Tone tone) {
    return switch (tone) {
      case BAD -> "bad";
      case WARN -> "warn";
      case GOOD -> "good";
      case DIM -> "dim";
      case PLAIN -> "";
    };
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
