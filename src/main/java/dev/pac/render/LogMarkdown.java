package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.history.LogEntry;
import dev.pac.history.PlanLog;
import dev.pac.history.Trailer;
import dev.pac.i18n.Catalogue;
import java.io.PrintWriter;

/**
 * The log as Markdown, newest first: a heading per commit, its decisions as a list, its changes as
 * a table.
 */
public final class LogMarkdown implements LogRenderer {
  private final Catalogue words;

  public LogMarkdown(Catalogue words) {
    this.words = words;
  }

  @Override
  public void render(PlanLog log, PrintWriter out) {
    out.println("### " + words.get("diff.log.md.title"));
    out.println();
    if (log.entries().isEmpty()) {
      out.println(words.get("diff.log.none"));
      return;
    }
    out.println(
        words.get("diff.log.md.count", words.count("diff.log.commits", log.entries().size())));
    for (LogEntry e : log.entries()) {
      out.println();
      out.println(
          "#### "
              + DiffMarkdown.code(e.commit().shortId())
              + " "
              + e.commit().date()
              + " · "
              + Markdown.text(e.commit().author())
              + " · "
              + Markdown.text(e.commit().subject()));
      if (!e.decisions().isEmpty()) {
        out.println();
        for (Trailer t : e.decisions()) {
          out.println(
              "- **"
                  + words.get("diff.log.md.decision")
                  + "** "
                  + DiffMarkdown.code(t.action())
                  + " "
                  + t.decision().id()
                  + (t.why() == null ? "" : words.get("diff.log.md.why", Markdown.text(t.why()))));
        }
      }
      if (!e.changes().isEmpty()) {
        out.println();
        out.println(words.get("diff.log.md.columns"));
        out.println("|---|---|---|---|---|---|---|");
        for (Change c : e.changes()) {
          boolean changed = c.change() == Change.Kind.CHANGED;
          out.println(
              "| "
                  + String.join(
                      " | ",
                      DiffMarkdown.code(c.file()),
                      DiffMarkdown.kind(c.change(), words),
                      DiffText.item(c.item(), words),
                      DiffMarkdown.code(c.id()),
                      changed ? DiffMarkdown.code(c.field()) : "",
                      changed ? DiffMarkdown.cell(c.before(), words) : "",
                      changed ? DiffMarkdown.cell(c.after(), words) : "")
                  + " |");
        }
      }
    }
  }
}
