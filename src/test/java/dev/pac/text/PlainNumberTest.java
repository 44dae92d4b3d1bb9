package dev.pac.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlainNumberTest {
  @Test
  void numbersAreWrittenAsAPlanWritesThem() {
    assertEquals("3", PlainNumber.of(3.0));
    assertEquals("1.5", PlainNumber.of(1.5));
    assertEquals("1200000", PlainNumber.of(1.2e6));
    assertEquals("-0.25", PlainNumber.of(-0.25));
    assertEquals(
        "0.1",
        PlainNumber.of(0.1)); // the shortest decimal of the double, not 0.1000000000000000055…
    assertEquals("0", PlainNumber.of(0.0));
    assertEquals("NaN", PlainNumber.of(Double.NaN));
  }

  @Test
  void decimalsAreWrittenWithEveryDigitAndNoTrailingZero() {
    assertEquals("0.3", PlainNumber.of(new BigDecimal("0.1").add(new BigDecimal("0.2"))));
    assertEquals("1000", PlainNumber.of(new BigDecimal("1E+3")));
    assertEquals("1000", PlainNumber.of(new BigDecimal("1000.000")));
    assertEquals("0", PlainNumber.of(new BigDecimal("0.000")));
    assertEquals("0.1234567890123", PlainNumber.of(new BigDecimal("0.12345678901230")));
  }
}
