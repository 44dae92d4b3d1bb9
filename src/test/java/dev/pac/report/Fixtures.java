package dev.pac.report;

import dev.pac.model.Action;
import dev.pac.model.ActionReview;
import dev.pac.model.ActionStatus;
import dev.pac.model.ActionType;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Period;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import dev.pac.model.Unit;
import java.time.LocalDate;
import java.util.List;

/** Small plans and stores built in code for the report tests. */
final class Fixtures {
  private Fixtures() {}

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static Kpi kpi(String id, Rollup rollup) {
    return new Kpi(id, id, Unit.COUNT, Better.HIGHER, rollup, null, null, Grain.WEEK, null, null);
  }

  static Kpi lower(String id, Rollup rollup) {
    return new Kpi(id, id, Unit.COUNT, Better.LOWER, rollup, null, null, Grain.WEEK, null, null);
  }

  static Kpi ratio(String id, String num, String den) {
    return new Kpi(
        id, id, Unit.RATIO, Better.HIGHER, Rollup.RATIO, num, den, Grain.WEEK, null, null);
  }

  static Kpi withAlert(Kpi k, double pct) {
    return new Kpi(
        k.id(),
        k.name(),
        k.unit(),
        k.better(),
        k.rollup(),
        k.numerator(),
        k.denominator(),
        k.grain(),
        pct,
        null);
  }

  static Objective objective(
      String id,
      String kpi,
      String segment,
      String channel,
      Double baseline,
      double target,
      String start,
      String deadline,
      Milestone... milestones) {
    return new Objective(
        id,
        id + " objective title here",
        kpi,
        segment,
        channel,
        baseline,
        target,
        d(start),
        d(deadline),
        "Ann",
        null,
        List.of(milestones));
  }

  static Milestone milestone(String date, double value) {
    return new Milestone(d(date), value);
  }

  static Action action(
      String id,
      String owner,
      String start,
      String due,
      ActionStatus status,
      double budget,
      ActionReview review) {
    return new Action(
        id,
        id + " title",
        List.of("o1"),
        ActionType.PROMOTION,
        null,
        null,
        owner,
        d(start),
        d(due),
        status,
        budget,
        null,
        List.of(),
        review,
        null);
  }

  static Plan plan(List<Kpi> kpis, List<Objective> objectives, List<Action> actions) {
    return plan(kpis, objectives, actions, Review.DEFAULTS, null);
  }

  static Plan plan(
      List<Kpi> kpis,
      List<Objective> objectives,
      List<Action> actions,
      Review review,
      Double budget) {
    List<Action> acts =
        actions.isEmpty()
            ? List.of(
                action("a0", "Ann", "2027-01-01", "2027-12-31", ActionStatus.PLANNED, 0, null))
            : actions;
    return new Plan(
        1,
        "p",
        "P",
        "Ann",
        new Period(d("2027-01-01"), d("2027-12-31")),
        "EUR",
        budget,
        null,
        kpis,
        List.of(),
        List.of(),
        null,
        objectives,
        acts,
        review);
  }

  static ActualRow row(String date, String kpi, double value) {
    return new ActualRow(d(date), kpi, value, "", "", "");
  }

  static ActualRow row(
      String date, String kpi, double value, String segment, String channel, String action) {
    return new ActualRow(d(date), kpi, value, segment, channel, action);
  }

  static PlanReport report(Plan plan, List<ActualRow> rows, String asOf) {
    return new ReportBuilder(plan, ActualRows.index(rows), d(asOf)).build(null);
  }
}
