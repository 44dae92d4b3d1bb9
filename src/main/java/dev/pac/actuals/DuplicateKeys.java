package dev.pac.actuals;

import dev.pac.i18n.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A store whose rows are out of order: the key written twice, if any, found by sorting the keys
 * with their lines (a rare path: pac writes the store sorted, and a sorted store is checked row by
 * row against the row before).
 */
final class DuplicateKeys {
  private DuplicateKeys() {}

  /** Throws at the later line of the first key written twice in the store's bytes. */
  static void check(byte[] b, String where) {
    record Key(Actual row, int line) {}
    List<Key> keys = new ArrayList<>();
    String text = new String(b, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split(",", -1);
      keys.add(new Key(new Actual(Dates.parseIso(f[0]), f[1], f[3], f[4], f[5], ""), i + 1));
    }
    keys.sort(Comparator.comparing(Key::row, Actual.KEY_ORDER).thenComparingInt(Key::line));
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).row().sameKey(keys.get(i - 1).row())) {
        throw StoreRows.bad(
            where, keys.get(i).line(), Text.of("errors.store.same-key", keys.get(i - 1).line()));
      }
    }
  }
}
