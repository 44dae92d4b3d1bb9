package dev.pac.report;

import static dev.pac.report.Fixtures.action;
import static dev.pac.report.Fixtures.d;
import static dev.pac.report.Fixtures.kpi;
import static dev.pac.report.Fixtures.objective;
import static dev.pac.report.Fixtures.plan;
import static dev.pac.report.Fixtures.report;
import static dev.pac.report.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Action;
import dev.pac.model.ActionStatus;
import dev.pac.model.ActionType;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Rollup;
import dev.pac.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Monday stand-up, stale KPIs, the notes on ignored rows, refunds and owners, with hand-worked
 * numbers.
 */
class CutOffAndFreshnessTest {
  private static Kpi monthly(String id) {
    return new Kpi(
        id, id, Unit.COUNT, Better.HIGHER, Rollup.SUM, null, null, Grain.MONTH, null, null);
  }

  @Test
  void aMondayReportSpeaksOfTheWeekThatEndedTheDayBefore() {
    // mql from Monday 2027-03-01; target 1200 by 2027-06-27 (x = 119); rows each Monday of 100
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 1190, "2027-03-01", "2027-06-27")),
            List.of());
    List<ActualRow> rows = new ArrayList<>();
    for (String date :
        List.of("2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-29")) {
      rows.add(row(date, "mql", 100));
    }
    // Monday 2027-03-29: the row dated that day is the new week's; E = Sunday 2027-03-28, x = 28
    ObjectiveResult o = report(p, rows, "2027-03-29").objectives().get(0);
    assertEquals(d("2027-03-28"), o.through());
    assertEquals(400.0, o.actual());
    assertEquals(280.0, o.expected(), 1e-9); // 1190 × 28 / 119
    // the Sunday before gives the same figures
    assertEquals(400.0, report(p, rows, "2027-03-28").objectives().get(0).actual());
    // and a week later the row counts
    assertEquals(500.0, report(p, rows, "2027-04-05").objectives().get(0).actual());
  }

  @Test
  void aMonthlyKpiWaitsForTheEndOfTheMonth() {
    Plan p =
        plan(
            List.of(monthly("deals")),
            List.of(objective("o1", "deals", null, null, null, 100, "2027-01-01", "2027-12-31")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-01-01", "deals", 10),
            row("2027-02-01", "deals", 12),
            row("2027-03-01", "deals", 9));
    PlanReport r = report(p, rows, "2027-03-30");
    assertEquals(d("2027-02-28"), r.objectives().get(0).through());
    assertEquals(22.0, r.objectives().get(0).actual());
    // the trend and the alert speak of months
    TrendResult t = r.trend().get(0);
    assertEquals("2027-02", t.periods().get(7).toString());
    assertEquals(12.0, t.values().get(7));
    assertEquals(10.0, t.values().get(6));
    assertEquals(d("2027-03-31"), report(p, rows, "2027-03-31").objectives().get(0).through());
  }

  @Test
  void aMonthlyAlertComparesMonths() {
    Plan p =
        plan(
            List.of(monthly("deals")),
            List.of(objective("o1", "deals", null, null, null, 100, "2027-01-01", "2027-12-31")),
            List.of());
    // February 12 → March 9: 100 × (9 − 12) / 12 = −25 %
    AlertResult a =
        report(
                p,
                List.of(row("2027-02-01", "deals", 12), row("2027-03-01", "deals", 9)),
                "2027-04-02")
            .alerts()
            .get(0);
    assertEquals("2027-03", a.period().toString());
    assertEquals(-25.0, a.changePct(), 1e-9);
  }

  @Test
  void aDayKpiComparesIsoWeeks() {
    Kpi calls =
        new Kpi(
            "calls",
            "calls",
            Unit.COUNT,
            Better.HIGHER,
            Rollup.SUM,
            null,
            null,
            Grain.DAY,
            null,
            null);
    Plan p =
        plan(
            List.of(calls),
            List.of(objective("o1", "calls", null, null, null, 1000, "2027-03-01", "2027-12-31")),
            List.of());
    // W11 (15–21 March): 10 + 10 = 20; W12 (22–28 March): 5 + 2 = 7 → −65 %; D Wednesday 2027-03-31
    List<ActualRow> rows =
        List.of(
            row("2027-03-15", "calls", 10),
            row("2027-03-21", "calls", 10),
            row("2027-03-22", "calls", 5),
            row("2027-03-28", "calls", 2),
            row("2027-03-30", "calls", 50));
    PlanReport r = report(p, rows, "2027-03-31");
    assertEquals("2027-W12", r.alerts().get(0).period().toString());
    assertEquals(-65.0, r.alerts().get(0).changePct(), 1e-9);
    // the objective counts every day up to D: 10 + 10 + 5 + 2 + 50
    assertEquals(77.0, r.objectives().get(0).actual());
  }

  @Test
  void aKpiWithoutRowsInItsLatestPeriodsIsStale() {
    Plan p =
        plan(
            List.of(kpi("revenue", Rollup.SUM), kpi("mql", Rollup.SUM), kpi("never", Rollup.SUM)),
            List.of(
                objective("o1", "revenue", null, null, null, 1000, "2027-01-04", "2027-12-31"),
                objective("o2", "mql", null, null, null, 1000, "2027-01-04", "2027-12-31")),
            List.of());
    // revenue stops in W10 (8–14 March); mql has W12; as of Monday 2027-03-29 (C = W12's Sunday)
    PlanReport r =
        report(
            p, List.of(row("2027-03-09", "revenue", 5), row("2027-03-23", "mql", 5)), "2027-03-29");
    assertEquals(1, r.stale().size());
    StaleKpi s = r.stale().get(0);
    assertEquals("revenue", s.kpi().id());
    assertEquals("2027-W10", s.latest().toString());
    assertEquals("2027-W12", s.through().toString());
    assertEquals(2, s.missing());
    assertTrue(r.objectives().get(0).stale());
    assertFalse(r.objectives().get(1).stale());
    assertEquals(Attention.Kind.STALE, r.attention().get(0).kind());
    assertEquals("revenue", r.attention().get(0).id());
  }

  @Test
  void aRatioIsStaleThroughItsParts() {
    Plan p =
        plan(
            List.of(
                Fixtures.ratio("rate", "won", "opps"),
                kpi("won", Rollup.SUM),
                kpi("opps", Rollup.SUM)),
            List.of(objective("o1", "rate", null, null, 0.2, 0.3, "2027-01-04", "2027-12-31")),
            List.of());
    PlanReport r =
        report(p, List.of(row("2027-03-23", "won", 1), row("2027-03-02", "opps", 5)), "2027-03-29");
    assertEquals(List.of("opps"), r.stale().stream().map(x -> x.kpi().id()).toList());
    assertEquals(3, r.stale().get(0).missing()); // W09 to W12
    assertTrue(r.objectives().get(0).stale());
  }

  @Test
  void ignoredRowsAreCounted() {
    Plan p =
        plan(
            List.of(
                Fixtures.ratio("rate", "won", "opps"),
                kpi("won", Rollup.SUM),
                kpi("opps", Rollup.SUM)),
            List.of(objective("o1", "rate", null, null, 0.2, 0.3, "2027-01-04", "2027-12-31")),
            List.of());
    List<ActualRow> rows =
        List.of(
            row("2027-03-02", "rate", 0.4),
            row("2027-03-03", "rate", 0.5),
            row("2027-03-02", "calls", 7),
            row("2027-03-02", "won", 1),
            row("2027-03-02", "opps", 4));
    PlanReport r =
        new ReportBuilder(p, ActualRows.index(rows), d("2027-03-08"), Set.of("rate", "won", "opps"))
            .build(null);
    assertEquals(
        List.of(
            new IgnoredRows(IgnoredRows.Kind.RATIO_OWN_ID, List.of("rate"), 2),
            new IgnoredRows(IgnoredRows.Kind.UNKNOWN_KPI, List.of("calls"), 1)),
        r.ignored().subList(0, 2));
    // the ratio is 1 / 4, whatever the rows under its own id say
    assertEquals(0.25, r.objectives().get(0).actual());
  }

  @Test
  void reviewKpisThePlanDoesNotDefineAreSaid() {
    // the review reads spend and revenue by default; this plan defines neither
    Plan p =
        plan(
            List.of(kpi("mql", Rollup.SUM)),
            List.of(objective("o1", "mql", null, null, null, 10, "2027-01-04", "2027-12-31")),
            List.of());
    assertEquals(
        List.of(
            new IgnoredRows(IgnoredRows.Kind.UNDEFINED_REVIEW_KPI, List.of("spend", "revenue"), 0)),
        report(p, List.of(), "2027-03-29").ignored());
  }

  @Test
  void aRefundIsNoReasonToStop() {
    Plan p =
        plan(
            List.of(kpi("spend", Rollup.SUM), kpi("revenue", Rollup.SUM)),
            List.of(objective("o1", "revenue", null, null, null, 1000, "2027-01-04", "2027-12-31")),
            List.of(action("a1", "Bob", "2027-01-04", "2027-03-10", ActionStatus.DONE, 500, null)));
    ActionResult a =
        report(p, List.of(row("2027-03-02", "spend", -200, "", "", "a1")), "2027-03-29")
            .actions()
            .get(0);
    assertEquals(-200.0, a.spend());
    assertNull(a.roi());
    assertEquals(Decision.CONTINUE, a.decision());
  }

  @Test
  void anActionStartingAfterTheCutOffHasNoWindowYet() {
    Plan p =
        plan(
            List.of(kpi("spend", Rollup.SUM), kpi("revenue", Rollup.SUM)),
            List.of(objective("o1", "revenue", null, null, null, 1000, "2027-01-04", "2027-12-31")),
            List.of(
                action("a1", "Bob", "2027-03-29", "2027-04-30", ActionStatus.ACTIVE, 500, null)));
    ActionResult a =
        report(p, List.of(row("2027-03-29", "spend", 100, "", "", "a1")), "2027-03-29")
            .actions()
            .get(0);
    assertNull(a.windowStart());
    assertNull(a.windowEnd());
    assertEquals(Decision.NO_DATA, a.decision());
    assertEquals(0.0, a.spendToDate()); // the row of the new week waits for next week's report
  }

  @Test
  void ownersMatchByNameWhateverTheirRoleOrCase() {
    assertTrue(Owners.same("Sofia Reyes", "Sofia Reyes (Demand generation)"));
    assertTrue(Owners.same(" CLAIRE MARTIN ", "Claire Martin"));
    assertFalse(Owners.same("Claire", "Claire Martin"));
    List<Objective> objectives =
        List.of(
            new Objective(
                "o1",
                "t t t t",
                "mql",
                null,
                null,
                null,
                10.0,
                d("2027-01-04"),
                d("2027-12-31"),
                "Sofia Reyes (Demand generation)",
                null,
                List.of()));
    List<Action> actions =
        List.of(
            new Action(
                "a1",
                "t",
                List.of("o1"),
                ActionType.PROMOTION,
                null,
                null,
                "Claire Martin",
                d("2027-01-04"),
                d("2027-06-30"),
                ActionStatus.ACTIVE,
                100.0,
                null,
                List.of(),
                null,
                null),
            new Action(
                "a2",
                "t",
                List.of("o1"),
                ActionType.PROMOTION,
                null,
                null,
                "CLAIRE MARTIN (Sales)",
                d("2027-01-04"),
                d("2027-06-30"),
                ActionStatus.ACTIVE,
                50.0,
                null,
                List.of(),
                null,
                null));
    Plan p = plan(List.of(kpi("mql", Rollup.SUM)), objectives, actions);
    PlanReport r =
        new ReportBuilder(p, ActualRows.index(List.of()), d("2027-03-29")).build("sofia reyes");
    assertEquals(List.of("o1"), r.objectives().stream().map(o -> o.objective().id()).toList());
    // by owner: one entry for Claire, 100 + 50
    Allocation byOwner = report(p, List.of(), "2027-03-29").allocation().get(4);
    assertEquals(List.of(new Allocation.Share("Claire Martin", 150.0, 0.0)), byOwner.shares());
  }
}
