package dev.pac.render;

import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.PlanReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * The report in Markdown (GitHub-flavoured tables), ready to paste in a pull request, Notion or
 * Slack.
 */
public final class ReportMarkdown implements ReportRenderer {
  private final ReportDocs docs;

  public ReportMarkdown(Labels labels) {
    this.docs = new ReportDocs(labels);
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.print("\n---\n\n");
      }
      plan(docs.of(reports.get(i)), out);
    }
  }

  private void plan(ReportDoc d, PrintWriter out) {
    out.print("## " + Markdown.text(d.title()) + " (`" + d.id() + "`)\n\n");
    out.print(Markdown.text(String.join(" · ", d.meta())) + "\n");
    for (Section s : d.sections()) {
      out.print(
          "\n### "
              + Markdown.text(s.heading())
              + (s.qualifier().isEmpty() ? "" : " (" + Markdown.text(s.qualifier()) + ")")
              + "\n\n");
      for (int i = 0; i < s.blocks().size(); i++) {
        Block b = s.blocks().get(i);
        if (i > 0 && !(b instanceof ReportDoc.Charts)) {
          out.print("\n");
        }
        block(b, out);
      }
    }
  }

  private static void block(Block b, PrintWriter out) {
    if (b instanceof ReportDoc.Items items) {
      items.items().forEach(i -> out.print("- " + icon(i.tone()) + Markdown.text(i.text()) + "\n"));
    } else if (b instanceof ReportDoc.Table t) {
      table(t, out);
    } else if (b instanceof ReportDoc.Notes n) {
      n.notes().forEach(x -> out.print("- " + prose(x) + "\n"));
    } else if (b instanceof ReportDoc.Text x) {
      out.print((x.tone() == Tone.BAD ? "**" + prose(x.text()) + "**" : prose(x.text())) + "\n");
    } // charts are drawn by HTML only
  }

  private static void table(ReportDoc.Table t, PrintWriter out) {
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (ReportDoc.Column c : t.columns()) {
      head.append(' ').append(Markdown.text(c.title())).append(" |");
      rule.append(c.number() ? "--:|" : "---|");
    }
    out.print(head + "\n" + rule + "\n");
    for (List<Cell> row : t.rows()) {
      StringBuilder b = new StringBuilder("|");
      for (Cell c : row) {
        String text = Markdown.text(c.text());
        b.append(' ')
            .append(
                c.badge() != null
                    ? icon(c.tone()) + text
                    : c.tone() == Tone.BAD ? "**" + text + "**" : text)
            .append(" |");
      }
      out.print(b + "\n");
    }
  }

  /** Our own sentences: HTML and table breakers escaped, code spans kept. */
  private static String prose(String s) {
    return Markdown.cell(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  private static String icon(Tone tone) {
    return switch (tone) {
      case BAD -> "🔴 ";
      case WARN -> "🟠 ";
      case GOOD -> "🟢 ";
      case DIM, PLAIN -> "⚪ ";
    };
  }
}
