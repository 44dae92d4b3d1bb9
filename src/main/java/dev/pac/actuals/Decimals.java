package dev.pac.actuals;

import dev.pac.i18n.Text;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Numbers as the store writes them: the shortest plain decimal text of the value as written, with
 * {@code .} as decimal mark, no grouping, no exponent, no {@code +}, no leading zeros, no trailing
 * fractional zeros and no trailing {@code .}: {@code 1 234,50} is {@code 1234.5}, {@code 007} is
 * {@code 7}, {@code -0.0} is {@code 0}. The value is never converted through a binary double, so
 * {@code 0.1} stays {@code 0.1} and re-importing the same file compares equal, byte for byte.
 *
 * <p>Values are bounded: at most {@link #MAX_ABS} in absolute value ({@code 1e15}, a quadrillion,
 * more than any company's revenue in any currency) with at most {@link #MAX_DECIMALS} decimals, so
 * every value is exact to the cent as a double and any sum of a year's values stays finite. Beyond,
 * a value is refused as if it were not a number, and {@link #problem} says why; the store reader
 * and the import both read values through here.
 */
public final class Decimals {
  /** The largest absolute value: 1e15. */
  public static final String MAX_ABS = "1000000000000000";

  /** The most decimals a value may have (after trailing zeros are dropped). */
  public static final int MAX_DECIMALS = 12;

  private Decimals() {}

  /**
   * The canonical text of the plain decimal {@code [-+]?digits[.digits]} (or {@code .5}, {@code
   * 5.}) in ASCII bytes {@code s[from..to)}, or null when it is not one or is out of bounds.
   */
  public static String canonical(byte[] s, int from, int to) {
    return canonical(s, from, to, true);
  }

  /**
   * Why the text a value was read from is not a value pac takes: out of bounds ("is beyond
   * ±1e15..."), too many decimals, or not a number; {@code decimal} is the decimal mark, as for
   * {@link #parse}.
   */
  public static Text problem(String text, char decimal) {
    String unbounded = parse(text, decimal, false);
    return unbounded == null ? Text.of("import.value.not-a-number") : bounds(unbounded);
  }

  /** The same for the store's plain decimals in ASCII bytes. */
  public static Text problem(byte[] s, int from, int to) {
    String unbounded = canonical(s, from, to, false);
    return unbounded == null ? Text.of("errors.value.not-a-plain-number") : bounds(unbounded);
  }

  /** Why a canonical value is out of bounds, or null. */
  private static Text bounds(String canonical) {
    int point = canonical.indexOf('.');
    int intLen = (point < 0 ? canonical.length() : point) - (canonical.startsWith("-") ? 1 : 0);
    String integer =
        canonical.substring(
            canonical.startsWith("-") ? 1 : 0, point < 0 ? canonical.length() : point);
    if (intLen > MAX_ABS.length()
        || (intLen == MAX_ABS.length() && (integer.compareTo(MAX_ABS) > 0 || point >= 0))) {
      return Text.of("import.value.beyond");
    }
    if (point >= 0 && canonical.length() - point - 1 > MAX_DECIMALS) {
      return Text.of("import.value.decimals", canonical.length() - point - 1, MAX_DECIMALS);
    }
    return null;
  }

  private static String canonical(byte[] s, int from, int to, boolean bounded) {
    long scan = DecimalScan.of(s, from, to);
    if (scan < 0) {
      return null;
    }
    int intStart = DecimalScan.intStart(scan, from);
    int intEnd = DecimalScan.intEnd(scan, from);
    int fracStart = DecimalScan.fracStart(scan, from);
    int fracEnd = DecimalScan.fracEnd(scan, from);
    if (bounded
        && (intEnd - intStart > MAX_ABS.length()
            || fracEnd - fracStart > MAX_DECIMALS
            || (intEnd - intStart == MAX_ABS.length()
                && bounds(
                        new String(s, intStart, intEnd - intStart, StandardCharsets.ISO_8859_1)
                            + (fracEnd > fracStart ? ".1" : ""))
                    != null))) {
      return null;
    }
    int intLen = intEnd - intStart;
    int fracLen = fracEnd - fracStart;
    if (intLen == 0 && fracLen == 0) {
      return "0";
    }
    boolean negative = DecimalScan.negative(scan);
    // already canonical: copy the bytes as they are (the usual case for the store itself)
    if (s[from] != '+'
        && intStart == (negative ? from + 1 : from)
        && intLen > 0
        && (fracLen == 0 ? intEnd == to : fracEnd == to)) {
      return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
    }
    StringBuilder b = new StringBuilder(intLen + fracLen + 3);
    if (negative) {
      b.append('-');
    }
    if (intLen == 0) {
      b.append('0');
    } else {
      for (int k = intStart; k < intEnd; k++) {
        b.append((char) s[k]);
      }
    }
    if (fracLen > 0) {
      b.append('.');
      for (int k = fracStart; k < fracEnd; k++) {
        b.append((char) s[k]);
      }
    }
    return b.toString();
  }

  /** The same for text. */
  public static String canonical(String text) {
    return canonical(text, true);
  }

  private static String canonical(String text, boolean bounded) {
    byte[] b = new byte[text.length()];
    for (int i = 0; i < b.length; i++) {
      char c = text.charAt(i);
      if (c > 127) {
        return null;
      }
      b[i] = (byte) c;
    }
    return canonical(b, 0, b.length, bounded);
  }

  /**
   * A number as a spreadsheet or CRM writes it, with {@code decimal} ({@code '.'} or {@code ','})
   * as decimal mark: spaces, NBSP, U+202F and U+2009 are grouping and are dropped; the other mark
   * is taken as grouping only in groups of three digits ({@code 1,234.5} or {@code 1.234,5}); a
   * currency sign (€ $ £) or ISO code ({@code USD}) before or after is dropped; {@code (12,5)} is
   * negative (accounting style). Returns the canonical text, or null when this is not a number.
   */
  public static String parse(String text, char decimal) {
    return parse(text, decimal, true);
  }

  private static String parse(String text, char decimal, boolean bounded) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        continue;
      }
      b.append(c);
    }
    String t = b.toString();
    boolean parenthesised = t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')';
    if (parenthesised) {
      t = t.substring(1, t.length() - 1); // accounting style: (1 234,00) is -1234
    }
    if (!t.isEmpty() && isCurrency(t.charAt(0))) {
      t = t.substring(1);
    } else if (!t.isEmpty() && isCurrency(t.charAt(t.length() - 1))) {
      t = t.substring(0, t.length() - 1);
    } else if (t.length() > 3 && isCode(t, 0)) {
      t = t.substring(3); // a multi-currency CRM export: USD 12,450.00
    } else if (t.length() > 3 && isCode(t, t.length() - 3)) {
      t = t.substring(0, t.length() - 3);
    }
    if (parenthesised) {
      if (t.startsWith("-") || t.startsWith("+")) {
        return null;
      }
      t = "-" + t;
    }
    char grouping = decimal == ',' ? '.' : ',';
    if (t.indexOf(grouping) >= 0) {
      if (!groupedCorrectly(t, grouping, decimal)) {
        return null;
      }
      t = t.replace(String.valueOf(grouping), "");
    }
    if (decimal == ',') {
      t = t.replace(',', '.');
    }
    return canonical(t, bounded);
  }

  /** Three capital letters at {@code at}: an ISO 4217 code such as EUR or USD. */
  private static boolean isCode(String t, int at) {
    for (int i = at; i < at + 3; i++) {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCurrency(char c) {
    return c == '€' || c == '$' || c == '£';
  }

  /** Grouping marks only between groups of exactly three digits, in the integer part. */
  private static boolean groupedCorrectly(String t, char grouping, char decimal) {
    int end = t.indexOf(decimal);
    String integer = end < 0 ? t : t.substring(0, end);
    if (end >= 0 && t.indexOf(grouping, end) >= 0) {
      return false;
    }
    String digits =
        integer.startsWith("-") || integer.startsWith("+") ? integer.substring(1) : integer;
    return groupedByThrees(digits, grouping);
  }

  /**
   * Whether {@code digits} are grouped by threes with {@code mark} ({@code 1,234,567}): a first
   * group of 1 to 3 digits that does not start with 0 (0.015 is never fifteen), then groups of
   * exactly 3.
   */
  static boolean groupedByThrees(String digits, char mark) {
    String[] groups = digits.split(Pattern.quote(String.valueOf(mark)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }
}
