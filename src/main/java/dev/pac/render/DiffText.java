package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.ProjectionChange;
import dev.pac.i18n.Catalogue;
import dev.pac.text.PlainNumber;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The changes grouped by file, one line each: {@code + action webinars}, {@code - segment smb},
 * {@code ~ objective grow-mql target: 1200 → 1500}; then the notes, then a summary line.
 */
public final class DiffText implements DiffRenderer {
  private static final int MAX_TEXT = 80;
  private final Style style;
  private final Catalogue words;

  public DiffText(Style style, Catalogue words) {
    this.style = style;
    this.words = words;
  }

  @Override
  public void render(DiffReport report, PrintWriter out) {
    String span = span(report, words);
    if (report.changes().isEmpty()) {
      out.println(words.get("diff.none", span));
    } else {
      out.println(style.bold(words.get("diff.head", span)) + " " + count(report, words));
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
        out.println(words.get("diff.projection.none"));
      } else {
        out.println(
            style.bold(words.get("diff.projection.head"))
                + " "
                + words.get("diff.projection.by-edit"));
        for (ProjectionChange p : report.projection()) {
          out.println(
              "  "
                  + (p.improved() ? style.yellow("~ ") : "~ ")
                  + words.get(
                      "diff.projection.line",
                      p.objective(),
                      p.field(),
                      show(p.old(), words),
                      show(p.now(), words)));
        }
      }
    }
    if (!report.notes().isEmpty()) {
      out.println();
      for (DiffNote n : report.notes()) {
        out.println(
            style.yellow(words.get("diff.note"))
                + " "
                + words.get("diff.note.at", n.file(), revision(n.revision(), words))
                + " "
                + words.say(n.text()));
      }
    }
  }

  /** "+ action webinars", "~ objective grow-mql target: 1200 → 1500" */
  String line(Change c) {
    String what = item(c.item(), words) + " " + c.id();
    return switch (c.change()) {
      case ADDED -> style.green("+ " + what);
      case REMOVED -> style.red("- " + what);
      case CHANGED ->
          style.yellow("~ " + what)
              + "  "
              + words.get("diff.field", c.field(), show(c.before(), words), show(c.after(), words));
    };
  }

  /** The kind of item, in the reader's language ("objective", "objectif"). */
  public static String item(Change.Item item, Catalogue words) {
    return words.get("diff.item." + item.id());
  }

  /** "from HEAD to the working tree" */
  static String span(DiffReport r, Catalogue words) {
    return words.get("diff.span", revision(r.base(), words), revision(r.head(), words));
  }

  /**
   * A side's label for people: "the working tree", a full commit id abbreviated to 7 characters,
   * else as given.
   */
  static String revision(String label, Catalogue words) {
    if (DiffReport.WORKING_TREE.equals(label)) {
      return words.get("diff.working-tree");
    }
    return label.matches("[0-9a-f]{40}") ? label.substring(0, 7) : label;
  }

  /** "3 changes in 1 file" */
  static String count(DiffReport r, Catalogue words) {
    return words.get(
        "diff.count",
        words.count("diff.changes", r.changes().size()),
        words.count("diff.files", r.files()));
  }

  /**
   * A plain value for people: numbers without a needless ".0", text on one line and abbreviated,
   * none as "(none)".
   */
  static String show(Object v, Catalogue words) {
    if (v == null) {
      return words.get("diff.no-value");
    }
    if (v instanceof Double d) {
      return PlainNumber.of(d);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(x -> show(x, words)).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream()
          .map(e -> e.getKey() + ": " + show(e.getValue(), words))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    String s = String.valueOf(v).replaceAll("\\s+", " ").trim();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 3) + "...";
  }
}
