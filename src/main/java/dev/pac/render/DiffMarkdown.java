package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.ProjectionChange;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes as a pull request comment (GitHub-flavoured Markdown): a heading, a table per file,
 * the notes as a quote. It opens with the HTML comment {@code <!-- pac diff -->}, invisible once
 * rendered, so a workflow can find and update its previous comment instead of adding a new one each
 * push.
 *
 * <p>A comment has a size limit (GitHub refuses a body over 65,536 characters), so the whole text
 * stays within {@code maxChars}: when all the changes do not fit, the heading, the summary and the
 * notes stay, the most important changes are kept (removals and changed targets and budgets first,
 * then additions, then other fields, rank changes last; in file order within each), shown in their
 * usual order, and a last line says how many were left out.
 */
public final class DiffMarkdown implements DiffRenderer {
  public static final String MARKER = "<!-- pac diff -->";

  /**
   * The default of {@code --max-chars}: below GitHub's 65,536, leaving room for what a workflow
   * adds.
   */
  public static final int DEFAULT_MAX_CHARS = 60_000;

  private final int maxChars;
  private final Catalogue words;

  public DiffMarkdown(int maxChars, Catalogue words) {
    this.maxChars = maxChars;
    this.words = words;
  }

  @Override
  public void render(DiffReport report, PrintWriter out) {
    List<String> head = new ArrayList<>();
    head.add(MARKER);
    head.add(
        "### "
            + words.get(
                "diff.md.title",
                words.get("diff.span", revision(report.base()), revision(report.head()))));
    head.add("");
    // what stays whatever the size: the projection (with --project), then the notes
    List<String> notes = new ArrayList<>();
    if (report.projection() != null) {
      notes.addAll(List.of("", "#### " + words.get("diff.projection.head"), ""));
      if (report.projection().isEmpty()) {
        notes.add(words.get("diff.projection.none"));
      } else {
        notes.addAll(
            List.of(
                words.get("diff.md.by-edit"),
                "",
                words.get("diff.md.projection-columns"),
                "|---|---|---|---|"));
        for (ProjectionChange p : report.projection()) {
          notes.add(
              "| "
                  + String.join(
                      " | ",
                      code(p.objective()),
                      code(p.field()),
                      cell(p.old(), words),
                      cell(p.now(), words))
                  + " |");
        }
      }
    }
    if (!report.notes().isEmpty()) {
      notes.add("");
      for (DiffNote n : report.notes()) {
        notes.add(
            "> **"
                + words.get("diff.md.note")
                + "** "
                + words.get("diff.note.at", code(n.file()), revision(n.revision()))
                + " "
                + html(words.say(n.text())));
        notes.add(">");
      }
    }
    List<Change> changes = report.changes();
    if (changes.isEmpty()) {
      head.add(words.get("diff.md.none"));
      print(out, head, List.of(), notes);
      return;
    }
    head.add(DiffText.count(report, words) + ".");
    List<String> rows = changes.stream().map(this::row).toList();
    boolean[] kept = new boolean[changes.size()];
    Arrays.fill(kept, true);
    List<String> body = body(changes, rows, kept);
    if (size(head) + size(body) + size(notes) > maxChars) {
      Arrays.fill(kept, false);
      String last = leftOut(report, changes.size());
      long budget = maxChars - size(head) - size(notes) - (last.length() + 2L);
      Set<String> files = new HashSet<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < changes.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(i -> importance(changes.get(i))));
      for (int i : order) {
        String file = changes.get(i).file();
        long cost =
            rows.get(i).length()
                + 1L
                + (files.contains(file)
                    ? 0
                    : fileHeader(file).stream().mapToLong(l -> l.length() + 1L).sum());
        if (cost <= budget) {
          budget -= cost;
          kept[i] = true;
          files.add(file);
        }
      }
      int shown = 0;
      for (boolean k : kept) {
        shown += k ? 1 : 0;
      }
      body = new ArrayList<>(body(changes, rows, kept));
      notes = new ArrayList<>(notes);
      notes.add("");
      notes.add(leftOut(report, changes.size() - shown));
    }
    print(out, head, body, notes);
  }

  /** The last line of a comment cut to fit. */
  private String leftOut(DiffReport report, int n) {
    String cmd =
        "pac diff "
            + report.base()
            + (DiffReport.WORKING_TREE.equals(report.head()) ? "" : " " + report.head());
    return "*" + words.say(Text.counted("diff.md.left-out", n, cmd.replace("`", ""))) + "*";
  }

  /**
   * The order in which changes earn a place in a comment cut to fit: what a reviewer must not miss
   * (an item removed, a target or a budget changed), then items added, then other fields, then
   * ranks.
   */
  static int importance(Change c) {
    if (c.change() == Change.Kind.REMOVED) {
      return 0;
    }
    if (c.change() == Change.Kind.ADDED) {
      return 1;
    }
    String field = c.field();
    if (field.equals("target") || field.equals("budget") || field.endsWith(".budget")) {
      return 0;
    }
    return field.equals("rank") ? 3 : 2;
  }

  /** The tables of the kept changes, a table a file, in the report's order. */
  private List<String> body(List<Change> changes, List<String> rows, boolean[] kept) {
    List<String> out = new ArrayList<>();
    String file = null;
    for (int i = 0; i < changes.size(); i++) {
      if (!kept[i]) {
        continue;
      }
      Change c = changes.get(i);
      if (!c.file().equals(file)) {
        file = c.file();
        out.addAll(fileHeader(file));
      }
      out.add(rows.get(i));
    }
    return out;
  }

  private List<String> fileHeader(String file) {
    return List.of(
        "", "#### " + code(file), "", words.get("diff.md.columns"), "|---|---|---|---|---|---|");
  }

  private String row(Change c) {
    boolean changed = c.change() == Change.Kind.CHANGED;
    return "| "
        + String.join(
            " | ",
            kind(c.change(), words),
            DiffText.item(c.item(), words),
            code(c.id()),
            changed ? code(c.field()) : "",
            changed ? cell(c.before(), words) : "",
            changed ? cell(c.after(), words) : "")
        + " |";
  }

  /** "added", "removed", "changed", in the reader's language. */
  public static String kind(Change.Kind kind, Catalogue words) {
    return words.get("diff.kind." + kind.id());
  }

  /** Characters the lines take, each with its line break. */
  private static long size(List<String> lines) {
    return lines.stream().mapToLong(l -> l.length() + 1L).sum();
  }

  private static void print(
      PrintWriter out, List<String> head, List<String> body, List<String> notes) {
    for (List<String> part : List.of(head, body, notes)) {
      for (String line : part) {
        out.print(line);
        out.print('\n');
      }
    }
  }

  private String revision(String label) {
    return DiffReport.WORKING_TREE.equals(label)
        ? DiffText.revision(label, words)
        : code(DiffText.revision(label, words));
  }

  static String cell(Object value, Catalogue words) {
    return value == null
        ? "*" + words.get("diff.no-value") + "*"
        : Markdown.text(DiffText.show(value, words));
  }

  /** Text in a code span; a backtick inside would end it, so such text is escaped instead. */
  static String code(String s) {
    if (s == null) {
      return "";
    }
    return s.contains("`") || s.contains("|") ? Markdown.text(s) : "`" + s + "`";
  }

  /**
   * Text outside a table: only HTML is escaped (a code span in it stays one); line breaks become
   * spaces.
   */
  static String html(String s) {
    return s.replaceAll("[\\r\\n]+", " ")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
