package dev.pac.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The upsert of imported rows into the store, on the key (date, kpi, segment, channel, action): a new
 * key is added, a known key with another value is updated, a known key with the same value is unchanged.
 * Both inputs are sorted by {@link Actual#KEY_ORDER} and unique on the key; the result is too, so one
 * linear merge does it.
 */
public final class Upsert {
  /** The merged rows and what the import did. */
  public record Result(List<Actual> rows, int added, int updated, int unchanged) {
    public boolean changed() {
      return added > 0 || updated > 0;
    }
  }

  private Upsert() {}

  public static Result merge(List<Actual> stored, List<Actual> imported) {
    List<Actual> out = new ArrayList<>(stored.size() + imported.size());
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int i = 0;
    int j = 0;
    while (i < stored.size() && j < imported.size()) {
      Actual s = stored.get(i);
      Actual n = imported.get(j);
      int c = Actual.compareKey(s, n);
      if (c < 0) {
        out.add(s);
        i++;
      } else if (c > 0) {
        out.add(n);
        added++;
        j++;
      } else {
        if (s.value().equals(n.value())) {
          unchanged++;
          out.add(s);
        } else {
          updated++;
          out.add(n);
        }
        i++;
        j++;
      }
    }
    while (i < stored.size()) {
      out.add(stored.get(i++));
    }
    while (j < imported.size()) {
      out.add(imported.get(j++));
      added++;
    }
    return new Result(out, added, updated, unchanged);
  }
}
