package dev.pac.report;

import java.util.List;

/**
 * What the report could not use, said once: rows under a ratio KPI's own id (a ratio is computed
 * from its parts), rows of KPIs that no reported plan defines, or review KPIs ({@code spend_kpi},
 * {@code return_kpi}) that the plan does not define ({@code rows} 0), so that its actions show no
 * data.
 */
public record IgnoredRows(Kind kind, List<String> kpis, long rows) {
  public enum Kind {
    RATIO_OWN_ID,
    UNKNOWN_KPI,
    UNDEFINED_REVIEW_KPI
  }

  public IgnoredRows {
    kpis = List.copyOf(kpis);
  }
}
