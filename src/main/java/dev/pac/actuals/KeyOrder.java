package dev.pac.actuals;

import java.util.Arrays;

/**
 * The order of a {@link RowTable}'s rows by the store's key: each column's distinct values are
 * ranked once (a file names a few dozen ids and a few hundred dates), and the ranks and the row's
 * index packed into a long, so one radix sort of primitive longs orders a million rows.
 */
final class KeyOrder {
  private KeyOrder() {}

  /**
   * The rows' indices in the store's key order (date, kpi, segment, channel, action), stable (file
   * and line order kept among equal keys), or null when the keys do not fit one long with the row's
   * index: each column's distinct values are ranked once (a file names a few dozen ids and a few
   * hundred dates), and the ranks and the index packed into a long, so one sort of primitive longs
   * orders a million rows.
   */
  static int[] of(int[] date, int[][] ids, int n, String[] symbols, int symbolCount) {
    if (n == 0) {
      return new int[0];
    }
    int[] dates = distinctDates(date, n);
    int dateBits = bits(dates.length);
    int[] kpi = ids[0];
    int[] segment = ids[1];
    int[] channel = ids[2];
    int[] action = ids[3];
    Ranks k = new Ranks(kpi, n, symbols, symbolCount);
    Ranks s = new Ranks(segment, n, symbols, symbolCount);
    Ranks c = new Ranks(channel, n, symbols, symbolCount);
    Ranks a = new Ranks(action, n, symbols, symbolCount);
    int indexBits = bits(n);
    int total = dateBits + k.bits + s.bits + c.bits + a.bits + indexBits;
    if (total > 63) {
      return null;
    }
    long[] keys = new long[n];
    int aShift = indexBits;
    int cShift = aShift + a.bits;
    int sShift = cShift + c.bits;
    int kShift = sShift + s.bits;
    int dShift = kShift + k.bits;
    int lastDate = Integer.MIN_VALUE;
    long lastRank = 0;
    for (int i = 0; i < n; i++) {
      if (date[i] != lastDate) { // rows come in runs of one date: a search a run
        lastDate = date[i];
        lastRank = Arrays.binarySearch(dates, lastDate);
      }
      keys[i] =
          lastRank << dShift
              | (long) k.rank[kpi[i]] << kShift
              | (long) s.rank[segment[i]] << sShift
              | (long) c.rank[channel[i]] << cShift
              | (long) a.rank[action[i]] << aShift
              | i;
    }
    if (!ascending(keys)) { // a file in the store's order (a store's own export) needs no sort
      // by the key's bits above the index alone: the keys start in index order, and each pass
      // keeps the order of keys that tie on its digit, so rows of one key stay in index order
      sort(keys, indexBits, total);
    }
    int[] order = new int[n];
    long mask = (1L << indexBits) - 1;
    for (int i = 0; i < n; i++) {
      order[i] = (int) (keys[i] & mask);
    }
    return order;
  }

  /** Whether each key is above the one before. */
  static boolean ascending(long[] keys) {
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] <= keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sorts non-negative keys by their bits {@code [low, bits)}, stably: least significant digit
   * first, 11 bits a pass (two passes for a million rows of a few hundred dates and a few dozen
   * ids, the row's index below them), each a count and a scatter: simple loops the JIT compiles at
   * once, and no worse on rows already almost in order.
   */
  static void sort(long[] keys, int low, int bits) {
    int n = keys.length;
    long[] from = keys;
    long[] to = new long[n];
    int[] count = new int[1 << 11];
    for (int shift = low; shift < bits; shift += 11) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (from[i] >>> shift) & 0x7FF]++;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long k = from[i];
        to[count[(int) (k >>> shift) & 0x7FF]++] = k;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }

  /** The distinct dates of the rows, in order. */
  private static int[] distinctDates(int[] date, int size) {
    // the date of each run of rows sharing one (exports come grouped by date): a few hundred to
    // sort rather than a million, and never more than the rows
    int[] distinct = new int[64];
    int runs = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || date[i] != date[i - 1]) {
        if (runs == distinct.length) {
          distinct = Arrays.copyOf(distinct, Math.min(size, runs * 2));
        }
        distinct[runs++] = date[i];
      }
    }
    Arrays.sort(distinct, 0, runs);
    int m = 0;
    for (int i = 0; i < runs; i++) {
      if (m == 0 || distinct[m - 1] != distinct[i]) {
        distinct[m++] = distinct[i];
      }
    }
    return Arrays.copyOf(distinct, m);
  }

  /** The number of bits that hold the numbers below {@code n}. */
  private static int bits(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  /** The rank of each id number among the ids a column uses (in String order). */
  private static final class Ranks {
    final int[] rank;
    final int bits;

    Ranks(int[] column, int n, String[] symbols, int count) {
      boolean[] used = new boolean[count];
      for (int i = 0; i < n; i++) {
        used[column[i]] = true;
      }
      Integer[] ids = new Integer[count];
      int m = 0;
      for (int x = 0; x < count; x++) {
        if (used[x]) {
          ids[m++] = x;
        }
      }
      Arrays.sort(ids, 0, m, (x, y) -> symbols[x].compareTo(symbols[y]));
      rank = new int[count];
      for (int r = 0; r < m; r++) {
        rank[ids[r]] = r;
      }
      bits = bits(m);
    }
  }
}
