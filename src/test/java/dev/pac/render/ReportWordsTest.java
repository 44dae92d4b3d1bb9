package dev.pac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Lang;
import dev.pac.model.Rollup;
import dev.pac.model.Unit;
import dev.pac.report.GrainPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the human formats write numbers: one minus sign, signs kept near zero, decimals by unit. */
class ReportWordsTest {
  private final ReportWords en = new ReportWords(Labels.of(Lang.EN));
  private final ReportWords fr = new ReportWords(Labels.of(Lang.FR));

  private static Kpi kpi(Unit unit) {
    return new Kpi("k", "k", unit, Better.HIGHER, Rollup.SUM, null, null, Grain.WEEK, null, null);
  }

  @Test
  void negativeNumbersTakeTheMinusSign() {
    assertEquals("−1,234", en.value(kpi(Unit.COUNT), -1234.0, "EUR"));
    assertEquals("−€2,000", en.signed(kpi(Unit.CURRENCY), -2000.0, "EUR"));
    assertEquals("−17.6 %", en.pct(-17.64));
  }

  @Test
  void aVarianceThatRoundsToZeroKeepsItsSign() {
    // −0.0004 as a ratio is −0.04 percentage points: one decimal would show 0.0
    assertEquals("−0.04 pp", en.signed(kpi(Unit.RATIO), -0.0004, "EUR"));
    assertEquals("+0.004 %", en.pct(0.004));
    assertEquals("0 pp", en.signed(kpi(Unit.RATIO), 0.0, "EUR"));
    assertEquals("−0,04\u00A0pts", fr.signed(kpi(Unit.RATIO), -0.0004, "EUR"));
    // 0.00041 %: one, two and three decimals show 0, four show 0.0004; four at most, so
    // −0.00004 % shows as a signed 0
    assertEquals("+0.0004 %", en.pct(0.00041));
    assertEquals("−0 %", en.pct(-0.00004));
    // a count's variance of 0.003: one decimal (below a hundred) and two show 0, three 0.003
    assertEquals("+0.003", en.signed(kpi(Unit.COUNT), 0.003, "EUR"));
    // the same cap of four decimals for a signed variance
    assertEquals("+0.0004", en.signed(kpi(Unit.COUNT), 0.0004, "EUR"));
    assertEquals("−0", en.signed(kpi(Unit.COUNT), -0.00004, "EUR"));
  }

  @Test
  void countsShowOneDecimalBelowAHundredAndNoneFromAHundred() {
    assertEquals("99.5", en.value(kpi(Unit.COUNT), 99.54, "EUR"));
    assertEquals("150", en.value(kpi(Unit.COUNT), 150.4, "EUR"));
    assertEquals("98.2", en.signed(kpi(Unit.COUNT), 98.2, "EUR").substring(1));
  }

  @Test
  void moneyTakesItsSymbolWhereEachLanguageWritesIt() {
    assertEquals("€1,234", en.money(1234.0, "EUR"));
    assertEquals("$21,000", en.money(21000.0, "USD"));
    assertEquals("−£50", en.money(-50.0, "GBP"));
    assertEquals("1,234 CHF", en.money(1234.0, "CHF"));
    assertEquals("1\u202F234\u00A0€", fr.money(1234.0, "EUR"));
    assertEquals("−50\u00A0$", fr.money(-50.0, "USD"));
    assertEquals("1\u202F234\u00A0CHF", fr.money(1234.0, "CHF"));
    assertEquals("+€5,667", en.signed(kpi(Unit.CURRENCY), 5667.0, "EUR"));
  }

  @Test
  void periodsAreWrittenShort() {
    GrainPeriod w10 = GrainPeriod.containing(Grain.WEEK, LocalDate.parse("2027-03-08"));
    assertEquals(
        "2027-W10–W12, 2027-W14",
        ReportWords.periods(List.of(w10, w10.plus(1), w10.plus(2), w10.plus(4))));
    assertEquals("2026-W53–2027-W01", ReportWords.periods(List.of(w10.plus(-10), w10.plus(-9))));
    GrainPeriod jan = GrainPeriod.containing(Grain.MONTH, LocalDate.parse("2027-01-15"));
    assertEquals("2027-01–03", ReportWords.periods(List.of(jan, jan.plus(1), jan.plus(2))));
  }

  @Test
  void theHeaderSaysWhichCompletePeriodTheFiguresSpeakOf() {
    assertEquals("Sunday 28 March 2027", en.longDate(LocalDate.parse("2027-03-28")));
    assertEquals("dimanche 28 mars 2027", fr.longDate(LocalDate.parse("2027-03-28")));
  }

  @Test
  void aLongDateIsWhatTheJdkWritesForTheLanguage() {
    DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    DateTimeFormatter french = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    // every day of five years (a leap year among them), and years of other widths
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
      assertEquals(english.format(d), en.longDate(d));
      assertEquals(french.format(d), fr.longDate(d));
    }
    for (LocalDate d :
        List.of(
            LocalDate.of(999, 2, 3),
            LocalDate.of(1, 1, 1),
            LocalDate.of(0, 12, 31),
            LocalDate.of(-44, 3, 15),
            LocalDate.of(10_000, 8, 9),
            LocalDate.of(2027, 3, 28))) {
      assertEquals(english.format(d), en.longDate(d));
      assertEquals(french.format(d), fr.longDate(d));
    }
    assertEquals("Sunday 28 March 2027", en.longDate(LocalDate.of(2027, 3, 28)));
    assertEquals("dimanche 28 mars 2027", fr.longDate(LocalDate.of(2027, 3, 28)));
  }
}
