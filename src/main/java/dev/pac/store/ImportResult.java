package dev.pac.store;

import java.util.List;

/**
 * What an import did (or, with rejected rows or a dry run, would do): rows added, updated and unchanged
 * in the store, the rows rejected (all of them, in file and line order), whether the store was written,
 * and the store's name as shown.
 */
public record ImportResult(String store, int added, int updated, int unchanged, List<Rejection> rejected,
    boolean written, boolean dryRun) {
  public ImportResult {
    rejected = List.copyOf(rejected);
  }
}
