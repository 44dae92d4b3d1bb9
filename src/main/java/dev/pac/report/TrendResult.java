package dev.pac.report;

import dev.pac.model.Kpi;
import java.util.List;

/** A KPI's weekly values at total scope, oldest first; null for a week without a value. */
public record TrendResult(Kpi kpi, List<IsoWeek> weeks, List<Double> values) {
  public TrendResult {
    weeks = List.copyOf(weeks);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }
}
