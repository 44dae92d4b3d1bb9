package dev.pac.report;

import dev.pac.model.ActualRow;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals store indexed once, in one pass: by KPI, then by scope (segment, channel, action), each
 * scope's dates and values in primitive arrays. {@link #select} applies the spec's scope selection by
 * looking at scopes, never at rows, and remembers each answer.
 */
public final class ActualsIndex {
  private static final Comparator<Dims> ORDER = Comparator.comparing(Dims::segment).thenComparing(Dims::channel)
      .thenComparing(Dims::action);

  private record Dims(String segment, String channel, String action) {}

  /** The rows of one KPI at one scope, in store order. */
  private static final class Column {
    long[] days = new long[8];
    double[] values = new double[8];
    int size;

    void add(long day, double value) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      days[size] = day;
      values[size] = value;
      size++;
    }
  }

  private final Map<String, Map<Dims, Column>> byKpi = new HashMap<>();
  private final Map<List<String>, Selection> cache = new HashMap<>();

  public ActualsIndex(List<ActualRow> rows) {
    String kpi = null;
    Map<Dims, Column> scopes = null;
    Dims dims = null;
    Column column = null;
    for (ActualRow r : rows) {
      if (!r.kpi().equals(kpi)) {
        kpi = r.kpi();
        scopes = byKpi.computeIfAbsent(kpi, k -> new HashMap<>());
        dims = null;
      }
      if (dims == null || !dims.segment().equals(r.segment()) || !dims.channel().equals(r.channel()) || !dims.action().equals(r.action())) {
        dims = new Dims(r.segment(), r.channel(), r.action());
        column = scopes.computeIfAbsent(dims, k -> new Column());
      }
      column.add(r.date().toEpochDay(), r.value());
    }
  }

  /** The date of the latest row of any KPI and scope on or before {@code d}, or null when there is none. */
  public LocalDate latestOnOrBefore(LocalDate d) {
    long limit = d.toEpochDay();
    long best = Long.MIN_VALUE;
    for (Map<Dims, Column> scopes : byKpi.values()) {
      for (Column c : scopes.values()) {
        for (int i = 0; i < c.size; i++) {
          long day = c.days[i];
          if (day <= limit && day > best) {
            best = day;
          }
        }
      }
    }
    return best == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(best);
  }

  /**
   * The rows of {@code kpi} for a scope ({@code null} or {@code ""} = not named): those whose named
   * dimensions are equal and whose other dimensions are empty; when there are none (at any date), the
   * finer rows (named dimensions equal, some other dimension filled). Sorted by date; within a date in
   * (segment, channel, action) order, which is the store's own order.
   */
  public Selection select(String kpi, String segment, String channel, String action) {
    String s = segment == null ? "" : segment;
    String c = channel == null ? "" : channel;
    String a = action == null ? "" : action;
    return cache.computeIfAbsent(List.of(kpi, s, c, a), k -> compute(kpi, s, c, a));
  }

  private Selection compute(String kpi, String s, String c, String a) {
    Map<Dims, Column> scopes = byKpi.get(kpi);
    if (scopes == null) {
      return Selection.EMPTY;
    }
    Column exact = scopes.get(new Dims(s, c, a));
    if (exact != null) {
      return merge(Selection.Kind.EXACT, List.of(exact));
    }
    List<Dims> finer = new ArrayList<>();
    for (Dims d : scopes.keySet()) {
      if ((s.isEmpty() || s.equals(d.segment())) && (c.isEmpty() || c.equals(d.channel())) && (a.isEmpty() || a.equals(d.action()))) {
        finer.add(d);
      }
    }
    if (finer.isEmpty()) {
      return Selection.EMPTY;
    }
    finer.sort(ORDER);
    return merge(Selection.Kind.FINER, finer.stream().map(scopes::get).toList());
  }

  /** The columns' rows in one array sorted by date, stable (column order, then store order, within a date). */
  private static Selection merge(Selection.Kind kind, List<Column> columns) {
    int n = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Column col : columns) {
      n += col.size;
      for (int i = 0; i < col.size; i++) {
        min = Math.min(min, col.days[i]);
        max = Math.max(max, col.days[i]);
      }
    }
    long[] days = new long[n];
    double[] values = new double[n];
    if (columns.size() == 1 && sorted(columns.get(0))) {
      System.arraycopy(columns.get(0).days, 0, days, 0, n);
      System.arraycopy(columns.get(0).values, 0, values, 0, n);
      return new Selection(kind, days, values);
    }
    long range = max - min + 1;
    if (range <= 4L * n + 100_000) {
      // counting sort by day: stable, linear
      int[] start = new int[(int) range + 1];
      for (Column col : columns) {
        for (int i = 0; i < col.size; i++) {
          start[(int) (col.days[i] - min) + 1]++;
        }
      }
      for (int i = 1; i < start.length; i++) {
        start[i] += start[i - 1];
      }
      for (Column col : columns) {
        for (int i = 0; i < col.size; i++) {
          int at = start[(int) (col.days[i] - min)]++;
          days[at] = col.days[i];
          values[at] = col.values[i];
        }
      }
      return new Selection(kind, days, values);
    }
    // dates spread over centuries: a stable object sort
    long[] d0 = new long[n];
    double[] v0 = new double[n];
    int k = 0;
    for (Column col : columns) {
      System.arraycopy(col.days, 0, d0, k, col.size);
      System.arraycopy(col.values, 0, v0, k, col.size);
      k += col.size;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> d0[i]));
    for (int i = 0; i < n; i++) {
      days[i] = d0[order[i]];
      values[i] = v0[order[i]];
    }
    return new Selection(kind, days, values);
  }

  private static boolean sorted(Column col) {
    for (int i = 1; i < col.size; i++) {
      if (col.days[i] < col.days[i - 1]) {
        return false;
      }
    }
    return true;
  }
}
