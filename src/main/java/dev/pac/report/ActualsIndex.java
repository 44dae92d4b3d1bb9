package dev.pac.report;

import dev.pac.model.ActualRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals store indexed once by KPI; {@link #select} applies the spec's scope selection and
 * remembers each answer, so a report scans each KPI's rows once per scope, not once per figure.
 */
public final class ActualsIndex {
  private final Map<String, List<ActualRow>> byKpi = new HashMap<>();
  private final Map<List<String>, Selection> cache = new HashMap<>();

  public ActualsIndex(List<ActualRow> rows) {
    for (ActualRow r : rows) {
      byKpi.computeIfAbsent(r.kpi(), k -> new ArrayList<>()).add(r);
    }
  }

  /**
   * The rows of {@code kpi} for a scope ({@code null} or {@code ""} = not named): those whose named
   * dimensions are equal and whose other dimensions are empty; when there are none (at any date), the
   * finer rows (named dimensions equal, some other dimension filled). Sorted by date, store order kept
   * within a date.
   */
  public Selection select(String kpi, String segment, String channel, String action) {
    String s = segment == null ? "" : segment;
    String c = channel == null ? "" : channel;
    String a = action == null ? "" : action;
    return cache.computeIfAbsent(List.of(kpi, s, c, a), k -> compute(kpi, s, c, a));
  }

  private Selection compute(String kpi, String s, String c, String a) {
    List<ActualRow> rows = byKpi.get(kpi);
    if (rows == null) {
      return Selection.EMPTY;
    }
    List<ActualRow> exact = new ArrayList<>();
    List<ActualRow> finer = new ArrayList<>();
    for (ActualRow r : rows) {
      if (!s.isEmpty() && !s.equals(r.segment()) || !c.isEmpty() && !c.equals(r.channel()) || !a.isEmpty() && !a.equals(r.action())) {
        continue;
      }
      boolean extra = s.isEmpty() && !r.segment().isEmpty() || c.isEmpty() && !r.channel().isEmpty() || a.isEmpty() && !r.action().isEmpty();
      (extra ? finer : exact).add(r);
    }
    List<ActualRow> chosen = !exact.isEmpty() ? exact : finer;
    if (chosen.isEmpty()) {
      return Selection.EMPTY;
    }
    chosen.sort(java.util.Comparator.comparing(ActualRow::date));
    long[] days = new long[chosen.size()];
    double[] values = new double[chosen.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = chosen.get(i).date().toEpochDay();
      values[i] = chosen.get(i).value();
    }
    return new Selection(!exact.isEmpty() ? Selection.Kind.EXACT : Selection.Kind.FINER, days, values);
  }
}
