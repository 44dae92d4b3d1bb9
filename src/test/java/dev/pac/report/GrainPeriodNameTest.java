package dev.pac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Grain;
import java.time.LocalDate;
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
}
