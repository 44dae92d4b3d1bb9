package dev.pac.imports;

import dev.pac.actuals.RowTable;
import dev.pac.model.ImportMapping.Dimension;
import dev.pac.model.Slug;
import dev.pac.text.Label;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The fast path of files in the store's own form, all of them: their rows matched to the plans' ids
 * in place, in one table, and ordered by key, without an object a row.
 */
final class StoreForm {
  private StoreForm() {}

  /**
   * The tables as one, their ids matched to the plans'; null when a KPI or a label matches nothing
   * (the general path then says which, row by row).
   */
  static RowTable matched(List<RowTable> read, Importer.Known k) {
    RowTable t;
    if (read.size() == 1) {
      t = read.get(0);
    } else {
      int n = read.stream().mapToInt(RowTable::size).sum();
      t = new RowTable(n);
      for (RowTable f : read) {
        for (int i = 0; i < f.size(); i++) {
          t.add(f, i);
        }
      }
    }
    // each distinct id once: the rows hold numbers in the table's list of ids
    boolean[] kpiUsed = new boolean[t.symbols()];
    for (int i = 0; i < t.size(); i++) {
      kpiUsed[t.kpiSymbol(i)] = true;
    }
    for (int x = 0; x < kpiUsed.length; x++) {
      if (kpiUsed[x] && !k.kpis().contains(t.symbol(x))) {
        return null; // the general path rejects or ignores it, as the file's layout says
      }
    }
    if (allIdsOrEmpty(t)) {
      return t; // no label to match: the dimensions need no look at their rows
    }
    for (Dimension dim : Dimension.values()) {
      int d = dim.ordinal();
      Set<String> ids = k.dimensions().getOrDefault(dim.id(), Set.of());
      int count = t.symbols();
      boolean[] used = new boolean[count];
      for (int i = 0; i < t.size(); i++) {
        used[t.dimensionSymbol(i, d)] = true;
      }
      int[] to = new int[count];
      boolean renumber = false;
      for (int x = 0; x < count; x++) {
        to[x] = x;
        String v = t.symbol(x);
        if (!used[x] || isIdOrEmpty(v)) {
          continue;
        }
        String id = Label.match(v, ids);
        if (id == null) {
          return null;
        }
        to[x] = t.symbol(id);
        renumber = true;
      }
      if (renumber) {
        t.renumber(d, to);
      }
    }
    return t;
  }

  /** Whether each id of the table is empty or already an id (no label to match to the plans'). */
  private static boolean allIdsOrEmpty(RowTable t) {
    for (int x = 0; x < t.symbols(); x++) {
      if (!isIdOrEmpty(t.symbol(x))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdOrEmpty(String v) {
    return v.isEmpty() || Slug.isValid(v);
  }

  /**
   * The rows' order by key, each key once (a key read twice with the same value counts once); null
   * when a key is read twice with different values, or the keys are too many to sort this way (the
   * general path then rejects or sorts them).
   */
  static int[] uniqueOrder(RowTable t) {
    int[] order = t.keyOrder();
    if (order == null) {
      return null;
    }
    int m = 0;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (m > 0 && t.sameKey(order[m - 1], i)) {
        if (!t.sameValue(order[m - 1], i)) {
          return null;
        }
        continue;
      }
      order[m++] = i;
    }
    return m == order.length ? order : Arrays.copyOf(order, m);
  }
}
