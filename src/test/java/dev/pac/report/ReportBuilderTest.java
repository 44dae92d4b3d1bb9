package dev.pac.report;

import static dev.pac.report.Fixtures.action;
import static dev.pac.report.Fixtures.d;
import static dev.pac.report.Fixtures.kpi;
import static dev.pac.report.Fixtures.lower;
import static dev.pac.report.Fixtures.milestone;
import static dev.pac.report.Fixtures.objective;
import static dev.pac.report.Fixtures.plan;
import static dev.pac.report.Fixtures.ratio;
import static dev.pac.report.Fixtures.report;
import static dev.pac.report.Fixtures.row;
import static dev.pac.report.Fixtures.withAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.ActionReview;
import dev.pac.model.ActionStatus;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import dev.pac.model.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report computed from small plans and stores, every figure worked by hand. */
class ReportBuilderTest {
  private static final double E = 1e-9;

  private static ObjectiveResult only(Plan p, List<ActualRow> rows, String asOf) {
    return report(p, rows, asOf).objectives().get(0);
  }

  // ---------------------------------------------------------------- objectives

  @Test
  void sumObjectiveWithAMilestone() {
    // window 2027-01-01..2027-04-10: x(deadline) = 31 + 28 + 31 + 10 = 100; milestone 2027-02-19 (x
    // = 50) at 300
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(
                objective(
                    "o1",
                    "mql",
                    null,
                    null,
                    null,
                    1000,
                    "2027-01-01",
                    "2027-04-10",
                    milestone("2027-02-19", 300))),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2026-12-31", "mql", 999),
            row("2027-01-10", "mql", 100),
            row("2027-02-01", "mql", 150),
            row("2027-02-20", "mql", 7));
    // D = 2027-02-09, a Tuesday: the figures speak of the week ended Sunday 2027-02-07 (C = E),
    // x(E) = 31 + 7 = 38, t = 0.38; rows in [start, E]: 100 + 150 = 250 (the 2026 row is before the
    // start)
    ObjectiveResult o = only(p, rows, "2027-02-09");
    assertEquals(d("2027-02-07"), o.through());
    assertEquals(250.0, o.actual());
    assertEquals(228.0, o.expected(), E); // 0 + 300 × 38 / 50
    assertEquals(22.0, o.variance(), E); // 250 − 228
    assertEquals(100 * 22.0 / 228, o.variancePct(), E);
    assertEquals(0.25, o.attainment(), E); // 250 / 1000
    assertEquals(0.25 / 0.38, o.pace(), E); // 0.658
    assertEquals(250 / 0.38, o.projection(), E); // 657.9
    assertEquals(Status.OFF_TRACK, o.status()); // 0.658 < 0.8
    // the chart's actual: as of each Sunday from the start to E (none on 2027-01-03, before the
    // first row)
    assertEquals(
        List.of(
            new Point(d("2027-01-10"), 100),
            new Point(d("2027-01-17"), 100),
            new Point(d("2027-01-24"), 100),
            new Point(d("2027-01-31"), 100),
            new Point(d("2027-02-07"), 250)),
        o.progress());
    // the planned trajectory: (start − 1, 0), the milestone, (deadline, target)
    assertEquals(
        List.of(
            new Point(d("2026-12-31"), 0),
            new Point(d("2027-02-19"), 300),
            new Point(d("2027-04-10"), 1000)),
        o.plan());
    // D = 2027-03-01, a Monday: E = 2027-02-28, x = 59 → 300 + 700 × 9 / 50 = 426
    assertEquals(426.0, only(p, rows, "2027-03-01").expected(), E);
  }

  @Test
  void beforeTheStartTheObjectiveHasNotStarted() {
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 1000, "2027-02-01", "2027-04-10")),
            List.of());
    ObjectiveResult o = only(p, List.of(row("2027-01-15", "mql", 5)), "2027-01-20");
    assertEquals(Status.NOT_STARTED, o.status());
    assertNull(o.actual());
    assertEquals(0.0, o.expected()); // x clamped to 0: s₀ = 0
    assertEquals(0.0, o.t());
    assertNull(o.pace());
    assertNull(o.projection());
  }

  @Test
  void afterTheDeadlineOnlyRowsUpToItCountAndTheObjectiveIsAchievedOrMissed() {
    // window 2027-01-01..2027-01-10 (x = 10); D = 2027-01-20: C = 2027-01-17 ≥ deadline, so E =
    // deadline
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 100, "2027-01-01", "2027-01-10")),
            List.of());
    ObjectiveResult o =
        only(p, List.of(row("2027-01-05", "mql", 60), row("2027-01-15", "mql", 30)), "2027-01-20");
    assertEquals(d("2027-01-10"), o.through());
    assertEquals(60.0, o.actual()); // the row of 2027-01-15 is after the deadline
    assertEquals(100.0, o.expected());
    assertEquals(1.0, o.t());
    assertEquals(0.6, o.pace(), E); // 0.6 / 1
    assertEquals(60.0, o.projection(), E); // 60 / 1
    assertEquals(Status.MISSED, o.status());
    // 99.5 % at the deadline stays missed months later, whatever comes after
    ObjectiveResult late =
        only(
            p, List.of(row("2027-01-05", "mql", 99.5), row("2027-02-15", "mql", 30)), "2027-06-30");
    assertEquals(99.5, late.actual());
    assertEquals(Status.MISSED, late.status());
    assertEquals(
        Status.ACHIEVED, only(p, List.of(row("2027-01-05", "mql", 100)), "2027-06-30").status());
    // on the deadline day (a Sunday here) the window is over: achieved or missed, never on-track
    assertEquals(
        Status.MISSED, only(p, List.of(row("2027-01-05", "mql", 99.5)), "2027-01-10").status());
  }

  @Test
  void onAWeekdayDeadlineTheLastCompleteWeekIsStillBeforeIt() {
    // deadline Wednesday 2027-01-13, D the same day: C = Sunday 2027-01-10 < deadline, so not over
    // yet
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 130, "2027-01-01", "2027-01-13")),
            List.of());
    ObjectiveResult o = only(p, List.of(row("2027-01-05", "mql", 100)), "2027-01-13");
    assertEquals(d("2027-01-10"), o.through());
    // x(E) = 10 of 13: expected 100, pace (100/130) / (10/13) = 1
    assertEquals(100.0, o.expected(), E);
    assertEquals(1.0, o.pace(), E);
    assertEquals(Status.ON_TRACK, o.status());
    // a day KPI's cut-off is the day itself: on the deadline the window is over
    Plan daily =
        plan(
            List.of(
                new Kpi(
                    "mql",
                    "mql",
                    Unit.COUNT,
                    Better.HIGHER,
                    Rollup.SUM,
                    null,
                    null,
                    Grain.DAY,
                    null,
                    null)),
            p.objectives(),
            List.of());
    assertEquals(
        Status.MISSED, only(daily, List.of(row("2027-01-05", "mql", 100)), "2027-01-13").status());
  }

  @Test
  void statusBoundariesThroughTheReport() {
    // window 2027-01-04..2027-01-17 (x = 14), D = Sunday 2027-01-10: x(E) = 7, t = 0.5; target 100:
    // pace = (actual / 100) / 0.5
    Plan p =
        plan(
            List.of(kpi("k", Rollup.SUM)),
            List.of(objective("o1", "k", null, null, null, 100, "2027-01-04", "2027-01-17")),
            List.of());
    assertEquals(
        Status.ON_TRACK,
        only(p, List.of(row("2027-01-05", "k", 47.5)), "2027-01-10").status()); // 0.95
    assertEquals(
        Status.AT_RISK,
        only(p, List.of(row("2027-01-05", "k", 47.49)), "2027-01-10").status()); // 0.9498
    assertEquals(
        Status.AT_RISK, only(p, List.of(row("2027-01-05", "k", 40)), "2027-01-10").status()); // 0.8
    assertEquals(
        Status.OFF_TRACK,
        only(p, List.of(row("2027-01-05", "k", 39.99)), "2027-01-10").status()); // 0.7998
    assertEquals(
        Status.ACHIEVED, only(p, List.of(row("2027-01-05", "k", 100)), "2027-01-10").status());
    // the plan's own thresholds apply
    Review strict = new Review(10.0, 1.5, 8, 0.99, 0.9, "spend", "revenue", 3.0, 21.0);
    Plan q = plan(p.kpis(), p.objectives(), List.of(), strict, null);
    assertEquals(
        Status.AT_RISK, only(q, List.of(row("2027-01-05", "k", 47.5)), "2027-01-10").status());
  }

  @Test
  void lastKpiTakesTheLatestRowAndLowerIsBetter() {
    // cycle days from 60 to 45 over 2027-01-01..2027-04-10 (x = 100); D = Friday 2027-02-19, so
    // E = Sunday 2027-02-14: x = 45, t = 0.45
    Plan p =
        plan(
            List.of(lower("cycle", Rollup.LAST)),
            List.of(objective("o1", "cycle", null, null, 60.0, 45, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-10", "cycle", 58),
            row("2027-02-10", "cycle", 54),
            row("2027-02-16", "cycle", 50),
            row("2027-03-01", "cycle", 40));
    ObjectiveResult o = only(p, rows, "2027-02-19");
    assertEquals(54.0, o.actual()); // latest row on or before E (2027-02-16 is in the current week)
    assertEquals(53.25, o.expected(), E); // 60 − 15 × 45/100
    assertEquals(0.75, o.variance(), E); // 54 − 53.25: above the plan, which is worse here
    assertEquals(0.4, o.attainment(), E); // (54 − 60) / (45 − 60)
    assertEquals(0.4 / 0.45, o.pace(), E); // 0.889
    assertEquals(60 - 6 / 0.45, o.projection(), E); // 60 + (54 − 60) / 0.45
    assertEquals(Status.AT_RISK, o.status());
  }

  @Test
  void meanKpiAveragesTheRowsOfTheWindow() {
    Plan p =
        plan(
            List.of(kpi("nps", Rollup.MEAN)),
            List.of(objective("o1", "nps", null, null, 30.0, 50, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2026-12-20", "nps", 0),
            row("2027-01-10", "nps", 32),
            row("2027-01-20", "nps", 36),
            row("2027-02-01", "nps", 40));
    // D = 2027-02-09: (32 + 36 + 40) / 3 = 36
    assertEquals(36.0, only(p, rows, "2027-02-09").actual(), E);
  }

  @Test
  void sumRollsUpFinerRowsWhenTheScopeHasNone() {
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(
                objective("o1", "mql", null, null, null, 1000, "2027-01-01", "2027-04-10"),
                objective("o2", "mql", "smb", null, null, 500, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-10", "mql", 10, "smb", "partners", ""),
            row("2027-01-10", "mql", 20, "smb", "outbound", ""),
            row("2027-01-10", "mql", 40, "mid", "partners", ""));
    PlanReport r = report(p, rows, "2027-02-09");
    assertEquals(70.0, r.objectives().get(0).actual()); // 10 + 20 + 40
    assertFalse(r.objectives().get(0).derivations().isEmpty());
    assertEquals(30.0, r.objectives().get(1).actual()); // smb: 10 + 20
  }

  @Test
  void exactRowsWinOverFinerRows() {
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 1000, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-10", "mql", 75),
            row("2027-01-10", "mql", 10, "smb", "", ""),
            row("2027-01-10", "mql", 5, "", "", "webinar"));
    ObjectiveResult o = only(p, rows, "2027-02-09");
    assertEquals(75.0, o.actual());
    assertTrue(o.derivations().isEmpty());
  }

  @Test
  void ratioIsSumOverSumNeverAMeanOfRates() {
    // numerator and denominator only by channel: rolled up, then divided
    Plan p =
        plan(
            List.of(kpi("sql", Rollup.SUM), kpi("mql", Rollup.SUM), ratio("conv", "sql", "mql")),
            List.of(objective("o1", "conv", null, null, 0.2, 0.3, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-10", "sql", 1, "", "partners", ""),
            row("2027-01-10", "mql", 2, "", "partners", ""), // 50 %
            row("2027-01-10", "sql", 9, "", "outbound", ""),
            row("2027-01-10", "mql", 98, "", "outbound", ""), // 9.2 %
            row("2027-01-10", "conv", 0.99)); // the ratio KPI's own rows are not used
    ObjectiveResult o = only(p, rows, "2027-02-09");
    // (1 + 9) / (2 + 98) = 0.1, not (0.5 + 0.0918…) / 2
    assertEquals(0.1, o.actual(), E);
    assertEquals(-1.0, o.attainment(), E); // (0.1 − 0.2) / (0.3 − 0.2)
    assertFalse(o.derivations().isEmpty());
  }

  @Test
  void ratioWithAZeroDenominatorHasNoData() {
    Plan p =
        plan(
            List.of(kpi("sql", Rollup.SUM), kpi("mql", Rollup.SUM), ratio("conv", "sql", "mql")),
            List.of(objective("o1", "conv", null, null, 0.2, 0.3, "2027-01-01", "2027-04-10")),
            List.of());
    ObjectiveResult o =
        only(p, List.of(row("2027-01-10", "sql", 3), row("2027-01-10", "mql", 0)), "2027-02-09");
    assertNull(o.actual());
    assertEquals(Status.NO_DATA, o.status());
    assertEquals(Hint.ZERO_DENOMINATOR, o.hint());
  }

  @Test
  void lastAndMeanKpisAreNotRolledUp() {
    Plan p =
        plan(
            List.of(kpi("nps", Rollup.LAST), kpi("csat", Rollup.MEAN)),
            List.of(
                objective("o1", "nps", null, null, 30.0, 50, "2027-01-01", "2027-04-10"),
                objective("o2", "csat", null, null, 3.0, 4, "2027-01-01", "2027-04-10"),
                objective("o3", "nps", "smb", null, 30.0, 50, "2027-01-01", "2027-04-10")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-10", "nps", 40, "smb", "", ""),
            row("2027-01-10", "csat", 3.5, "smb", "", ""));
    PlanReport r = report(p, rows, "2027-02-09");
    assertNull(r.objectives().get(0).actual());
    assertEquals(Status.NO_DATA, r.objectives().get(0).status());
    assertEquals(Hint.NOT_ROLLABLE, r.objectives().get(0).hint());
    assertEquals(Hint.NOT_ROLLABLE, r.objectives().get(1).hint());
    // the segment's own rows are exact
    assertEquals(40.0, r.objectives().get(2).actual());
  }

  @Test
  void noRowsAtAllOrNoneInTheWindow() {
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM), kpi("sql", Rollup.SUM)),
            List.of(
                objective("o1", "mql", null, null, null, 10, "2027-01-01", "2027-04-10"),
                objective("o2", "sql", null, null, null, 10, "2027-01-01", "2027-04-10")),
            List.of());
    PlanReport r = report(p, List.of(row("2027-03-01", "sql", 3)), "2027-02-09");
    assertEquals(Hint.NO_ROWS, r.objectives().get(0).hint());
    assertEquals(Hint.NONE_IN_WINDOW, r.objectives().get(1).hint());
    assertEquals(Status.NO_DATA, r.objectives().get(1).status());
  }

  // ---------------------------------------------------------------- alerts

  /**
   * Weekly rows on the Monday of W09 (2027-03-01) and W10 (2027-03-08); D = 2027-03-17 (Wednesday
   * of W11).
   */
  private static List<AlertResult> alerts(Kpi k, double previous, double current) {
    Plan p =
        plan(
            List.of(k),
            List.of(objective("o1", k.id(), null, null, 1.0, 2, "2027-01-01", "2027-12-31")),
            List.of());
    return report(
            p,
            List.of(row("2027-03-01", k.id(), previous), row("2027-03-08", k.id(), current)),
            "2027-03-17")
        .alerts();
  }

  @Test
  void alertThresholdHigherIsBetter() {
    assertTrue(alerts(kpi("k", Rollup.SUM), 100, 90).isEmpty()); // −10 % exactly: no alert
    List<AlertResult> a = alerts(kpi("k", Rollup.SUM), 100, 89.99); // −10.01 %
    assertEquals(1, a.size());
    assertEquals("2027-W10", a.get(0).period().toString());
    assertEquals(100.0, a.get(0).previous());
    assertEquals(89.99, a.get(0).current());
    assertEquals(100 * (89.99 - 100) / 100, a.get(0).changePct(), 0);
    assertTrue(alerts(kpi("k", Rollup.SUM), 100, 150).isEmpty()); // a rise
  }

  @Test
  void alertThresholdLowerIsBetter() {
    assertTrue(alerts(lower("k", Rollup.SUM), 100, 110).isEmpty()); // +10 % exactly
    assertEquals(1, alerts(lower("k", Rollup.SUM), 100, 110.01).size()); // +10.01 %
    assertTrue(alerts(lower("k", Rollup.SUM), 100, 50).isEmpty()); // a fall is good news
  }

  @Test
  void theKpiThresholdOverridesTheReview() {
    Kpi k = withAlert(kpi("k", Rollup.SUM), 25);
    assertTrue(alerts(k, 100, 80).isEmpty()); // −20 %, threshold 25
    assertEquals(1, alerts(k, 100, 74).size()); // −26 %
    assertEquals(25.0, alerts(k, 100, 74).get(0).thresholdPct());
  }

  @Test
  void noAlertWhenPreviousIsZeroOrAWeekHasNoRows() {
    assertTrue(alerts(kpi("k", Rollup.SUM), 0, 5).isEmpty());
    Plan p =
        plan(
            List.of(kpi("k", Rollup.SUM)),
            List.of(objective("o1", "k", null, null, null, 2, "2027-01-01", "2027-12-31")),
            List.of());
    // W10 has no rows (the drop to nothing is not an alert), P has 100
    assertTrue(report(p, List.of(row("2027-03-01", "k", 100)), "2027-03-17").alerts().isEmpty());
  }

  @Test
  void thePartialCurrentWeekIsNotCompared() {
    Plan p =
        plan(
            List.of(kpi("k", Rollup.SUM)),
            List.of(objective("o1", "k", null, null, null, 2, "2027-01-01", "2027-12-31")),
            List.of());
    // W10 = 100, W09 = 100, the current week (W11, to Wednesday) only 5 so far: no alert
    List<ActualRow> rows =
        List.of(
            row("2027-03-01", "k", 100), row("2027-03-08", "k", 100), row("2027-03-15", "k", 5));
    assertTrue(report(p, rows, "2027-03-17").alerts().isEmpty());
    // on Sunday 2027-03-21 the week W11 is complete: 5 against 100 alerts
    List<AlertResult> a = report(p, rows, "2027-03-21").alerts();
    assertEquals(1, a.size());
    assertEquals("2027-W11", a.get(0).period().toString());
    assertEquals(-95.0, a.get(0).changePct(), E);
  }

  @Test
  void weeklyValuesFollowTheRollup() {
    // last: the latest row of each week; W09: 10 then 20 → 20; W10: 17 → −15 %
    Plan p =
        plan(
            List.of(kpi("k", Rollup.LAST)),
            List.of(objective("o1", "k", null, null, 1.0, 2, "2027-01-01", "2027-12-31")),
            List.of());
    List<ActualRow> rows =
        List.of(row("2027-03-01", "k", 10), row("2027-03-05", "k", 20), row("2027-03-09", "k", 17));
    List<AlertResult> a = report(p, rows, "2027-03-17").alerts();
    assertEquals(20.0, a.get(0).previous());
    assertEquals(-15.0, a.get(0).changePct(), E);
    // mean: W09 (10 + 20) / 2 = 15, W10 17: a rise, no alert
    Plan m = plan(List.of(kpi("k", Rollup.MEAN)), p.objectives(), List.of());
    assertTrue(report(m, rows, "2027-03-17").alerts().isEmpty());
    // sum at total scope rolls up finer rows: W09 60 + 40 = 100, W10 50 + 39 = 89 → −11 %
    Plan s = plan(List.of(kpi("k", Rollup.SUM)), p.objectives(), List.of());
    List<ActualRow> finer =
        List.of(
            row("2027-03-01", "k", 60, "a", "", ""),
            row("2027-03-01", "k", 40, "b", "", ""),
            row("2027-03-08", "k", 50, "a", "", ""),
            row("2027-03-08", "k", 39, "b", "", ""));
    assertEquals(-11.0, report(s, finer, "2027-03-17").alerts().get(0).changePct(), E);
  }

  @Test
  void trendHoldsTheLastEightCompleteWeeks() {
    Plan p =
        plan(
            List.of(kpi("k", Rollup.SUM)),
            List.of(objective("o1", "k", null, null, null, 2, "2027-01-01", "2027-12-31")),
            List.of());
    List<ActualRow> rows = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      rows.add(row(d("2027-01-04").plusWeeks(i).toString(), "k", i + 1)); // W01 = 1 … W11 = 11
    }
    TrendResult t = report(p, rows, "2027-03-17").trend().get(0);
    assertEquals("2027-W03", t.periods().get(0).toString());
    assertEquals("2027-W10", t.periods().get(7).toString());
    assertEquals(List.of(3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), t.values());
  }

  // ---------------------------------------------------------------- actions

  private static Plan actionPlan(
      double budget, ActionReview review, String start, ActionStatus status) {
    return plan(
        List.of(kpi("spend", Rollup.SUM), kpi("revenue", Rollup.SUM)),
        List.of(objective("o1", "revenue", null, null, null, 1000, "2027-01-01", "2027-12-31")),
        List.of(action("a1", "Bob", start, "2027-03-10", status, budget, review)));
  }

  private static final List<ActualRow> ACTION_ROWS =
      List.of(
          row(
              "2026-12-20",
              "spend",
              50,
              "",
              "",
              "a1"), // before the start: counts in spend to date only
          row("2027-01-05", "spend", 100, "", "", "a1"),
          row("2027-01-20", "spend", 100, "", "", "a1"),
          row("2027-01-21", "spend", 200, "", "", "a1"),
          row("2027-01-21", "revenue", 300, "", "", "a1"),
          row("2027-03-01", "spend", 100, "", "", "a1"),
          row("2027-03-01", "revenue", 150, "", "", "a1"),
          row("2027-03-01", "revenue", 999, "", "", ""), // not this action
          row("2027-03-20", "spend", 100, "", "", "a1")); // after D

  @Test
  void actionReviewOverItsWindow() {
    ActionResult a =
        report(actionPlan(1000, null, "2027-01-01", ActionStatus.ACTIVE), ACTION_ROWS, "2027-03-17")
            .actions()
            .get(0);
    // C = Sunday 2027-03-14; window = [max(2027-01-01, C − 55), C] = [Monday 2027-01-18,
    // 2027-03-14]: 8 whole weeks
    assertEquals(d("2027-01-18"), a.windowStart());
    assertEquals(d("2027-03-14"), a.windowEnd());
    assertEquals(400.0, a.spend()); // 100 + 200 + 100
    assertEquals(450.0, a.ret()); // 300 + 150
    assertEquals(1.125, a.roi(), E); // 450 / 400
    assertEquals(Decision.ADJUST_OR_STOP, a.decision()); // C − start + 1 = 73 ≥ 56; 1.125 < 1.5
    assertTrue(a.overdue()); // due 2027-03-10 < D, active
    assertEquals(550.0, a.spendToDate()); // every row up to C: 50 + 100 + 100 + 200 + 100
    assertEquals(0.55, a.burn(), E); // 550 / 1000
  }

  @Test
  void theActionReviewOverridesThePlanThresholds() {
    // min_roi 2: 1.5 < 2 → adjust or stop; window 4 weeks: [2027-02-15, C] → spend 100, return 150
    ActionResult a =
        report(
                actionPlan(1000, new ActionReview(2.0, 4), "2027-01-01", ActionStatus.ACTIVE),
                ACTION_ROWS,
                "2027-03-17")
            .actions()
            .get(0);
    assertEquals(d("2027-02-15"), a.windowStart());
    assertEquals(100.0, a.spend());
    assertEquals(150.0, a.ret());
    assertEquals(Decision.ADJUST_OR_STOP, a.decision());
  }

  @Test
  void tooEarlyToJudge() {
    // start Monday 2027-01-25: on Sunday 2027-03-21, C − start + 1 = 56 → judged over exactly 8
    // weeks
    // (spend 100 + 100, return 150: roi 0.75); on Saturday 2027-03-20, C = 2027-03-14 → 49 days,
    // too early
    Plan p = actionPlan(1000, null, "2027-01-25", ActionStatus.ACTIVE);
    ActionResult judged = report(p, ACTION_ROWS, "2027-03-21").actions().get(0);
    assertEquals(d("2027-01-25"), judged.windowStart());
    assertEquals(200.0, judged.spend());
    assertEquals(Decision.ADJUST_OR_STOP, judged.decision());
    assertEquals(
        Decision.TOO_EARLY, report(p, ACTION_ROWS, "2027-03-20").actions().get(0).decision());
  }

  @Test
  void anActionNotYetStartedHasNoReview() {
    Plan base = actionPlan(0, null, "2027-01-01", ActionStatus.PLANNED);
    Plan p =
        plan(
            base.kpis(),
            base.objectives(),
            List.of(
                action("a1", "Bob", "2027-03-20", "2027-04-30", ActionStatus.PLANNED, 0, null)));
    PlanReport r = report(p, ACTION_ROWS, "2027-03-17");
    assertTrue(r.actions().isEmpty()); // the action review covers actions with start ≤ D
    ActionResult a = r.notStarted().get(0);
    assertFalse(a.started());
    assertNull(a.spend());
    assertNull(a.roi());
    assertNull(a.decision());
    assertFalse(a.overdue());
    assertEquals(
        550.0,
        a.spendToDate()); // every spend row of the action dated ≤ D, even before its start: 50 +
    // 100 + 100 + 200 + 100
    assertNull(a.burn()); // budget 0
  }

  @Test
  void doneActionsAreNotOverdueAndNoDataComesFirst() {
    ActionResult a =
        report(actionPlan(500, null, "2027-01-01", ActionStatus.DONE), List.of(), "2027-03-17")
            .actions()
            .get(0);
    assertFalse(a.overdue());
    assertEquals(Decision.NO_DATA, a.decision());
    assertEquals(0.0, a.spendToDate());
    assertEquals(0.0, a.burn()); // 0 / 500
  }

  @Test
  void upcomingActionsAndAllocation() {
    Plan base = actionPlan(1000, null, "2027-01-01", ActionStatus.ACTIVE);
    Plan p =
        plan(
            base.kpis(),
            base.objectives(),
            List.of(
                action(
                    "a1",
                    "Bob",
                    "2027-03-18",
                    "2027-06-30",
                    ActionStatus.PLANNED,
                    300,
                    null), // starts tomorrow
                action(
                    "a2",
                    "Ann",
                    "2027-01-01",
                    "2027-03-31",
                    ActionStatus.ACTIVE,
                    200,
                    null), // due on day 14
                action(
                    "a3",
                    "Ann",
                    "2027-01-01",
                    "2027-04-01",
                    ActionStatus.ACTIVE,
                    100,
                    null), // due on day 15: not listed
                action(
                    "a4", "Ann", "2027-01-01", "2027-03-20", ActionStatus.DONE, 0, null)), // closed
            Review.DEFAULTS,
            1000.0);
    PlanReport r = report(p, List.of(), "2027-03-17");
    assertEquals(List.of("a1", "a2"), r.upcoming().stream().map(u -> u.action().id()).toList());
    assertEquals(600.0, r.allocated()); // 300 + 200 + 100 + 0
    assertEquals(400.0, r.unallocated()); // 1000 − 600
    Allocation byOwner = r.allocation().get(4);
    assertEquals(Allocation.By.OWNER, byOwner.by());
    // Ann holds 200 + 100 + 0 = 300, Bob 300: equal budgets and effort, so by name
    assertEquals(
        List.of("Ann", "Bob"), byOwner.shares().stream().map(Allocation.Share::key).toList());
    assertEquals(300.0, byOwner.shares().get(0).budget());
    // by objective: every action serves o1 only
    assertEquals(600.0, r.allocation().get(0).shares().get(0).budget());
  }

  @Test
  void ownerKeepsTheirObjectivesAndActions() {
    Plan base = actionPlan(1000, null, "2027-01-01", ActionStatus.ACTIVE);
    List<Objective> objectives =
        List.of(
            objective("o1", "revenue", null, null, null, 1000, "2027-01-01", "2027-12-31"),
            new Objective(
                "o2",
                "t",
                "spend",
                null,
                null,
                null,
                5.0,
                d("2027-01-01"),
                d("2027-12-31"),
                "Bob",
                null,
                List.of()));
    Plan p =
        plan(
            base.kpis(),
            objectives,
            List.of(
                action("a1", "Bob", "2027-01-01", "2027-06-30", ActionStatus.ACTIVE, 1, null),
                action("a2", "Ann", "2027-01-01", "2027-06-30", ActionStatus.ACTIVE, 1, null)));
    PlanReport r = new ReportBuilder(p, ActualRows.index(List.of()), d("2027-03-17")).build("bob");
    assertEquals(List.of("o2"), r.objectives().stream().map(o -> o.objective().id()).toList());
    assertEquals(List.of("a1"), r.actions().stream().map(a -> a.action().id()).toList());
    assertEquals(List.of("spend"), r.trend().stream().map(t -> t.kpi().id()).toList());
  }

  @Test
  void attentionListsEveryItemKindByKind() {
    // five KPIs all dropping 50 %, and an overdue action: the overdue action is not crowded out
    List<Kpi> kpis = new ArrayList<>();
    List<ActualRow> rows = new ArrayList<>();
    for (String k : List.of("k1", "k2", "k3", "k4", "k5")) {
      kpis.add(kpi(k, Rollup.SUM));
      rows.add(row("2027-03-01", k, 100));
      rows.add(row("2027-03-08", k, 50));
    }
    Plan p =
        plan(
            kpis,
            List.of(objective("o1", "k1", null, null, null, 10, "2027-01-01", "2027-12-31")),
            List.of(action("a1", "Bob", "2027-01-01", "2027-03-10", ActionStatus.ACTIVE, 0, null)));
    List<Attention> a = report(p, rows, "2027-03-17").attention();
    // every item is listed, alerts before overdue actions (text and Markdown open with the first
    // five)
    assertEquals(6, a.size());
    assertEquals(Attention.Kind.OVERDUE, a.get(5).kind());
    assertEquals("a1", a.get(5).id());
  }
}
