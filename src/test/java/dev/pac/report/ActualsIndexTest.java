package dev.pac.report;

import static dev.pac.report.Fixtures.d;
import static dev.pac.report.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActualsIndexTest {
  private static List<Double> values(Selection s) {
    return java.util.stream.IntStream.range(0, s.size()).mapToObj(s::value).toList();
  }

  @Test
  void exactScopeOnly() {
    ActualsIndex idx = new ActualsIndex(List.of(row("2027-01-02", "k", 1), row("2027-01-01", "k", 2, "smb", "", ""),
        row("2027-01-01", "k", 3), row("2027-01-01", "other", 4)));
    Selection s = idx.select("k", null, null, null);
    assertEquals(Selection.Kind.EXACT, s.kind());
    assertEquals(List.of(3.0, 1.0), values(s));   // sorted by date even when the store is not
    assertSame(s, idx.select("k", "", "", ""));    // computed once
  }

  @Test
  void finerRowsMergeByDateThenScope() {
    ActualsIndex idx = new ActualsIndex(List.of(
        row("2027-01-02", "k", 1, "b", "", ""), row("2027-01-01", "k", 2, "b", "", ""),
        row("2027-01-01", "k", 3, "a", "x", ""), row("2027-01-02", "k", 4, "", "", "act")));
    Selection s = idx.select("k", null, null, null);
    assertEquals(Selection.Kind.FINER, s.kind());
    // 01-01: (a, x) then (b); 01-02: ("", "", act) then (b)
    assertEquals(List.of(3.0, 2.0, 4.0, 1.0), values(s));
    assertEquals(d("2027-01-01").toEpochDay(), s.day(0));
    assertEquals(2, s.from(d("2027-01-02")));
    assertEquals(2, s.to(d("2027-01-01")));
    // a segment's finer rows, and no rows for an unknown scope
    assertEquals(List.of(3.0), values(idx.select("k", "a", null, null)));
    assertEquals(Selection.Kind.NONE, idx.select("k", "zzz", null, null).kind());
    assertEquals(Selection.Kind.NONE, idx.select("nope", null, null, null).kind());
  }

  @Test
  void datesCenturiesApartStillSort() {
    ActualsIndex idx = new ActualsIndex(List.of(row("2900-01-01", "k", 1, "a", "", ""), row("1900-01-01", "k", 2, "b", "", "")));
    assertEquals(List.of(2.0, 1.0), values(idx.select("k", null, null, null)));
  }
}
