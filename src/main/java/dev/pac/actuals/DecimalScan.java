package dev.pac.actuals;

/**
 * The parts of a plain decimal written in ASCII bytes, found in one scan and packed in a long:
 * where its significant integer digits and its fraction lie, and its sign. The canonical text
 * ({@link Decimals}) and the packed value ({@link PackedDecimal}) are both read from it, so the
 * grammar of a store value is written once and a value is read without an object.
 */
final class DecimalScan {
  private DecimalScan() {}

  /**
   * Where the parts of the plain decimal {@code [-+]?digits[.digits]} (or {@code .5}, {@code 5.})
   * in ASCII bytes {@code s[from..to)} lie, packed in a long (read with {@link #intStart}, {@link
   * #intEnd}, {@link #fracStart}, {@link #fracEnd}, {@link #negative}): leading zeros of the
   * integer part and trailing zeros of the fraction are left out. Negative when the text is not
   * such a decimal, or is a million characters or longer. {@link Decimals#canonical(byte[], int,
   * int)} and {@link PackedDecimal#pack} read values through this one scan, without an object.
   */
  static long of(byte[] s, int from, int to) {
    if (to - from >= 1 << 20) {
      return -1;
    }
    int i = from;
    long flags = 0;
    if (i < to && (s[i] == '-' || s[i] == '+')) {
      flags |= s[i] == '-' ? SIGN | NEGATIVE : SIGN;
      i++;
    }
    int zeros = 0;
    while (i < to && s[i] == '0') {
      i++;
      zeros++;
    }
    int intStart = i;
    while (i < to && isDigit(s[i])) {
      i++;
    }
    int intLen = i - intStart;
    int fracLen = 0;
    boolean any = zeros + intLen > 0;
    if (i < to && s[i] == '.') {
      flags |= POINT;
      i++;
      int fracStart = i;
      int last = i; // after the last non-zero digit
      while (i < to && isDigit(s[i])) {
        if (s[i] != '0') {
          last = i + 1;
        }
        i++;
      }
      any |= i > fracStart;
      fracLen = last - fracStart;
    }
    if (i != to || !any) {
      return -1;
    }
    return flags | zeros | (long) intLen << 20 | (long) fracLen << 40;
  }

  private static final long SIGN = 1L << 60;
  private static final long NEGATIVE = 1L << 61;
  private static final long POINT = 1L << 62;
  private static final int MASK = (1 << 20) - 1;

  /**
   * Where the significant digits of the integer part start, for a {@link #scan} from {@code from}.
   */
  static int intStart(long scan, int from) {
    return from + ((scan & SIGN) != 0 ? 1 : 0) + (int) (scan & MASK);
  }

  /** Where the integer part ends. */
  static int intEnd(long scan, int from) {
    return intStart(scan, from) + (int) (scan >>> 20 & MASK);
  }

  /** Where the fraction starts (after the point). */
  static int fracStart(long scan, int from) {
    return intEnd(scan, from) + ((scan & POINT) != 0 ? 1 : 0);
  }

  /** Where the fraction ends, trailing zeros left out. */
  static int fracEnd(long scan, int from) {
    return fracStart(scan, from) + (int) (scan >>> 40 & MASK);
  }

  static boolean negative(long scan) {
    return (scan & NEGATIVE) != 0;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
