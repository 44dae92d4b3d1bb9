package dev.pac.report;

import dev.pac.model.Grain;
import dev.pac.model.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The stand-up report of one plan as of a date. {@code owner} is the {@code --owner} filter (null
 * for all); {@code cutOffs} the cut-off of each grain the plan's KPIs use (the last day of the last
 * complete period). {@code actions} holds the action review of the actions started by the date;
 * {@code notStarted} the others. {@code attention} lists every item that needs attention, in order.
 * {@code unallocated} is the plan budget minus every action's budget (null without a plan budget).
 */
public record PlanReport(
    Plan plan,
    LocalDate asOf,
    String owner,
    Map<Grain, LocalDate> cutOffs,
    List<ObjectiveResult> objectives,
    List<AlertResult> alerts,
    List<StaleKpi> stale,
    List<ActionResult> actions,
    List<ActionResult> notStarted,
    List<Upcoming> upcoming,
    List<TrendResult> trend,
    List<Allocation> allocation,
    double allocated,
    Double unallocated,
    double spendToDate,
    List<Attention> attention,
    List<IgnoredRows> ignored) {
  public PlanReport {
    cutOffs = Map.copyOf(cutOffs);
    objectives = List.copyOf(objectives);
    alerts = List.copyOf(alerts);
    stale = List.copyOf(stale);
    actions = List.copyOf(actions);
    notStarted = List.copyOf(notStarted);
    upcoming = List.copyOf(upcoming);
    trend = List.copyOf(trend);
    allocation = List.copyOf(allocation);
    attention = List.copyOf(attention);
    ignored = List.copyOf(ignored);
  }
}
