package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.ProjectionChange;
import java.io.PrintWriter;

/**
 * The changes as a pull request comment (GitHub-flavoured Markdown): a heading, a table per file, the
 * notes as a quote. It opens with the HTML comment {@code <!-- pac diff -->}, invisible once rendered,
 * so a workflow can find and update its previous comment instead of adding a new one each push.
 */
public final class DiffMarkdown implements DiffRenderer {
  public static final String MARKER = "<!-- pac diff -->";

  @Override
  public void render(DiffReport report, PrintWriter out) {
    out.println(MARKER);
    out.println("### Plan changes from " + revision(report.base()) + " to " + revision(report.head()));
    out.println();
    if (report.changes().isEmpty()) {
      out.println("No plan changes.");
    } else {
      out.println(DiffText.count(report) + ".");
      String file = null;
      for (Change c : report.changes()) {
        if (!c.file().equals(file)) {
          file = c.file();
          out.println();
          out.println("#### " + code(file));
          out.println();
          out.println("| Change | Item | Id | Field | Old | New |");
          out.println("|---|---|---|---|---|---|");
        }
        boolean changed = c.change() == Change.Kind.CHANGED;
        out.println("| " + String.join(" | ", c.change().id(), c.item().id(), code(c.id()),
            changed ? code(c.field()) : "", changed ? cell(c.before()) : "", changed ? cell(c.after()) : "") + " |");
      }
    }
    if (report.projection() != null) {
      out.println();
      out.println("#### What the edit does to the report");
      out.println();
      if (report.projection().isEmpty()) {
        out.println("No objective's status, projection or expected figure changes by this edit.");
      } else {
        out.println("By edit: the same actuals and the same date on both sides.");
        out.println();
        out.println("| Objective | Field | Old | New |");
        out.println("|---|---|---|---|");
        for (ProjectionChange p : report.projection()) {
          out.println("| " + String.join(" | ", code(p.objective()), code(p.field()), cell(p.old()), cell(p.now())) + " |");
        }
      }
    }
    if (!report.notes().isEmpty()) {
      out.println();
      for (DiffNote n : report.notes()) {
        out.println("> **Note:** " + code(n.file()) + " at " + revision(n.revision()) + " " + html(n.message()));
        out.println(">");
      }
    }
  }

  private static String revision(String label) {
    return DiffReport.WORKING_TREE.equals(label) ? DiffText.revision(label) : code(DiffText.revision(label));
  }

  static String cell(Object value) {
    return value == null ? "*(none)*" : Markdown.text(DiffText.show(value));
  }

  /** Text in a code span; a backtick inside would end it, so such text is escaped instead. */
  static String code(String s) {
    if (s == null) {
      return "";
    }
    return s.contains("`") || s.contains("|") ? Markdown.text(s) : "`" + s + "`";
  }

  /** Text outside a table: only HTML is escaped (a code span in it stays one); line breaks become spaces. */
  static String html(String s) {
    return s.replaceAll("[\\r\\n]+", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

}
