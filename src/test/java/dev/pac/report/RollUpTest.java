package dev.pac.report;

import static dev.pac.report.Fixtures.d;
import static dev.pac.report.Fixtures.kpi;
import static dev.pac.report.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope value rules, one test a rule and a tie-break, with numbers worked by hand. Week W11 of
 * 2027 is Monday 2027-03-15 to Sunday 2027-03-21; W12 is 2027-03-22 to 2027-03-28.
 */
class RollUpTest {
  private static final LocalDate W11 = d("2027-03-15");
  private static final LocalDate W12_END = d("2027-03-28");

  private static Figure value(
      List<ActualRow> rows, Kpi kpi, Scope scope, LocalDate from, LocalDate to) {
    ScopeValues v = new ScopeValues(ActualRows.index(rows), id -> Grain.WEEK);
    return v.window(kpi, kpi.numerator(), kpi.denominator(), scope, from, to);
  }

  private static Double total(List<ActualRow> rows) {
    return value(rows, kpi("revenue", Rollup.SUM), Scope.TOTAL, W11, W12_END).value();
  }

  @Test
  void exactRowsAreTheTruth() {
    // a total row and a segment breakdown in the same week: the total is the truth (100, not 100 +
    // 60 + 40)
    assertEquals(
        100.0,
        total(
            List.of(
                row("2027-03-15", "revenue", 100),
                row("2027-03-15", "revenue", 60, "smb", "", ""),
                row("2027-03-15", "revenue", 40, "mid", "", ""))));
  }

  @Test
  void aTotalIsTheSumOfItsSegmentsWhenAWeekHasNoTotalRow() {
    Figure f =
        value(
            List.of(
                row("2027-03-16", "revenue", 60, "smb", "", ""),
                row("2027-03-16", "revenue", 40, "mid", "", "")),
            kpi("revenue", Rollup.SUM),
            Scope.TOTAL,
            W11,
            W12_END);
    assertEquals(100.0, f.value());
    assertEquals(
        List.of(
            new Derivation(
                "revenue", Source.SEGMENTS, List.of(GrainPeriod.containing(Grain.WEEK, W11)))),
        f.derivations());
  }

  @Test
  void aSegmentRowThatRepeatsItsChannelRowsCountsOnce() {
    // smb 100 is the truth for smb; its channels (60 + 40) are finer: total 100 + mid 30 = 130
    assertEquals(
        130.0,
        total(
            List.of(
                row("2027-03-16", "revenue", 100, "smb", "", ""),
                row("2027-03-16", "revenue", 60, "smb", "web", ""),
                row("2027-03-16", "revenue", 40, "smb", "events", ""),
                row("2027-03-16", "revenue", 30, "mid", "", ""))));
  }

  @Test
  void segmentsComeBeforeChannels() {
    // a week with segment rows and channel rows (no segment): the segments alone make the total
    Figure f =
        value(
            List.of(
                row("2027-03-16", "revenue", 70, "smb", "", ""),
                row("2027-03-16", "revenue", 100, "", "web", "")),
            kpi("revenue", Rollup.SUM),
            Scope.TOTAL,
            W11,
            d("2027-03-21"));
    assertEquals(70.0, f.value());
    // with channel rows only, the channels make it
    assertEquals(
        150.0,
        total(
            List.of(
                row("2027-03-16", "revenue", 100, "", "web", ""),
                row("2027-03-16", "revenue", 50, "", "events", ""))));
  }

  @Test
  void attributionsCountOnlyWhenNothingElseLiesUnderTheScope() {
    // smb 100 and an attribution of 30 to an action: the attribution is part of the 100
    assertEquals(
        100.0,
        total(
            List.of(
                row("2027-03-16", "revenue", 100, "smb", "", ""),
                row("2027-03-16", "revenue", 30, "smb", "", "webinar"))));
    // a total row and an attribution: 100
    assertEquals(
        100.0,
        total(
            List.of(
                row("2027-03-16", "revenue", 100),
                row("2027-03-16", "revenue", 30, "", "", "webinar"))));
    // a week with attributions only: their sum (30 + 20), said as such
    Figure f =
        value(
            List.of(
                row("2027-03-16", "revenue", 30, "", "", "webinar"),
                row("2027-03-17", "revenue", 20, "smb", "", "abm")),
            kpi("revenue", Rollup.SUM),
            Scope.TOTAL,
            W11,
            W12_END);
    assertEquals(50.0, f.value());
    assertEquals(Source.ACTIONS, f.derivations().get(0).source());
    // an action segment rows that only break its row down: 40, not 40 + 25 + 15
    assertEquals(
        40.0,
        value(
                List.of(
                    row("2027-03-16", "spend", 40, "", "", "abm"),
                    row("2027-03-16", "spend", 25, "smb", "", "abm"),
                    row("2027-03-16", "spend", 15, "mid", "", "abm")),
                kpi("spend", Rollup.SUM),
                Scope.ofAction("abm"),
                W11,
                W12_END)
            .value());
    // an action's value from its segment breakdown when it has no row of its own: 25 + 15
    assertEquals(
        40.0,
        value(
                List.of(
                    row("2027-03-16", "spend", 25, "smb", "", "abm"),
                    row("2027-03-16", "spend", 15, "mid", "", "abm")),
                kpi("spend", Rollup.SUM),
                Scope.ofAction("abm"),
                W11,
                W12_END)
            .value());
  }

  @Test
  void eachPeriodIsDecidedOnItsOwn() {
    // W11 has a total (100), W12 only segments (60 + 50): 100 + 110 = 210; the note names W12 only
    Figure f =
        value(
            List.of(
                row("2027-03-15", "revenue", 100),
                row("2027-03-16", "revenue", 999, "smb", "", ""),
                row("2027-03-23", "revenue", 60, "smb", "", ""),
                row("2027-03-23", "revenue", 50, "mid", "", "")),
            kpi("revenue", Rollup.SUM),
            Scope.TOTAL,
            W11,
            W12_END);
    assertEquals(210.0, f.value());
    assertEquals(
        List.of(GrainPeriod.containing(Grain.WEEK, d("2027-03-22"))),
        f.derivations().get(0).periods());
  }

  @Test
  void aTotalRowAndSegmentRowsOnDifferentDaysOfOneWeek() {
    // the week is the period: the Monday total is its truth, the Wednesday segment rows are finer
    assertEquals(
        100.0,
        total(
            List.of(
                row("2027-03-15", "revenue", 100),
                row("2027-03-17", "revenue", 70, "smb", "", ""))));
  }

  @Test
  void aWindowStartingMidWeekTakesOnlyThatWeeksRowsFromItsStart() {
    // window from Wednesday 2027-03-17: the Monday total is outside, the Thursday segment row
    // inside
    assertEquals(
        70.0,
        value(
                List.of(
                    row("2027-03-15", "revenue", 100),
                    row("2027-03-18", "revenue", 70, "smb", "", "")),
                kpi("revenue", Rollup.SUM),
                Scope.TOTAL,
                d("2027-03-17"),
                W12_END)
            .value());
  }

  @Test
  void lastAndMeanKpisUseExactRowsOnly() {
    Kpi last = kpi("cycle", Rollup.LAST);
    Figure f =
        value(
            List.of(row("2027-03-16", "cycle", 30, "smb", "", "")),
            last,
            Scope.TOTAL,
            W11,
            W12_END);
    assertNull(f.value());
    assertEquals(Hint.NOT_ROLLABLE, f.hint());
    // the latest exact row of the window
    assertEquals(
        28.0,
        value(
                List.of(
                    row("2027-03-16", "cycle", 30),
                    row("2027-03-24", "cycle", 28),
                    row("2027-03-29", "cycle", 1)),
                last,
                Scope.TOTAL,
                W11,
                W12_END)
            .value());
    // the mean of the exact rows: (30 + 28) / 2
    assertEquals(
        29.0,
        value(
                List.of(
                    row("2027-03-16", "nps", 30),
                    row("2027-03-24", "nps", 28),
                    row("2027-03-24", "nps", 99, "smb", "", "")),
                kpi("nps", Rollup.MEAN),
                Scope.TOTAL,
                W11,
                W12_END)
            .value());
  }

  @Test
  void aRatioAddsUpEachPartByTheseRules() {
    Kpi rate = Fixtures.ratio("win-rate", "won", "opps");
    // won: W11 total 3; opps: W11 by segment 6 + 4 = 10 → 3 / 10
    List<ActualRow> rows =
        List.of(
            row("2027-03-16", "won", 3),
            row("2027-03-16", "opps", 6, "smb", "", ""),
            row("2027-03-16", "opps", 4, "mid", "", ""));
    Figure f = value(rows, rate, Scope.TOTAL, W11, W12_END);
    assertEquals(0.3, f.value(), 1e-12);
    assertEquals("opps", f.derivations().get(0).kpi());
    // a part without rows counts 0; the denominator 0 gives no value
    assertEquals(
        0.0, value(List.of(row("2027-03-16", "opps", 5)), rate, Scope.TOTAL, W11, W12_END).value());
    assertEquals(
        Hint.ZERO_DENOMINATOR,
        value(List.of(row("2027-03-16", "won", 5)), rate, Scope.TOTAL, W11, W12_END).hint());
  }

  @Test
  void aMonthlyKpiIsDecidedMonthByMonth() {
    ScopeValues v =
        new ScopeValues(
            ActualRows.index(
                List.of(
                    row("2027-02-01", "revenue", 100),
                    row("2027-02-20", "revenue", 40, "smb", "", ""),
                    row("2027-03-05", "revenue", 60, "smb", "", ""))),
            id -> Grain.MONTH);
    // February has a total row (100; the smb row is finer), March only smb (60)
    assertEquals(
        160.0,
        v.window(
                kpi("revenue", Rollup.SUM),
                null,
                null,
                Scope.TOTAL,
                d("2027-02-01"),
                d("2027-03-31"))
            .value());
  }
}
