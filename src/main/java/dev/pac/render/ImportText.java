package dev.pac.render;

import dev.pac.store.ImportResult;
import dev.pac.store.Rejection;
import java.io.PrintWriter;

/**
 * The import summary as text: {@code added N, updated N, unchanged N, rejected N}, then, when they apply,
 * the rows filtered out by {@code where}, grouped, and ignored (each label with its rows), and what became
 * of the store. Rejected rows go to stderr, one {@code FILE:LINE: reason} a line, so a terminal or CI log links them.
 */
public final class ImportText {
  private final Style style;

  public ImportText(Style style) {
    this.style = style;
  }

  public void render(ImportResult r, PrintWriter out, PrintWriter err) {
    // a reason shared by several rows (an unknown label, with its row count) is said once, at its first row
    java.util.Map<String, java.util.List<Rejection>> byReason = new java.util.LinkedHashMap<>();
    for (Rejection x : r.rejected()) {
      byReason.computeIfAbsent(x.file() + "\0" + x.reason(), k -> new java.util.ArrayList<>()).add(x);
    }
    for (java.util.List<Rejection> same : byReason.values()) {
      Rejection x = same.get(0);
      err.println(x.file() + ":" + x.line() + ": " + x.reason() + also(same));
    }
    StringBuilder counts = new StringBuilder("added " + r.added() + ", updated " + r.updated() + ", unchanged "
        + r.unchanged() + ", rejected " + r.rejected().size());
    if (r.filtered() > 0) {
      counts.append(", filtered ").append(r.filtered());
    }
    if (r.grouped() > 0) {
      counts.append(", grouped ").append(r.grouped());
    }
    if (!r.ignored().isEmpty()) {
      int rows = r.ignored().stream().mapToInt(ImportResult.Ignored::rows).sum();
      counts.append(", ignored ").append(rows).append(" (").append(String.join(", ", r.ignored().stream()
          .map(i -> "'" + i.label() + "' " + i.rows()).toList())).append(")");
    }
    out.println((r.rejected().isEmpty() ? counts.toString() : style.red(counts.toString())) + ": " + outcome(r));
  }

  /** " (also lines 10, 11)" for a reason several rows share, up to five lines then a count. */
  private static String also(java.util.List<Rejection> same) {
    if (same.size() == 1) {
      return "";
    }
    java.util.List<String> lines = same.subList(1, Math.min(same.size(), 6)).stream().map(x -> String.valueOf(x.line())).toList();
    int more = same.size() - 1 - lines.size();
    return " (also line" + (same.size() > 2 ? "s " : " ") + String.join(", ", lines) + (more > 0 ? " and " + more + " more" : "") + ")";
  }

  static String outcome(ImportResult r) {
    if (!r.rejected().isEmpty()) {
      return "nothing written to " + r.store() + " (fix the rejected rows and import again)";
    }
    if (r.dryRun()) {
      return "dry run, " + r.store() + " left as it is";
    }
    if (r.written()) {
      return "wrote " + r.store();
    }
    return r.store() + " already up to date";
  }
}
