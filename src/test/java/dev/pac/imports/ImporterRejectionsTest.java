package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.actuals.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterRejectionsTest {
  @Test
  void aRowIsRejectedOnceWithEveryReason() {
    List<Rejection> found =
        List.of(
            new Rejection("a.csv", 3, "bad date"),
            new Rejection("a.csv", 3, "bad value"),
            new Rejection("a.csv", 4, "bad value"),
            new Rejection("b.csv", 4, "unknown KPI"),
            new Rejection("b.csv", 4, "duplicate"));
    assertEquals(
        List.of(
            new Rejection("a.csv", 3, "bad date; bad value"),
            new Rejection("a.csv", 4, "bad value"),
            new Rejection("b.csv", 4, "unknown KPI; duplicate")),
        Rejections.oneEachRow(found));
  }
}
