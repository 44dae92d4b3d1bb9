package dev.pac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Grain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** How a period is named: an ISO date, an ISO week (its week-based year), a year and month. */
class GrainPeriodNameTest {
  private static String name(Grain g, int y, int m, int d) {
    return GrainPeriod.containing(g, LocalDate.of(y, m, d)).toString();
  }

  @Test
  void periodsAreNamedAsIsoWritesThem() {
    assertEquals("2027-03-05", name(Grain.DAY, 2027, 3, 5));
    assertEquals("2027-W01", name(Grain.WEEK, 2027, 1, 4));
    assertEquals("2027-W13", name(Grain.WEEK, 2027, 3, 29));
    // 1 January 2027 is a Friday: it belongs to the last week of 2026, its 53rd
    assertEquals("2026-W53", name(Grain.WEEK, 2027, 1, 1));
    assertEquals("2025-W01", name(Grain.WEEK, 2024, 12, 30));
    assertEquals("2027-03", name(Grain.MONTH, 2027, 3, 31));
    assertEquals("2027-12", name(Grain.MONTH, 2027, 12, 1));
  }

  @Test
  void aWeekStartsOnTheMondayOnOrBeforeEachDay() {
    // every day of four years, against the JDK's adjuster, and by hand on a few
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2029; d = d.plusDays(1)) {
      assertEquals(
          d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          GrainPeriod.containing(Grain.WEEK, d).start(),
          d::toString);
    }
    assertEquals(
        LocalDate.of(2027, 3, 29),
        GrainPeriod.containing(Grain.WEEK, LocalDate.of(2027, 3, 29)).start());
    assertEquals(
        LocalDate.of(2027, 3, 29),
        GrainPeriod.containing(Grain.WEEK, LocalDate.of(2027, 4, 4)).start());
    assertEquals(
        LocalDate.of(2026, 12, 28),
        GrainPeriod.containing(Grain.WEEK, LocalDate.of(2027, 1, 1)).start());
  }
}
