package dev.pac.render;

import dev.pac.actuals.ImportResult;
import dev.pac.actuals.Rejection;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import summary as text: {@code added N, updated N, unchanged N, rejected N}, then, when they
 * apply, the rows filtered out by {@code where}, grouped, and ignored (each label with its rows),
 * and what became of the store. Rejected rows go to stderr, one {@code FILE:LINE: reason} a line,
 * so a terminal or CI log links them.
 */
public final class ImportText {
  private final Style style;
  private final Catalogue words;

  public ImportText(Style style, Catalogue words) {
    this.style = style;
    this.words = words;
  }

  public void render(ImportResult r, PrintWriter out, PrintWriter err) {
    // a reason shared by several rows (an unknown label, with its row count) is said once, at its
    // first row
    Map<String, List<Rejection>> byReason = new LinkedHashMap<>();
    for (Rejection x : r.rejected()) {
      byReason.computeIfAbsent(x.file() + "\0" + x.reason(), k -> new ArrayList<>()).add(x);
    }
    for (List<Rejection> same : byReason.values()) {
      Rejection x = same.get(0);
      err.println(x.file() + ":" + x.line() + ": " + x.say(words) + also(same));
    }
    StringBuilder counts =
        new StringBuilder(
            words.get(
                "import.counts",
                Text.count(r.added()),
                Text.count(r.updated()),
                Text.count(r.unchanged()),
                Text.count(r.rejected().size())));
    if (r.filtered() > 0) {
      counts.append(words.get("import.filtered", Text.count(r.filtered())));
    }
    if (r.grouped() > 0) {
      counts.append(words.get("import.grouped", Text.count(r.grouped())));
    }
    if (!r.ignored().isEmpty()) {
      int rows = r.ignored().stream().mapToInt(ImportResult.Ignored::rows).sum();
      counts.append(
          words.get(
              "import.ignored",
              rows,
              String.join(
                  ", ",
                  r.ignored().stream().map(i -> "'" + i.label() + "' " + i.rows()).toList())));
    }
    out.println(
        (r.rejected().isEmpty() ? counts.toString() : style.red(counts.toString()))
            + words.get("import.colon")
            + " "
            + outcome(r));
  }

  /** " (also lines 10, 11)" for a reason several rows share, up to five lines then a count. */
  private String also(List<Rejection> same) {
    if (same.size() == 1) {
      return "";
    }
    List<String> lines =
        same.subList(1, Math.min(same.size(), 6)).stream()
            .map(x -> String.valueOf(x.line()))
            .toList();
    int more = same.size() - 1 - lines.size();
    String listed = String.join(", ", lines);
    if (more > 0) {
      listed = words.get("import.also.more", listed, Text.count(more));
    }
    return " " + words.get(same.size() > 2 ? "import.also.many" : "import.also.one", listed);
  }

  String outcome(ImportResult r) {
    if (!r.rejected().isEmpty()) {
      return words.get("import.outcome.rejected", r.store());
    }
    if (r.dryRun()) {
      return words.get("import.outcome.dry-run", r.store());
    }
    if (r.written()) {
      return words.get("import.outcome.wrote", r.store());
    }
    return words.get("import.outcome.up-to-date", r.store());
  }
}
