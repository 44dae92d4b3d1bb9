package dev.pac.report;

import dev.pac.history.ActionHistory;
import dev.pac.model.Action;
import java.time.LocalDate;

/**
 * An action's review as of the report date. The window is [windowStart, windowEnd], windowEnd being
 * the cut-off C of the spend KPI; both are null, with the decision no-data, when the action starts
 * after C. For an action not started by the report date ({@code started} false) the window, spend,
 * return, roi and decision are null; overdue, spend to date and burn are always computed. {@code
 * history} is what the plans' git history says of it as of the report date; {@code stale} whether
 * no commit changed its entry for more than {@code review.stale_days} while it runs; {@code
 * decisionPending} whether an adjust-or-stop advice has stood for a week with no commit answering
 * it.
 */
public record ActionResult(
    Action action,
    boolean started,
    LocalDate windowStart,
    LocalDate windowEnd,
    int windowWeeks,
    double minRoi,
    Double spend,
    Double ret,
    Double roi,
    Decision decision,
    boolean overdue,
    double spendToDate,
    Double burn,
    ActionHistory history,
    boolean stale,
    boolean decisionPending) {
  /** This result with its history facts. */
  ActionResult with(ActionHistory h, boolean isStale, boolean pending) {
    return new ActionResult(
        action,
        started,
        windowStart,
        windowEnd,
        windowWeeks,
        minRoi,
        spend,
        ret,
        roi,
        decision,
        overdue,
        spendToDate,
        burn,
        h,
        isStale,
        pending);
  }
}
