package dev.pac.actuals;

import java.util.List;

/**
 * What an import did (or, with rejected rows or a dry run, would do): rows added, updated and
 * unchanged in the store, the rows rejected (all of them, in file and line order), whether the
 * store was written, the store's name as shown, and the data rows that a mapping's {@code where}
 * filtered out, that went into grouped store rows, and the long-layout labels ignored as naming no
 * KPI (with their row counts).
 */
public record ImportResult(
    String store,
    int added,
    int updated,
    int unchanged,
    List<Rejection> rejected,
    boolean written,
    boolean dryRun,
    int filtered,
    int grouped,
    List<Ignored> ignored) {
  /** A label of a long layout's KPI column that names no KPI, and how many rows had it. */
  public record Ignored(String label, int rows) {}

  public ImportResult {
    rejected = List.copyOf(rejected);
    ignored = List.copyOf(ignored);
  }
}
