package dev.pac.report;

import dev.pac.history.ObjectiveHistory;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective as of the report date. {@code through} is E = min(C, deadline), the last day its
 * figures speak of (C being its KPI's cut-off); {@code position} is x(E), {@code length}
 * x(deadline), {@code t} the elapsed share. Numbers are null where undefined. {@code derivations}
 * says where the actual was rolled up or attributed; {@code stale} whether its KPI (or a part of
 * its ratio) is stale. {@code plan} is the planned trajectory (start, milestones, deadline) and
 * {@code progress} the actual as of the end of each complete period of [start, E]. {@code history}
 * is what the plans' git history says of it as of the report date (empty without history), {@code
 * retrofitted} whether its target was set once results were known.
 */
public record ObjectiveResult(
    Objective objective,
    Kpi kpi,
    LocalDate through,
    long position,
    long length,
    double t,
    Double actual,
    Double expected,
    Double variance,
    Double variancePct,
    Double attainment,
    Double pace,
    Double projection,
    Status status,
    Hint hint,
    List<Derivation> derivations,
    boolean stale,
    List<Point> plan,
    List<Point> progress,
    ObjectiveHistory history,
    boolean retrofitted) {
  public ObjectiveResult {
    derivations = List.copyOf(derivations);
    plan = List.copyOf(plan);
    progress = List.copyOf(progress);
  }
}
