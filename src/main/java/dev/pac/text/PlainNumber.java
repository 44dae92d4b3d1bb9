package dev.pac.text;

import java.math.BigDecimal;

/**
 * A number as a plan writes it: 3, 1.5, 1200000, -0.25 (the shortest decimal of the double, no
 * exponent).
 */
public final class PlainNumber {
  private PlainNumber() {}

  public static String of(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    return of(BigDecimal.valueOf(v));
  }

  /**
   * An exact decimal (a sum worked out in decimals, say) the same way: every digit, no trailing
   * zero.
   */
  public static String of(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
