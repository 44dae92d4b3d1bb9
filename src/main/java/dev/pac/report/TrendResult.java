package dev.pac.report;

import dev.pac.model.Kpi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A KPI's values at total scope in its last complete periods (weeks for day and week KPIs, months
 * for month KPIs), oldest first; null for a period without a value.
 */
public record TrendResult(Kpi kpi, List<GrainPeriod> periods, List<Double> values) {
  public TrendResult {
    periods = List.copyOf(periods);
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
