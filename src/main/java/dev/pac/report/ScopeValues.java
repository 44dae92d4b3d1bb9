package dev.pac.report;

import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The value of a KPI in a scope over a window, decided period by period (docs/report.md, "Scope
 * values"). In each period of the KPI's grain, the rows under the scope give its value by the first
 * rule that applies: exact rows (the scope's other dimensions empty); else, for sums, the breakdown
 * (segments before channels; rows tagged with an action count only when the scope names an action);
 * else the attributions (the sum over the actions). A window adds up its periods, each taking only
 * its rows dated in the window. Which rows are under a scope, and the rules of one period, are
 * {@link ScopeRows}'.
 */
final class ScopeValues {
  private final ActualsIndex index;
  private final Function<String, Grain> grains;

  /** {@code grains} gives each KPI id its grain (defaults applied). */
  ScopeValues(ActualsIndex index, Function<String, Grain> grains) {
    this.index = index;
    this.grains = grains;
  }

  /**
   * The values of a summed KPI (or a ratio's part) in each period of its grain with rows under the
   * scope.
   */
  static final class Series {
    final List<GrainPeriod> periods = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    double total;

    boolean isEmpty() {
      return periods.isEmpty();
    }
  }

  Series series(String kpi, Scope scope, LocalDate from, LocalDate to) {
    Series out = new Series();
    ActualsIndex.Rows r = index.rows(kpi);
    if (from.isAfter(to) || r.size == 0) {
      return out;
    }
    Grain grain = grains.apply(kpi);
    int s = named(scope.segment());
    int c = named(scope.channel());
    int a = named(scope.action());
    long last = to.toEpochDay();
    int i = r.from(from.toEpochDay());
    int hi = r.from(last + 1);
    int[] buf = new int[16];
    Source[] src = new Source[1];
    while (i < hi) {
      GrainPeriod p = GrainPeriod.containing(grain, LocalDate.ofEpochDay(r.days[i]));
      long end = Math.min(p.end().toEpochDay(), last);
      int n = 0;
      int j = i;
      for (; j < hi && r.days[j] <= end; j++) {
        if (ScopeRows.under(r, j, s, c, a)) {
          if (n == buf.length) {
            buf = Arrays.copyOf(buf, n * 2);
          }
          buf[n++] = j;
        }
      }
      if (n > 0) {
        double v = ScopeRows.value(r, buf, n, s, c, a, src);
        out.periods.add(p);
        out.values.add(v);
        out.sources.add(src[0]);
        out.total += v;
      }
      i = j;
    }
    return out;
  }

  /**
   * The window's value: {@code sum} → Σ of the periods' values; {@code ratio} → Σ numerator / Σ
   * denominator; {@code last} → the latest exact row; {@code mean} → the mean of the exact rows.
   */
  Figure window(
      Kpi kpi, String numerator, String denominator, Scope scope, LocalDate from, LocalDate to) {
    return switch (kpi.rollup()) {
      case SUM -> {
        Series s = series(kpi.id(), scope, from, to);
        yield s.isEmpty()
            ? Figure.none(why(kpi.id(), scope, from))
            : Figure.of(s.total, derivations(kpi.id(), s));
      }
      case RATIO -> ratio(numerator, denominator, scope, from, to);
      case LAST, MEAN -> exact(kpi, scope, from, to);
    };
  }

  private Figure ratio(
      String numerator, String denominator, Scope scope, LocalDate from, LocalDate to) {
    Series num = series(numerator, scope, from, to);
    Series den = series(denominator, scope, from, to);
    if (num.isEmpty() && den.isEmpty()) {
      boolean any =
          why(numerator, scope, from) == Hint.NONE_IN_WINDOW
              || why(denominator, scope, from) == Hint.NONE_IN_WINDOW;
      return Figure.none(any ? Hint.NONE_IN_WINDOW : Hint.NO_ROWS);
    }
    List<Derivation> d = new ArrayList<>(derivations(numerator, num));
    d.addAll(derivations(denominator, den));
    if (den.total == 0) {
      return new Figure(null, Hint.ZERO_DENOMINATOR, d);
    }
    return Figure.of(num.total / den.total, d);
  }

  /**
   * The exact rows of a {@code last} or {@code mean} KPI under the scope dated in [from, to], by
   * date.
   */
  record Exact(long[] days, double[] values) {}

  Exact exactRows(String kpi, Scope scope, LocalDate from, LocalDate to) {
    ActualsIndex.Rows r = index.rows(kpi);
    int s = named(scope.segment());
    int c = named(scope.channel());
    int a = named(scope.action());
    int hi = r.from(to.toEpochDay() + 1);
    long[] days = new long[16];
    double[] vs = new double[16];
    int n = 0;
    for (int j = from.isAfter(to) ? hi : r.from(from.toEpochDay()); j < hi; j++) {
      if (ScopeRows.under(r, j, s, c, a) && ScopeRows.exact(r, j, s, c, a)) {
        if (n == days.length) {
          days = Arrays.copyOf(days, n * 2);
          vs = Arrays.copyOf(vs, n * 2);
        }
        days[n] = r.days[j];
        vs[n++] = r.values[j];
      }
    }
    return new Exact(Arrays.copyOf(days, n), Arrays.copyOf(vs, n));
  }

  /** The grain of a KPI id (defaults applied). */
  Grain grain(String kpi) {
    return grains.apply(kpi);
  }

  private Figure exact(Kpi kpi, Scope scope, LocalDate from, LocalDate to) {
    ActualsIndex.Rows r = index.rows(kpi.id());
    int s = named(scope.segment());
    int c = named(scope.channel());
    int a = named(scope.action());
    int hi = r.from(to.toEpochDay() + 1);
    double sum = 0;
    int count = 0;
    double last = 0;
    boolean finer = false;
    for (int j = from.isAfter(to) ? hi : r.from(from.toEpochDay()); j < hi; j++) {
      if (ScopeRows.under(r, j, s, c, a)) {
        if (ScopeRows.exact(r, j, s, c, a)) {
          sum += r.values[j];
          last =
              r.values[
                  j]; // rows are sorted by date, then store order: the last one seen is the latest
          count++;
        } else {
          finer = true;
        }
      }
    }
    if (count == 0) {
      return Figure.none(finer ? Hint.NOT_ROLLABLE : why(kpi.id(), scope, from));
    }
    return Figure.of(kpi.rollup() == Rollup.LAST ? last : sum / count, List.of());
  }

  /** Why a window has no row: none at all under the scope, or none dated in the window. */
  private Hint why(String kpi, Scope scope, LocalDate from) {
    ActualsIndex.Rows r = index.rows(kpi);
    int s = named(scope.segment());
    int c = named(scope.channel());
    int a = named(scope.action());
    for (int j = 0; j < r.size; j++) {
      if (ScopeRows.under(r, j, s, c, a)) {
        return Hint.NONE_IN_WINDOW;
      }
    }
    return Hint.NO_ROWS;
  }

  private static List<Derivation> derivations(String kpi, Series s) {
    Map<Source, List<GrainPeriod>> by = new EnumMap<>(Source.class);
    for (int i = 0; i < s.periods.size(); i++) {
      if (s.sources.get(i) != Source.EXACT) {
        by.computeIfAbsent(s.sources.get(i), k -> new ArrayList<>()).add(s.periods.get(i));
      }
    }
    List<Derivation> out = new ArrayList<>();
    by.forEach((source, periods) -> out.add(new Derivation(kpi, source, periods)));
    return out;
  }

  private int named(String value) {
    return value == null ? ScopeRows.NOT_NAMED : index.id(value);
  }
}
