package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.history.LogEntry;
import dev.pac.history.PlanLog;
import dev.pac.history.Trailer;
import java.io.PrintWriter;

/**
 * The log for a terminal, newest first: a line per commit (abbreviated id, date, author, subject), its
 * decisions, then its changes grouped by file, each as {@code pac diff} writes it.
 */
public final class LogText implements LogRenderer {
  private final Style style;
  private final DiffText lines;

  public LogText(Style style) {
    this.style = style;
    this.lines = new DiffText(style);
  }

  @Override
  public void render(PlanLog log, PrintWriter out) {
    if (log.entries().isEmpty()) {
      out.println("No plan changes or decisions in the history.");
      return;
    }
    int n = log.entries().size();
    out.println(style.bold("Plan history, newest first:") + " " + n + (n == 1 ? " commit" : " commits"));
    for (LogEntry e : log.entries()) {
      out.println();
      out.println(style.yellow(e.commit().shortId()) + "  " + e.commit().date() + "  " + e.commit().author() + "  "
          + DiffText.show(e.commit().subject()));
      for (Trailer t : e.decisions()) {
        out.println("  " + style.bold("decision:") + " " + t.action() + " " + t.decision().id()
            + (t.why() == null ? "" : " (why: " + t.why() + ")"));
      }
      String file = null;
      for (Change c : e.changes()) {
        if (!c.file().equals(file)) {
          file = c.file();
          out.println("  " + file);
        }
        out.println("    " + lines.line(c));
      }
    }
  }
}
