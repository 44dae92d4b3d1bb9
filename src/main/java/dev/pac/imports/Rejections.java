package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.Rejection;
import dev.pac.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rows an import refuses, across its files: duplicates, order, one rejection a row. */
final class Rejections {
  private Rejections() {}

  /**
   * The imported rows sorted by key, each key once: a key read twice with the same value counts
   * once; with another value, the later row is rejected into {@code rejected}, naming the earlier
   * one ({@code names}: each file's name as shown).
   */
  static List<Actual> unique(
      List<Incoming> incoming, List<String> names, List<Layout> layouts, List<Rejection> rejected) {
    incoming.sort(
        (a, b) -> Actual.compareKey(a.row(), b.row())); // stable: file and line order kept
    List<Actual> out = new ArrayList<>(incoming.size());
    Incoming kept = null;
    for (Incoming in : incoming) {
      if (kept != null && kept.row().sameKey(in.row())) {
        if (!kept.row().value().equals(in.row().value())) {
          Layout layout = layouts.get(in.file());
          boolean events = layout.mapping() != null && !layout.settings().group();
          rejected.add(
              Rejection.of(
                  names.get(in.file()),
                  in.line(),
                  Text.of(
                      "import.duplicate",
                      names.get(kept.file()),
                      kept.line(),
                      in.row().value(),
                      kept.row().value(),
                      events ? Text.of("import.duplicate.group-hint") : Footer.NONE)));
        }
        continue;
      }
      kept = in;
      out.add(in.row());
    }
    return out;
  }

  /**
   * The rejections sorted by file (in {@code names}' order) and line, one a row, its reasons joined
   * with "; " in the order they were found: a row with a bad date and a bad value is one rejected
   * row.
   */
  static List<Rejection> sorted(List<Rejection> rejected, List<String> names) {
    List<Rejection> all = new ArrayList<>(rejected);
    all.sort(
        Comparator.comparingInt((Rejection x) -> names.indexOf(x.file()))
            .thenComparingInt(Rejection::line));
    return oneEachRow(all);
  }

  /** One rejection a row of {@code rejected} (sorted by file and line). */
  static List<Rejection> oneEachRow(List<Rejection> rejected) {
    List<Rejection> out = new ArrayList<>(rejected.size());
    for (Rejection x : rejected) {
      Rejection last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.line() == x.line() && last.file().equals(x.file())) {
        if (!last.reason().equals(x.reason()) && !last.reason().contains(x.reason())) {
          Text both = Text.of("import.reasons", last.text(), x.text());
          out.set(out.size() - 1, Rejection.of(x.file(), x.line(), both));
        }
      } else {
        out.add(x);
      }
    }
    return out;
  }
}
