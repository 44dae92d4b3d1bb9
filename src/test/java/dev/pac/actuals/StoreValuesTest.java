package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The store's values: canonical numbers, dates, the decimal-mark guess, and the upsert's counts.
 */
class StoreValuesTest {
  private static String canonical(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return Decimals.canonical(b, 0, b.length);
  }

  @Test
  void numbersAreWrittenInTheirShortestPlainForm() {
    assertEquals("1234.5", canonical("1234.50"));
    assertEquals("7", canonical("007"));
    assertEquals("7", canonical("+7"));
    assertEquals("7", canonical("7."));
    assertEquals("0.5", canonical(".5"));
    assertEquals("0.5", canonical("0.50"));
    assertEquals("-0.25", canonical("-00.250"));
    assertEquals("0", canonical("-0.000"));
    assertEquals("0", canonical("0"));
    assertEquals("120", canonical("120"));
    assertEquals("0.1", canonical("0.1")); // no binary double on the way
    assertEquals("123456789012345.123456789", canonical("123456789012345.123456789"));
    assertEquals(
        "1000000000000000",
        canonical("1000000000000000.000")); // 1e15 itself, trailing zeros dropped
    assertEquals("0.000000000001", canonical("0.000000000001000")); // 12 decimals
  }

  private static long packCanonical(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return PackedDecimal.packCanonical(b, 0, b.length);
  }

  @Test
  void aValueWrittenCanonicallyIsPackedInOnePassAndAnyOtherIsLeftToTheFullScan() {
    // 1234.5 packs as its digits 12345 times 16 plus its one decimal
    assertEquals(12345L * 16 + 1, packCanonical("1234.5"));
    assertEquals(-(25L * 16 + 2), packCanonical("-0.25"));
    assertEquals(0L, packCanonical("0"));
    assertEquals(5L * 16 + 12, packCanonical("0.000000000005"));
    assertEquals(12345678901234567L * 16 + 2, packCanonical("123456789012345.67")); // 17 digits
    for (String other :
        List.of(
            "",
            "-",
            "+7",
            "007",
            "7.",
            ".5",
            "0.50",
            "-0",
            "-0.5.",
            "1e3",
            " 7",
            "7 ",
            "1.2.3",
            "123456789012345.678", // 18 digits: WIDE, which the full scan says
            "1000000000000000", // 16 integer digits: the full scan checks the bound
            "0.0000000000001")) { // 13 decimals
      assertEquals(PackedDecimal.INVALID, packCanonical(other), other);
    }
    // on random text: either the one-pass reading declines, or it agrees with the full scan on a
    // text that is its own canonical form
    Random random = new Random(7);
    String alphabet = "0123456789-+. e";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(22);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 11)));
      }
      String s = sb.toString();
      byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
      long quick = PackedDecimal.packCanonical(b, 0, b.length);
      long full = PackedDecimal.pack(b, 0, b.length);
      if (quick != PackedDecimal.INVALID) {
        assertEquals(full, quick, s);
        assertEquals(s, canonical(s), s);
      } else if (full != PackedDecimal.INVALID
          && full != PackedDecimal.WIDE
          && s.equals(canonical(s))) {
        // the one canonical text of 17 digits or fewer it leaves to the full scan: ±1e15, the bound
        assertEquals(Decimals.MAX_ABS, s.replace("-", ""), s);
      }
    }
  }

  @Test
  void valuesBeyondTheBoundsAreRefusedSayingWhy() {
    assertNull(canonical("1000000000000000.5"));
    assertNull(canonical("1000000000000001"));
    assertNull(canonical("-1000000000000001"));
    assertNull(canonical("0.0000000000001")); // 13 decimals
    assertNull(canonical("9".repeat(308)));
    assertEquals("-1000000000000000", canonical("-1000000000000000"));
    assertEquals(
        "is beyond ±1e15 (±1,000,000,000,000,000), the largest value pac takes",
        english(Decimals.problem("9".repeat(308), '.')));
    assertEquals(
        "is beyond ±1e15 (±1,000,000,000,000,000), the largest value pac takes",
        english(Decimals.problem("-1 000 000 000 000 000,5", ',')));
    assertEquals(
        "has 13 decimals; pac takes values with at most 12",
        english(Decimals.problem("0,0000000000001", ',')));
    assertEquals("is not a number", english(Decimals.problem("58.8k", '.')));
    assertNull(Decimals.parse("USD 1,000,000,000,000,001", '.'));
    byte[] b = "12345678901234567".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "is beyond ±1e15 (±1,000,000,000,000,000), the largest value pac takes",
        Catalogue.english().say(Decimals.problem(b, 0, b.length)));
    assertEquals(Double.NaN, PackedDecimal.toDouble(b, 0, b.length));
    byte[] c = "0.1234567890123".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(Double.NaN, PackedDecimal.toDouble(c, 0, c.length));
    assertEquals(
        "has 13 decimals; pac takes values with at most 12",
        Catalogue.english().say(Decimals.problem(c, 0, c.length)));
  }

  private static String english(Text text) {
    return Catalogue.english().say(text);
  }

  private static double toDouble(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return PackedDecimal.toDouble(b, 0, b.length);
  }

  @Test
  void valuesReadAsTheDoubleJavaWouldParse() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long whole =
          random.nextInt(4) == 0 ? random.nextLong() % 1_000_000_000_000L : random.nextInt(100_000);
      String text =
          whole
              + (random.nextBoolean()
                  ? ""
                  : "."
                      + String.valueOf(Math.abs(random.nextLong()))
                          .substring(0, 1 + random.nextInt(12)));
      assertEquals(Double.parseDouble(text), toDouble(text), text);
    }
    for (String s :
        List.of(
            "0.1",
            "0.30",
            "-0.000000000001",
            "123456789012345.25",
            "007",
            ".5",
            "5.",
            "999999999999999.999999999999",
            "0.100000000000000")) {
      assertEquals(Double.parseDouble(s), toDouble(s), s);
    }
    for (String s : List.of("", "-", ".", "1e3", "1,5", "NaN", "1.2.3", " 1")) {
      assertEquals(Double.NaN, toDouble(s), s);
    }
  }

  @Test
  void whatIsNotAPlainDecimalIsRefused() {
    for (String s :
        List.of(
            "", "-", ".", "1e3", "1,5", "abc", "1.2.3", "NaN", "Infinity", "0x10", " 1", "1 ")) {
      assertNull(canonical(s), s);
    }
    assertNull(canonical("9".repeat(309)), "beyond any bound");
  }

  @Test
  void spreadsheetNumbersAreNormalisedThenRead() {
    assertEquals("1234.56", Decimals.parse("1 234,56", ','));
    assertEquals("1234.56", Decimals.parse("1\u00A0234,56", ','));
    assertEquals("1234.56", Decimals.parse("1\u202F234,56", ','));
    assertEquals("1234567.8", Decimals.parse("1.234.567,80", ','));
    assertEquals("14020", Decimals.parse("14\u00A0020,00 €", ','));
    assertEquals("1234.56", Decimals.parse("1,234.56", '.'));
    assertEquals("1500", Decimals.parse("$1,500", '.'));
    assertEquals("-3.5", Decimals.parse("-3,5", ','));
    assertEquals("12450", Decimals.parse("USD 12,450.00", '.'));
    assertEquals("980", Decimals.parse("980,00 EUR", ','));
    assertEquals("-1234", Decimals.parse("(1 234,00)", ','));
    assertEquals("-1500", Decimals.parse("($1,500)", '.'));
    assertNull(Decimals.parse("(-3)", '.'));
    assertNull(Decimals.parse("()", '.'));
    assertNull(Decimals.parse("ABC", '.'));
    assertNull(
        Decimals.parse("1,5", '.'), "a comma that is not grouping by threes, with '.' decimals");
    assertNull(
        Decimals.parse("12.5", ','), "a dot that is not grouping by threes, with ',' decimals");
    assertNull(Decimals.parse("1,23,456.7", '.'));
    assertNull(Decimals.parse("25 %", '.'));
    assertNull(Decimals.parse("n/a", '.'));
  }

  @Test
  void theDecimalMarkIsGuessedFromTellingCells() {
    DecimalGuess g = new DecimalGuess();
    g.see("1,234"); // says nothing
    assertEquals(0, g.decided());
    g.see("12,5");
    assertEquals(',', g.decided());
    DecimalGuess d = new DecimalGuess();
    d.see("1,234.5");
    d.see("0.25");
    d.see("1.5.2"); // not a number: no vote
    assertEquals('.', d.decided());
    DecimalGuess f = new DecimalGuess();
    f.see("1.234.567");
    assertEquals(',', f.decided(), "dots grouping by threes");
  }

  @Test
  void datesAreStrictIsoCalendarDates() {
    assertEquals(20270301, Dates.parseIso("2027-03-01"));
    assertEquals(20280229, Dates.parseIso("2028-02-29"));
    assertEquals(-1, Dates.parseIso("2027-02-29"));
    assertEquals(-1, Dates.parseIso("2100-02-29"));
    assertEquals(20000229, Dates.parseIso("2000-02-29"));
    assertEquals(-1, Dates.parseIso("1900-02-29"));
    assertEquals(29991231, Dates.parseIso("2999-12-31"));
    assertEquals(-1, Dates.parseIso("2027-04-31"));
    assertEquals(20270430, Dates.parseIso("2027-04-30"));
    assertEquals(-1, Dates.parseIso("2027-13-01"));
    assertEquals(-1, Dates.parseIso("2027-04-31"));
    assertEquals(-1, Dates.parseIso("2027-3-01"));
    assertEquals(-1, Dates.parseIso("01/03/2027"));
    assertEquals("2027-03-01", Dates.text(20270301));
    assertEquals("0999-12-31", Dates.text(9991231));
  }

  private static Actual row(int date, String kpi, String segment, String value) {
    return new Actual(date, kpi, segment, "", "", value);
  }

  @Test
  void upsertAddsUpdatesAndKeepsInKeyOrder() {
    List<Actual> stored =
        List.of(
            row(20270301, "mql", "", "40"),
            row(20270301, "mql", "smb", "25"),
            row(20270308, "mql", "", "44"));
    List<Actual> imported =
        List.of(
            row(20270301, "mql", "", "40"),
            row(20270301, "mql", "smb", "27"),
            row(20270301, "sql", "", "5"),
            row(20270315, "mql", "", "47"));
    Upsert.Result r = Upsert.merge(stored, imported);
    assertEquals(2, r.added());
    assertEquals(1, r.updated());
    assertEquals(1, r.unchanged());
    assertEquals(
        List.of(
            row(20270301, "mql", "", "40"),
            row(20270301, "mql", "smb", "27"),
            row(20270301, "sql", "", "5"),
            row(20270308, "mql", "", "44"),
            row(20270315, "mql", "", "47")),
        r.rows());
    Upsert.Result again = Upsert.merge(r.rows(), imported);
    assertEquals(0, again.added());
    assertEquals(0, again.updated());
    assertEquals(4, again.unchanged());
    assertEquals(r.rows(), again.rows());
  }

  @Test
  void upsertIntoAnEmptyStoreAddsEverything() {
    List<Actual> imported = List.of(row(20270301, "mql", "", "1"), row(20270302, "mql", "", "2"));
    Upsert.Result r = Upsert.merge(List.of(), imported);
    assertEquals(2, r.added());
    assertEquals(imported, r.rows());
  }

  /**
   * Regression: with ';' as delimiter the mark was guessed ',' and 0.015 read as 15 (grouping '.').
   */
  @Test
  void aLoneZeroBeforeAMarkMakesItTheDecimalMark() {
    assertNull(Decimals.parse("0.015", ','), "0.015 cannot be grouped thousands");
    assertNull(Decimals.parse("0,015", '.'), "0,015 cannot be grouped thousands");
    assertNull(Decimals.parse("-0.500", ','));
    assertEquals("1200", Decimals.parse("1,200", '.'));
    assertEquals("0.015", Decimals.parse("0,015", ','));
    DecimalGuess guess = new DecimalGuess();
    guess.see("0.015");
    assertEquals('.', guess.decided());
    DecimalGuess comma = new DecimalGuess();
    comma.see("0,250");
    assertEquals(',', comma.decided());
    DecimalGuess none = new DecimalGuess();
    none.see("1,200");
    assertEquals(0, none.decided());
  }
}
