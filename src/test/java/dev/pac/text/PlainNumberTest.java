package dev.pac.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainNumberTest {
  @Test
  void numbersAreWrittenAsAPlanWritesThem() {
    assertEquals("3", PlainNumber.of(3.0));
    assertEquals("1.5", PlainNumber.of(1.5));
    assertEquals("1200000", PlainNumber.of(1.2e6));
    assertEquals("-0.25", PlainNumber.of(-0.25));
    assertEquals("0.1", PlainNumber.of(0.1));   // the shortest decimal of the double, not 0.1000000000000000055…
    assertEquals("0", PlainNumber.of(0.0));
    assertEquals("NaN", PlainNumber.of(Double.NaN));
  }
}
