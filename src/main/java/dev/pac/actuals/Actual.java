package dev.pac.actuals;

import java.util.Comparator;

/**
 * One row of the store as the import handles it: the date as {@code yyyymmdd} (so integer order is
 * date order), the KPI and dimension ids ({@code ""} = total), and the value as its canonical
 * decimal text ({@link Decimals#canonical}), so an unchanged value compares equal as text and is
 * written back unchanged.
 */
public record Actual(
    int date, String kpi, String segment, String channel, String action, String value) {
  /** The store's key order: date, kpi, segment, channel, action. */
  public static final Comparator<Actual> KEY_ORDER = Actual::compareKey;

  /** Compares the keys (not the values) of two rows. */
  public static int compareKey(Actual a, Actual b) {
    int c = Integer.compare(a.date, b.date);
    if (c != 0) {
      return c;
    }
    c = compare(a.kpi, b.kpi);
    if (c != 0) {
      return c;
    }
    c = compare(a.segment, b.segment);
    if (c != 0) {
      return c;
    }
    c = compare(a.channel, b.channel);
    return c != 0 ? c : compare(a.action, b.action);
  }

  private static int compare(String a, String b) {
    return a == b
        ? 0
        : a.compareTo(b); // ids are interned while reading: equal ids are mostly the same object
  }

  public boolean sameKey(Actual o) {
    return compareKey(this, o) == 0;
  }
}
