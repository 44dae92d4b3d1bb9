package dev.pac.report;

import dev.pac.model.Plan;
import java.time.LocalDate;
import java.util.List;

/**
 * The stand-up report of one plan as of a date. {@code owner} is the {@code --owner} filter (null for
 * all); {@code week} the last complete ISO week (alerts compare it with the week before).
 * {@code actions} holds the action review of the actions started by the date (start ≤ date), as the spec
 * defines it; {@code notStarted} the others (no review; overdue, spend to date and burn still computed).
 * {@code unallocated} is the plan budget minus every action's budget (null without a plan budget).
 */
public record PlanReport(
    Plan plan, LocalDate asOf, String owner, IsoWeek week,
    List<ObjectiveResult> objectives, List<AlertResult> alerts, List<ActionResult> actions, List<ActionResult> notStarted,
    List<Upcoming> upcoming, List<TrendResult> trend, List<Allocation> allocation,
    double allocated, Double unallocated, double spendToDate, List<Attention> attention) {
  public PlanReport {
    objectives = List.copyOf(objectives);
    alerts = List.copyOf(alerts);
    actions = List.copyOf(actions);
    notStarted = List.copyOf(notStarted);
    upcoming = List.copyOf(upcoming);
    trend = List.copyOf(trend);
    allocation = List.copyOf(allocation);
    attention = List.copyOf(attention);
  }
}
