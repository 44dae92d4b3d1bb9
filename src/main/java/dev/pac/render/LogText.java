package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.history.LogEntry;
import dev.pac.history.PlanLog;
import dev.pac.history.Trailer;
import dev.pac.i18n.Catalogue;
import java.io.PrintWriter;

/**
 * The log for a terminal, newest first: a line per commit (abbreviated id, date, author, subject),
 * its decisions, then its changes grouped by file, each as {@code pac diff} writes it.
 */
public final class LogText implements LogRenderer {
  private final Style style;
  private final Catalogue words;
  private final DiffText lines;

  public LogText(Style style, Catalogue words) {
    this.style = style;
    this.words = words;
    this.lines = new DiffText(style, words);
  }

  @Override
  public void render(PlanLog log, PrintWriter out) {
    if (log.entries().isEmpty()) {
      out.println(words.get("diff.log.none"));
      return;
    }
    out.println(
        style.bold(words.get("diff.log.head"))
            + " "
            + words.count("diff.log.commits", log.entries().size()));
    for (LogEntry e : log.entries()) {
      out.println();
      out.println(
          style.yellow(e.commit().shortId())
              + "  "
              + e.commit().date()
              + "  "
              + e.commit().author()
              + "  "
              + DiffText.show(e.commit().subject(), words));
      for (Trailer t : e.decisions()) {
        out.println(
            "  "
                + style.bold(words.get("diff.log.decision"))
                + " "
                + t.action()
                + " "
                + t.decision().id()
                + (t.why() == null ? "" : " " + words.get("diff.log.why", t.why())));
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
