package dev.pac.report;

import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import java.util.List;

/**
 * An objective as of the report date. Numbers are null where the spec leaves them undefined.
 * {@code t} is the elapsed share of the window; {@code plan} the planned trajectory (start, milestones,
 * deadline) and {@code progress} the actual as of each Sunday of [start, as-of] and of the as-of date.
 */
public record ObjectiveResult(
    Objective objective, Kpi kpi, long position, long length, double t,
    Double actual, Double expected, Double variance, Double variancePct,
    Double attainment, Double pace, Double projection, Status status, Hint hint,
    boolean rolledUp, List<Point> plan, List<Point> progress) {
  public ObjectiveResult {
    plan = List.copyOf(plan);
    progress = List.copyOf(progress);
  }
}
