package dev.pac.report;

import static dev.pac.report.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Better;
import dev.pac.model.Grain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each formula of "Report arithmetic" with numbers worked by hand. */
class ArithmeticTest {
  private static final double E = 1e-12;

  @Test
  void positionCountsDaysAtTheEndOfEachDay() {
    // x(d) = d − start + 1: the start day itself is position 1, the day before is 0.
    assertEquals(1, Arithmetic.position(d("2027-01-01"), d("2027-01-01")));
    assertEquals(0, Arithmetic.position(d("2027-01-01"), d("2026-12-31")));
    // 2027-01-01 .. 2027-12-31 is 365 days.
    assertEquals(365, Arithmetic.position(d("2027-01-01"), d("2027-12-31")));
    // Jan 31 + Feb 28 + 17 = 76
    assertEquals(76, Arithmetic.position(d("2027-01-01"), d("2027-03-17")));
  }

  @Test
  void elapsedIsClampedToZeroAndOne() {
    assertEquals(0.0, Arithmetic.elapsed(-5, 10));
    assertEquals(0.0, Arithmetic.elapsed(0, 10));
    assertEquals(0.3, Arithmetic.elapsed(3, 10), E); // 3/10
    assertEquals(1.0, Arithmetic.elapsed(14, 10)); // after the deadline
  }

  @Test
  void expectedIsPiecewiseLinearThroughTheMilestones() {
    // (0, 0), (90, 120000), (181, 270000), (365, 600000)
    List<Long> xs = List.of(0L, 90L, 181L, 365L);
    List<Double> vs = List.of(0.0, 120000.0, 270000.0, 600000.0);
    // x = 76: 0 + 120000 × 76 / 90 = 101333.333…
    assertEquals(101333.33333333333, Arithmetic.expected(xs, vs, 76), 1e-6);
    // exactly on a milestone: its value
    assertEquals(120000.0, Arithmetic.expected(xs, vs, 90));
    // x = 100: 120000 + 150000 × 10 / 91 = 136483.516…
    assertEquals(120000 + 150000.0 * 10 / 91, Arithmetic.expected(xs, vs, 100), 1e-6);
    // before the start: clamped to 0 → s₀; after the deadline: clamped → target
    assertEquals(0.0, Arithmetic.expected(xs, vs, -20));
    assertEquals(600000.0, Arithmetic.expected(xs, vs, 400));
  }

  @Test
  void expectedStartsFromTheBaselineForLevelKpis() {
    // (0, 60) → (275, 45): at x = 110, 60 − 15 × 110/275 = 54
    assertEquals(54.0, Arithmetic.expected(List.of(0L, 275L), List.of(60.0, 45.0), 110), E);
  }

  @Test
  void varianceAndItsPercentage() {
    // 106000 − 100000 = 6000; 100 × 6000 / 100000 = 6 %
    assertEquals(6000.0, Arithmetic.variance(106000.0, 100000));
    assertEquals(6.0, Arithmetic.variancePct(6000.0, 100000), E);
    // |expected| for a negative expected: 100 × (−5 − (−10)) / 10 = 50
    assertEquals(50.0, Arithmetic.variancePct(Arithmetic.variance(-5.0, -10), -10), E);
    assertNull(Arithmetic.variancePct(3.0, 0));
    assertNull(Arithmetic.variance(null, 5));
    assertNull(Arithmetic.variancePct(null, 5));
  }

  @Test
  void attainment() {
    // sum: 150 / 600 = 0.25
    assertEquals(0.25, Arithmetic.attainment(true, 150.0, null, 600), E);
    // level: (0.233 − 0.2) / (0.3 − 0.2) = 0.33
    assertEquals(0.33, Arithmetic.attainment(false, 0.233, 0.2, 0.3), 1e-9);
    // lower is better: (54 − 60) / (45 − 60) = 0.4
    assertEquals(0.4, Arithmetic.attainment(false, 54.0, 60.0, 45), E);
    // worse than the baseline: (63 − 60) / (45 − 60) = −0.2
    assertEquals(-0.2, Arithmetic.attainment(false, 63.0, 60.0, 45), E);
    assertNull(Arithmetic.attainment(true, 5.0, null, 0));
    assertNull(Arithmetic.attainment(false, 5.0, 7.0, 7));
    assertNull(Arithmetic.attainment(true, null, null, 10));
  }

  @Test
  void paceAndProjection() {
    // pace = 0.25 / 0.5 = 0.5
    assertEquals(0.5, Arithmetic.pace(0.25, 0.5), E);
    assertNull(Arithmetic.pace(0.25, 0));
    // sum: 150 / 0.25 = 600
    assertEquals(600.0, Arithmetic.projection(true, 150.0, null, 0.25), E);
    // level: 60 + (54 − 60) / 0.4 = 45
    assertEquals(45.0, Arithmetic.projection(false, 54.0, 60.0, 0.4), E);
    assertNull(Arithmetic.projection(true, 150.0, null, 0));
    assertNull(Arithmetic.projection(true, null, null, 0.5));
  }

  @Test
  void statusBoundaries() {
    // on_track 0.95, at_risk 0.8; t = 1 so pace = attainment = actual / 100
    assertEquals(Status.ON_TRACK, status(95)); // 95/100 = 0.95: exactly on track
    assertEquals(Status.AT_RISK, status(94.99)); // 0.9499 just below
    assertEquals(Status.AT_RISK, status(80)); // 0.8: exactly at risk
    assertEquals(Status.OFF_TRACK, status(79.99)); // 0.7999
    assertEquals(Status.ACHIEVED, status(100)); // attainment 1
    assertEquals(Status.ACHIEVED, status(130));
    assertEquals(
        Status.NOT_STARTED,
        Arithmetic.status(true, false, false, null, null, null, null, 100, 0.95, 0.8));
    assertEquals(
        Status.NO_DATA,
        Arithmetic.status(false, false, false, null, null, null, null, 100, 0.95, 0.8));
    // an actual whose attainment is undefined (target = baseline) is no-data too
    assertEquals(
        Status.NO_DATA,
        Arithmetic.status(false, false, false, 5.0, null, null, null, 100, 0.95, 0.8));
  }

  private static Status status(double actual) {
    Double att = Arithmetic.attainment(true, actual, null, 100);
    return Arithmetic.status(
        false,
        false,
        false,
        actual,
        att,
        Arithmetic.pace(att, 1.0),
        Arithmetic.projection(true, actual, null, 1.0),
        100,
        0.95,
        0.8);
  }

  @Test
  void onceTheWindowIsOverAnObjectiveIsAchievedOrMissed() {
    // attainment 0.995 at the deadline: missed, however good the pace was
    assertEquals(
        Status.MISSED,
        Arithmetic.status(false, true, false, 995.0, 0.995, 0.995, 995.0, 1000, 0.95, 0.8));
    assertEquals(
        Status.ACHIEVED,
        Arithmetic.status(false, true, false, 1000.0, 1.0, 1.0, 1000.0, 1000, 0.95, 0.8));
    // a ceiling is achieved when the actual stayed at or under it
    assertEquals(
        Status.ACHIEVED,
        Arithmetic.status(false, true, true, 10000.0, 1.0, 1.0, 10000.0, 10000, 0.95, 0.8));
    assertEquals(
        Status.MISSED,
        Arithmetic.status(false, true, true, 10000.01, 1.000001, 1.0, 10000.01, 10000, 0.95, 0.8));
  }

  @Test
  void aCeilingIsJudgedByItsProjection() {
    // spend cap 10,000; at_risk 0.8 so at-risk up to 10,000 / 0.8 = 12,500 projected
    assertEquals(Status.OFF_TRACK, ceiling(10000.5, 10000.5)); // already over
    assertEquals(Status.ON_TRACK, ceiling(2000, 10000)); // projects exactly to the cap
    assertEquals(Status.AT_RISK, ceiling(2000, 10000.01));
    assertEquals(Status.AT_RISK, ceiling(2500, 12500)); // exactly cap / at_risk
    assertEquals(Status.OFF_TRACK, ceiling(2500, 12500.01));
    // day one at 5x the expected spend: actual 500 after 1 of 100 days projects to 50,000
    assertEquals(Status.OFF_TRACK, ceiling(500, 500 / 0.01));
  }

  private static Status ceiling(double actual, double projection) {
    return Arithmetic.status(
        false, false, true, actual, actual / 10000, 1.0, projection, 10000, 0.95, 0.8);
  }

  @Test
  void changeAndAlertThresholds() {
    // 100 × (90 − 100) / |100| = −10: exactly the threshold, no alert
    double c = Arithmetic.changePct(100, 90);
    assertEquals(-10.0, c);
    assertFalse(Arithmetic.alert(Better.HIGHER, c, 10));
    // 100 × (89.99 − 100) / 100 = −10.01: alert
    assertTrue(Arithmetic.alert(Better.HIGHER, Arithmetic.changePct(100, 89.99), 10));
    // a rise never alerts a higher-is-better KPI
    assertFalse(Arithmetic.alert(Better.HIGHER, Arithmetic.changePct(100, 200), 10));
    // lower is better: +10 exactly is no alert, +10.01 is
    assertFalse(Arithmetic.alert(Better.LOWER, Arithmetic.changePct(100, 110), 10));
    assertTrue(Arithmetic.alert(Better.LOWER, Arithmetic.changePct(100, 110.01), 10));
    assertFalse(Arithmetic.alert(Better.LOWER, Arithmetic.changePct(100, 50), 10));
    // negative previous: 100 × (−30 − (−20)) / |−20| = −50
    assertEquals(-50.0, Arithmetic.changePct(-20, -30), E);
    assertNull(Arithmetic.changePct(0, 5));
  }

  @Test
  void reviewWindow() {
    // C − 7·8 + 1 = 2027-03-28 − 55 days = 2027-02-01, a Monday: exactly 8 weeks
    assertEquals(d("2027-02-01"), Arithmetic.windowStart(d("2027-01-04"), d("2027-03-28"), 8));
    // a later start wins
    assertEquals(d("2027-02-10"), Arithmetic.windowStart(d("2027-02-10"), d("2027-03-28"), 8));
    // window_weeks 1: C − 6
    assertEquals(d("2027-03-22"), Arithmetic.windowStart(d("2027-01-01"), d("2027-03-28"), 1));
  }

  @Test
  void roiAndDecision() {
    assertEquals(2.5, Arithmetic.roi(400, 1000), E); // 1000 / 400
    assertNull(Arithmetic.roi(0, 1000));
    // a refund (negative spend) has no roi, and never a negative zero
    assertNull(Arithmetic.roi(-100, 0));
    assertEquals("0.0", String.valueOf(Arithmetic.roi(100, -0.0)));
    assertEquals(
        Decision.CONTINUE, Arithmetic.decision(d("2027-01-01"), d("2027-02-25"), 8, -100, 0, 1.5));
    // started 2027-01-01, D 2027-02-25: D − start + 1 = 56 = 7 × 8: old enough
    assertEquals(
        Decision.NO_DATA, Arithmetic.decision(d("2027-01-01"), d("2027-02-25"), 8, 0, 0, 1.5));
    assertEquals(
        Decision.CONTINUE,
        Arithmetic.decision(d("2027-01-01"), d("2027-02-25"), 8, 400, 600, 1.5)); // 1.5 ≥ 1.5
    assertEquals(
        Decision.ADJUST_OR_STOP,
        Arithmetic.decision(d("2027-01-01"), d("2027-02-25"), 8, 400, 599.99, 1.5));
    assertEquals(
        Decision.CONTINUE,
        Arithmetic.decision(d("2027-01-01"), d("2027-02-25"), 8, 0, 50, 1.5)); // spend 0
    // D 2027-02-24: 55 < 56 → too early, whatever the roi
    assertEquals(
        Decision.TOO_EARLY, Arithmetic.decision(d("2027-01-01"), d("2027-02-24"), 8, 400, 0, 1.5));
    // but no data comes first
    assertEquals(
        Decision.NO_DATA, Arithmetic.decision(d("2027-01-01"), d("2027-02-24"), 8, 0, 0, 1.5));
  }

  @Test
  void burn() {
    assertEquals(0.44, Arithmetic.burn(8800, 20000), E); // 8800 / 20000
    assertNull(Arithmetic.burn(500, 0));
    assertNull(Arithmetic.burn(0, 0));
  }

  @Test
  void periodsOfEachGrain() {
    // 2027-03-17 is a Wednesday: the last complete week is 2027-03-08..14, W10
    GrainPeriod w = GrainPeriod.lastComplete(Grain.WEEK, d("2027-03-17"));
    assertEquals(d("2027-03-08"), w.start());
    assertEquals(d("2027-03-14"), w.end());
    assertEquals("2027-W10", w.toString());
    // a Sunday's own week is complete; a Monday's is not
    assertEquals("2027-W10", GrainPeriod.lastComplete(Grain.WEEK, d("2027-03-14")).toString());
    assertEquals("2027-W10", GrainPeriod.lastComplete(Grain.WEEK, d("2027-03-15")).toString());
    // week-based year: 2027-01-03 (a Sunday) is in 2026-W53
    assertEquals("2026-W53", GrainPeriod.containing(Grain.WEEK, d("2027-01-03")).toString());
    assertEquals(
        "2027-W01", GrainPeriod.containing(Grain.WEEK, d("2027-01-03")).plus(1).toString());
    // months: the cut-off is the month's last day, or the last day of the month before
    assertEquals(d("2027-02-28"), GrainPeriod.cutOff(Grain.MONTH, d("2027-03-30")));
    assertEquals(d("2027-03-31"), GrainPeriod.cutOff(Grain.MONTH, d("2027-03-31")));
    assertEquals(d("2028-02-29"), GrainPeriod.containing(Grain.MONTH, d("2028-02-10")).end());
    assertEquals("2027-02", GrainPeriod.lastComplete(Grain.MONTH, d("2027-03-30")).toString());
    // a day is its own period
    assertEquals(d("2027-03-17"), GrainPeriod.cutOff(Grain.DAY, d("2027-03-17")));
    // the Monday stand-up speaks of the week that ended the day before
    assertEquals(d("2027-03-28"), GrainPeriod.cutOff(Grain.WEEK, d("2027-03-29")));
    // ordinals count periods: W10 to W12 is 2, across a year end too
    assertEquals(
        2,
        GrainPeriod.containing(Grain.WEEK, d("2027-03-22")).ordinal()
            - GrainPeriod.containing(Grain.WEEK, d("2027-03-08")).ordinal());
    assertEquals(
        1,
        GrainPeriod.containing(Grain.WEEK, d("2027-01-04")).ordinal()
            - GrainPeriod.containing(Grain.WEEK, d("2026-12-28")).ordinal());
    assertEquals(
        3,
        GrainPeriod.containing(Grain.MONTH, d("2027-02-01")).ordinal()
            - GrainPeriod.containing(Grain.MONTH, d("2026-11-30")).ordinal());
  }
}
