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
    return compareKey(
        a.date, a.kpi, a.segment, a.channel, a.action, b.date, b.kpi, b.segment, b.channel,
        b.action);
  }

  /**
   * The store's key order of two keys, each a date ({@code yyyymmdd}) and the ids of its kpi,
   * segment, channel and action: wherever rows are held (records, a table's columns, a reader's
   * fields), one comparison.
   */
  public static int compareKey(
      int date,
      String kpi,
      String segment,
      String channel,
      String action,
      int date2,
      String kpi2,
      String segment2,
      String channel2,
      String action2) {
    int c = Integer.compare(date, date2);
    if (c != 0) {
      return c;
    }
    c = compare(kpi, kpi2);
    if (c != 0) {
      return c;
    }
    c = compare(segment, segment2);
    if (c != 0) {
      return c;
    }
    c = compare(channel, channel2);
    return c != 0 ? c : compare(action, action2);
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
