package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.history.LogEntry;
import dev.pac.history.PlanLog;
import dev.pac.history.Trailer;
import java.io.PrintWriter;

/** The log as Markdown, newest first: a heading per commit, its decisions as a list, its changes as a table. */
public final class LogMarkdown implements LogRenderer {
  @Override
  public void render(PlanLog log, PrintWriter out) {
    out.println("### Plan history");
    out.println();
    if (log.entries().isEmpty()) {
      out.println("No plan changes or decisions in the history.");
      return;
    }
    int n = log.entries().size();
    out.println(n + (n == 1 ? " commit" : " commits") + ", newest first.");
    for (LogEntry e : log.entries()) {
      out.println();
      out.println("#### " + DiffMarkdown.code(e.commit().shortId()) + " " + e.commit().date() + " · "
          + Markdown.text(e.commit().author()) + " · " + Markdown.text(e.commit().subject()));
      if (!e.decisions().isEmpty()) {
        out.println();
        for (Trailer t : e.decisions()) {
          out.println("- **Decision:** " + DiffMarkdown.code(t.action()) + " " + t.decision().id()
              + (t.why() == null ? "" : ": " + Markdown.text(t.why())));
        }
      }
      if (!e.changes().isEmpty()) {
        out.println();
        out.println("| File | Change | Item | Id | Field | Old | New |");
        out.println("|---|---|---|---|---|---|---|");
        for (Change c : e.changes()) {
          boolean changed = c.change() == Change.Kind.CHANGED;
          out.println("| " + String.join(" | ", DiffMarkdown.code(c.file()), c.change().id(), c.item().id(),
              DiffMarkdown.code(c.id()), changed ? DiffMarkdown.code(c.field()) : "",
              changed ? DiffMarkdown.cell(c.before()) : "", changed ? DiffMarkdown.cell(c.after()) : "") + " |");
        }
      }
    }
  }
}
