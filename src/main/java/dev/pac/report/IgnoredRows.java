package dev.pac.report;

import java.util.List;

/**
 * Store rows the report does not use, said once: rows under a ratio KPI's own id (a ratio is computed
 * from its parts), or rows of KPIs that no reported plan defines.
 */
public record IgnoredRows(Kind kind, List<String> kpis, long rows) {
  public enum Kind { RATIO_OWN_ID, UNKNOWN_KPI }

  public IgnoredRows {
    kpis = List.copyOf(kpis);
  }
}
