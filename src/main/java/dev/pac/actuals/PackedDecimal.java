package dev.pac.actuals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A store value packed in a long, and read as a double, straight from its bytes: what the import
 * compares and sorts, and what the report sums, without a String a row. The text read is the one
 * {@link Decimals#canonical(byte[], int, int)} reads, through the same scan.
 */
public final class PackedDecimal {
  /** {@link #pack}: not a value. */
  public static final long INVALID = Long.MIN_VALUE;

  /** {@link #pack}: a value with more than 17 significant digits, kept as text instead. */
  public static final long WIDE = Long.MIN_VALUE + 1;

  private PackedDecimal() {}

  /**
   * The canonical value of the plain decimal in ASCII bytes {@code s[from..to)} (as {@link
   * Decimals#canonical(byte[], int, int)} reads it) packed in a long: its digits without leading or
   * trailing zeros times 16, plus the number of decimals, negated for a negative value. Two values
   * have the same canonical text exactly when they pack the same: an import compares and sorts
   * values without a String a row. {@link #INVALID} when it is not a value (or out of bounds),
   * {@link #WIDE} when it has more than 17 digits.
   */
  public static long pack(byte[] s, int from, int to) {
    long scan = DecimalScan.of(s, from, to);
    if (scan < 0) {
      return INVALID;
    }
    int intStart = DecimalScan.intStart(scan, from);
    int intEnd = DecimalScan.intEnd(scan, from);
    int fracStart = DecimalScan.fracStart(scan, from);
    int fracEnd = DecimalScan.fracEnd(scan, from);
    int intLen = intEnd - intStart;
    int fracLen = fracEnd - fracStart;
    if (intLen >= Decimals.MAX_ABS.length() || fracLen > Decimals.MAX_DECIMALS) {
      // the bounds, said once, in canonical()
      return Decimals.canonical(s, from, to) == null ? INVALID : WIDE;
    }
    if (intLen + fracLen > 17) {
      return WIDE;
    }
    long v = 0;
    for (int k = intStart; k < intEnd; k++) {
      v = v * 10 + (s[k] - '0');
    }
    for (int k = fracStart; k < fracEnd; k++) {
      v = v * 10 + (s[k] - '0');
    }
    if (v == 0) {
      return 0;
    }
    long p = v * 16 + fracLen;
    return DecimalScan.negative(scan) ? -p : p;
  }

  /**
   * {@link #pack} of a value written exactly as its canonical text, read in one pass: what the
   * store holds and what most exports write. {@link #INVALID} for any other text (a {@code +}, a
   * leading or trailing zero, {@code -0}, a space, more than 17 significant digits...), which
   * {@link #pack} reads.
   */
  public static long packCanonical(byte[] s, int from, int to) {
    int i = from;
    boolean negative = i < to && s[i] == '-';
    if (negative) {
      i++;
    }
    int intFrom = i;
    long v = 0;
    while (i < to && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i] - '0');
      i++;
    }
    int intLen = i - intFrom;
    if (intLen == 0 || intLen > 15 || (intLen > 1 && s[intFrom] == '0')) {
      return INVALID;
    }
    int fracLen = 0;
    if (i < to && s[i] == '.') {
      i++;
      int fracFrom = i;
      while (i < to && s[i] >= '0' && s[i] <= '9') {
        v = v * 10 + (s[i] - '0');
        i++;
      }
      fracLen = i - fracFrom;
      if (fracLen == 0 || fracLen > Decimals.MAX_DECIMALS || s[i - 1] == '0') {
        return INVALID;
      }
    }
    // digits past the 17th may have overflowed v: such a value is refused here before v is used
    int significant = (v == 0 || s[intFrom] == '0' ? 0 : intLen) + fracLen;
    if (i != to || significant > 17 || (negative && v == 0)) {
      return INVALID;
    }
    long p = v * 16 + fracLen;
    return negative ? -p : p;
  }

  /** {@link #pack} of a canonical text. */
  public static long pack(String canonical) {
    byte[] b = canonical.getBytes(StandardCharsets.ISO_8859_1);
    return pack(b, 0, b.length);
  }

  /** The number of bytes {@link #write} writes for {@code packed} (not {@link #WIDE}). */
  public static int length(long packed) {
    int sign = 0;
    if (packed < 0) {
      sign = 1;
      packed = -packed;
    }
    int scale = (int) (packed & 15);
    long v = packed >>> 4;
    int digits = 1;
    for (long bound = 10; digits < 19 && v >= bound; bound *= 10) {
      digits++;
    }
    if (digits <= scale) {
      return sign + 2 + scale; // "0." and the zeros before the digits
    }
    return sign + (scale == 0 ? digits : digits + 1);
  }

  /**
   * Writes the canonical text of a packed value (not {@link #WIDE}) at {@code out[at..]}, which has
   * room for 40 bytes; returns the end. The digits are written last first, one division each (in
   * int arithmetic once the rest fits one), then moved into place.
   */
  public static int write(long packed, byte[] out, int at) {
    if (packed < 0) {
      out[at++] = '-';
      packed = -packed;
    }
    int scale = (int) (packed & 15);
    long v = packed >>> 4;
    int end = at + 38; // digits go to out[p..end), then move to at, after "0." and zeros if need be
    int p = end;
    while (v > Integer.MAX_VALUE) {
      long q = v / 10;
      out[--p] = (byte) ('0' + (v - q * 10));
      v = q;
    }
    int w = (int) v;
    do {
      int q = w / 10;
      out[--p] = (byte) ('0' + (w - q * 10));
      w = q;
    } while (w != 0);
    int digits = end - p;
    int intDigits = digits - scale;
    if (intDigits <= 0) {
      // 0.05: "0." and the zeros before the digits (at most 12 decimals: room to spare)
      int zeros = -intDigits;
      System.arraycopy(out, p, out, at + 2 + zeros, digits);
      out[at] = '0';
      out[at + 1] = '.';
      for (int k = 0; k < zeros; k++) {
        out[at + 2 + k] = '0';
      }
      return at + 2 + zeros + digits;
    }
    System.arraycopy(out, p, out, at, intDigits);
    if (scale == 0) {
      return at + intDigits;
    }
    System.arraycopy(out, p + intDigits, out, at + intDigits + 1, scale);
    out[at + intDigits] = '.';
    return at + digits + 1;
  }

  /** The canonical text of a packed value (not {@link #WIDE}). */
  public static String text(long packed) {
    byte[] b = new byte[40];
    return new String(b, 0, write(packed, b, 0), StandardCharsets.ISO_8859_1);
  }

  /** Whether {@code s[from..to)} is a value written exactly as its canonical text. */
  public static boolean isCanonical(byte[] s, int from, int to, long packed) {
    if (packed == WIDE) {
      String c = Decimals.canonical(s, from, to);
      return c != null
          && c.length() == to - from
          && Arrays.equals(c.getBytes(StandardCharsets.ISO_8859_1), 0, c.length(), s, from, to);
    }
    byte[] b = new byte[40];
    int n = write(packed, b, 0);
    return Arrays.equals(b, 0, n, s, from, to);
  }

  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * The value of the plain decimal in ASCII bytes {@code s[from..to)} as a double (correctly
   * rounded), or NaN when it is not one (see {@link Decimals#canonical(byte[], int, int)}). Up to
   * 15 significant digits it is computed directly (an exact integer divided by an exact power of
   * ten rounds once); beyond, by {@link Double#parseDouble}.
   */
  public static double toDouble(byte[] s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    boolean any = false;
    for (; i < to; i++) {
      byte c = s[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          scale++;
        }
        if (digits > 15 || scale > Decimals.MAX_DECIMALS) {
          String t = Decimals.canonical(s, from, to);
          return t == null ? Double.NaN : Double.parseDouble(t);
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (!any) {
      return Double.NaN;
    }
    return scaled(mantissa, scale, negative);
  }

  /**
   * The double nearest {@code mantissa} (at most 15 digits) divided by 10 to the {@code scale} (at
   * most {@link Decimals#MAX_DECIMALS}), negated when {@code negative}.
   */
  static double scaled(long mantissa, int scale, boolean negative) {
    double v = scale == 0 ? mantissa : mantissa / POWERS[scale];
    return negative ? -v : v;
  }
}
