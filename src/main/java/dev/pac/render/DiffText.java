package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.ProjectionChange;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The changes grouped by file, one line each: {@code + action webinars}, {@code - segment smb},
 * {@code ~ objective grow-mql  target: 1200 → 1500}; then the notes, then a summary line.
 */
public final class DiffText implements DiffRenderer {
  private static final int MAX_TEXT = 80;
  private final Style style;

  public DiffText(Style style) {
    this.style = style;
  }

  @Override
  public void render(DiffReport report, PrintWriter out) {
    String span = span(report);
    if (report.changes().isEmpty()) {
      out.println("No plan changes " + span + ".");
    } else {
      out.println(style.bold("Plan changes " + span + ":") + " " + count(report));
      String file = null;
      for (Change c : report.changes()) {
        if (!c.file().equals(file)) {
          file = c.file();
          out.println();
          out.println(style.bold(file));
        }
        out.println("  " + line(c));
      }
    }
    if (report.projection() != null) {
      out.println();
      if (report.projection().isEmpty()) {
        out.println("No objective's status, projection or expected figure changes by this edit.");
      } else {
        out.println(style.bold("What the edit does to the report") + " (by edit: same actuals, same date):");
        for (ProjectionChange p : report.projection()) {
          out.println("  " + (p.improved() ? style.yellow("~ ") : "~ ") + "objective " + p.objective() + "  " + p.field() + ": "
              + show(p.old()) + " → " + show(p.now()) + " (by edit)");
        }
      }
    }
    if (!report.notes().isEmpty()) {
      out.println();
      for (DiffNote n : report.notes()) {
        out.println(style.yellow("note:") + " " + n.file() + " at " + revision(n.revision()) + " " + n.message());
      }
    }
  }

  /** "+ action webinars", "~ objective grow-mql  target: 1200 → 1500" */
  String line(Change c) {
    String what = c.item().id() + " " + c.id();
    return switch (c.change()) {
      case ADDED -> style.green("+ " + what);
      case REMOVED -> style.red("- " + what);
      case CHANGED -> style.yellow("~ " + what) + "  " + c.field() + ": " + show(c.before()) + " → " + show(c.after());
    };
  }

  /** "from HEAD to the working tree" */
  static String span(DiffReport r) {
    return "from " + revision(r.base()) + " to " + revision(r.head());
  }

  /** A side's label for people: "the working tree", a full commit id abbreviated to 7 characters, else as given. */
  static String revision(String label) {
    if (DiffReport.WORKING_TREE.equals(label)) {
      return "the " + label;
    }
    return label.matches("[0-9a-f]{40}") ? label.substring(0, 7) : label;
  }

  /** "3 changes in 1 file" */
  static String count(DiffReport r) {
    int n = r.changes().size();
    long f = r.files();
    return n + (n == 1 ? " change" : " changes") + " in " + f + (f == 1 ? " file" : " files");
  }

  /** A plain value for people: numbers without a needless ".0", text on one line and abbreviated, none as "(none)". */
  static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    if (v instanceof Double d) {
      return dev.pac.text.PlainNumber.of(d);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(DiffText::show).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
    }
    String s = String.valueOf(v).replaceAll("\\s+", " ").trim();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 3) + "...";
  }

}
