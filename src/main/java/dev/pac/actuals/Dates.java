package dev.pac.actuals;

import java.time.LocalDate;

/**
 * Dates of the store as {@code yyyymmdd} integers, and their {@code YYYY-MM-DD} text. Every date
 * pac reads (store, imports, plans, {@code --as-of}) lies in the years {@link #MIN_YEAR} to {@link
 * #MAX_YEAR}: wide enough for any plan, narrow enough that week and period arithmetic stays small
 * and exact.
 */
public final class Dates {
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2999;

  /** How messages state the range. */
  private Dates() {}

  /** Whether {@code d} lies in the years pac handles. */
  public static boolean inRange(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
  }

  /** The {@code yyyymmdd} integer of {@code d}, or -1 when it is outside the years pac handles. */
  public static int of(LocalDate d) {
    if (!inRange(d)) {
      return -1;
    }
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  public static LocalDate toLocalDate(int yyyymmdd) {
    return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  }

  /**
   * Parses {@code YYYY-MM-DD} at {@code s[from..from+10)} (ASCII bytes) strictly: a real calendar
   * date with a four-digit year in the range pac handles. Returns the {@code yyyymmdd} integer, or
   * -1.
   */
  public static int parseIso(byte[] s, int from, int to) {
    if (to - from != 10 || s[from + 4] != '-' || s[from + 7] != '-') {
      return -1;
    }
    int y = digits(s, from, 4);
    int m = digits(s, from + 5, 2);
    int d = digits(s, from + 8, 2);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > length(y, m)) {
      return -1;
    }
    return y * 10000 + m * 100 + d;
  }

  /** The same for text. */
  public static int parseIso(CharSequence s) {
    if (s.length() != 10) {
      return -1;
    }
    byte[] b = new byte[10];
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (c > 127) {
        return -1;
      }
      b[i] = (byte) c;
    }
    return parseIso(b, 0, 10);
  }

  private static int digits(byte[] s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int c = s[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  /** Days in each month of a common year (index 1..12), and the day a leap year adds to each. */
  private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private static final int[] LEAP_DAY = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  private static int length(int y, int m) {
    // tables and arithmetic rather than branches: a large file's first months never take the
    // February or
    // leap-year branch, and the JIT would compile the parse loop again the first time one is taken
    int by4 = ((y & 3) - 1) >>> 31; // 1 when y is a multiple of 4 (y >= 0)
    int by100 = ((y % 100) - 1) >>> 31;
    int by400 = ((y % 400) - 1) >>> 31;
    int leap = by4 & ((by100 ^ 1) | by400);
    return DAYS[m] + LEAP_DAY[m] * leap;
  }

  /** {@code YYYY-MM-DD}. */
  public static String text(int yyyymmdd) {
    char[] c = new char[10];
    int y = yyyymmdd / 10000;
    int m = yyyymmdd / 100 % 100;
    int d = yyyymmdd % 100;
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    c[8] = (char) ('0' + d / 10);
    c[9] = (char) ('0' + d % 10);
    return new String(c);
  }
}
