package dev.pac.report;

import dev.pac.model.Kpi;
import java.util.List;

/**
 * A period-over-period change beyond the KPI's alert threshold, in its bad direction: {@code
 * period} is W, the last complete period (an ISO week for day and week KPIs, a month for month
 * KPIs), compared with the one before. {@code derivations} says where either value was rolled up or
 * attributed.
 */
public record AlertResult(
    Kpi kpi,
    GrainPeriod period,
    double previous,
    double current,
    double changePct,
    double thresholdPct,
    List<Derivation> derivations) {
  public AlertResult {
    derivations = List.copyOf(derivations);
  }
}
