package dev.pac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.ActualRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessTest {
  private static ActualsIndex store(String... dates) {
    return new ActualsIndex(java.util.Arrays.stream(dates)
        .map(d -> new ActualRow(LocalDate.parse(d), "mql", 1, "", "", "")).toList());
  }

  @Test
  void aStoreWithoutRowsInTheComparedWeekIsStale() {
    // Wednesday 2027-03-17: W = Monday 2027-03-08 to Sunday 2027-03-14; latest row the Sunday before
    Optional<Staleness> s = Staleness.of(store("2027-02-28", "2027-03-07"), LocalDate.of(2027, 3, 17));
    assertEquals(new Staleness(new IsoWeek(LocalDate.of(2027, 3, 8)), LocalDate.of(2027, 3, 7)), s.orElseThrow());
    assertEquals("2027-W10", s.get().week().toString());
  }

  @Test
  void oneRowInTheComparedWeekIsEnough() {
    assertTrue(Staleness.of(store("2027-03-07", "2027-03-14"), LocalDate.of(2027, 3, 17)).isEmpty());
    assertTrue(Staleness.of(store("2027-03-08"), LocalDate.of(2027, 3, 17)).isEmpty());
  }

  @Test
  void onASundayTheComparedWeekIsTheCurrentOne() {
    // Sunday 2027-03-14 closes W = 2027-03-08..14: a row on the 8th is fresh, one on the 7th is not
    assertTrue(Staleness.of(store("2027-03-08"), LocalDate.of(2027, 3, 14)).isEmpty());
    assertEquals(LocalDate.of(2027, 3, 7), Staleness.of(store("2027-03-07"), LocalDate.of(2027, 3, 14)).orElseThrow().latest());
  }

  @Test
  void rowsAfterTheReportDateDoNotCountAndAnEmptyStoreIsNotStale() {
    assertEquals(LocalDate.of(2027, 3, 1),
        Staleness.of(store("2027-03-01", "2027-03-20"), LocalDate.of(2027, 3, 17)).orElseThrow().latest());
    assertTrue(Staleness.of(store(), LocalDate.of(2027, 3, 17)).isEmpty());
    assertTrue(Staleness.of(store("2027-04-01"), LocalDate.of(2027, 3, 17)).isEmpty());
    assertNull(store("2027-04-01").latestOnOrBefore(LocalDate.of(2027, 3, 31)));
  }
}
