package dev.pac.report;

import dev.pac.history.ActionHistory;
import dev.pac.history.EntryHistories;
import dev.pac.model.Action;
import dev.pac.model.ActionReview;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The review of each action as of D: spend to date and burn, the ROI over its window ending at the
 * spend KPI's cut-off, the decision, and the history facts (stale, decision pending); and what
 * starts or falls due within {@link ReportBuilder#HORIZON_DAYS}.
 */
final class ActionFigures {
  private final Plan plan;
  private final ScopeValues values;
  private final LocalDate asOf;
  private final Review review;
  private final EntryHistories history;

  ActionFigures(Plan plan, ScopeValues values, LocalDate asOf, EntryHistories history) {
    this.plan = plan;
    this.values = values;
    this.asOf = asOf;
    this.review = plan.review();
    this.history = history;
  }

  /**
   * The action's review with its history facts: stale when no commit changed its entry for more
   * than {@code review.stale_days} while it runs; a decision pending when the review advised
   * adjust-or-stop at the cut-off C and at C − 7 days (the review with its window ending then) and
   * no commit dated after C − 7 and on or before D changed its entry or recorded a decision about
   * it.
   */
  ActionResult reviewed(Action a) {
    ActionResult r = action(a);
    ActionHistory h = history == null ? ActionHistory.NONE : history.action(plan.id(), a.id());
    boolean isStale = h.stale(a, asOf, review.staleDays());
    boolean pending = false;
    if (r.decision() == Decision.ADJUST_OR_STOP && h.lastChanged() != null) {
      LocalDate weekBefore = r.windowEnd().minusDays(7);
      ActionResult before = action(a, weekBefore);
      pending = before.decision() == Decision.ADJUST_OR_STOP && !h.touched(weekBefore, asOf);
    }
    return r.with(h, isStale, pending);
  }

  ActionResult action(Action a) {
    return action(a, GrainPeriod.cutOff(values.grain(review.spendKpi()), asOf));
  }

  /**
   * The action's review with its window ending at {@code c}, the spend KPI's cut-off (or a week
   * before it).
   */
  private ActionResult action(Action a, LocalDate c) {
    ActionReview own = a.review();
    int weeks = own != null && own.windowWeeks() != null ? own.windowWeeks() : review.windowWeeks();
    double minRoi = own != null && own.minRoi() != null ? own.minRoi() : review.minRoi();
    Scope scope = Scope.ofAction(a.id());
    double spendToDate =
        Arithmetic.zero(values.series(review.spendKpi(), scope, LocalDate.MIN, c).total);
    double budget = a.budget() == null ? 0 : a.budget();
    boolean overdue = a.due().isBefore(asOf) && !a.closed();
    Double burn = Arithmetic.burn(spendToDate, budget);
    if (a.start().isAfter(asOf)) {
      return new ActionResult(
          a,
          false,
          null,
          null,
          weeks,
          minRoi,
          null,
          null,
          null,
          null,
          overdue,
          spendToDate,
          burn,
          ActionHistory.NONE,
          false,
          false);
    }
    if (a.start().isAfter(c)) {
      return new ActionResult(
          a,
          true,
          null,
          null,
          weeks,
          minRoi,
          null,
          null,
          null,
          Decision.NO_DATA,
          overdue,
          spendToDate,
          burn,
          ActionHistory.NONE,
          false,
          false);
    }
    LocalDate from = Arithmetic.windowStart(a.start(), c, weeks);
    double spend = Arithmetic.zero(values.series(review.spendKpi(), scope, from, c).total);
    double ret = Arithmetic.zero(values.series(review.returnKpi(), scope, from, c).total);
    return new ActionResult(
        a,
        true,
        from,
        c,
        weeks,
        minRoi,
        spend,
        ret,
        Arithmetic.roi(spend, ret),
        Arithmetic.decision(a.start(), c, weeks, spend, ret, minRoi),
        overdue,
        spendToDate,
        burn,
        ActionHistory.NONE,
        false,
        false);
  }

  List<Upcoming> upcoming(List<Action> actions) {
    List<Upcoming> out = new ArrayList<>();
    LocalDate until = asOf.plusDays(ReportBuilder.HORIZON_DAYS);
    for (Action a : actions) {
      if (a.closed()) {
        continue;
      }
      if (a.start().isAfter(asOf) && !a.start().isAfter(until)) {
        out.add(new Upcoming(a, Upcoming.Kind.STARTS, a.start()));
      }
      if (!a.due().isBefore(asOf) && !a.due().isAfter(until)) {
        out.add(new Upcoming(a, Upcoming.Kind.DUE, a.due()));
      }
    }
    out.sort(
        Comparator.comparing(Upcoming::date)
            .thenComparing(u -> u.action().id())
            .thenComparing(Upcoming::kind));
    return out;
  }
}
