package dev.pac.report;

import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the report says of each KPI on its own: whether its rows stopped coming (stale), the drop
 * alert between its last two complete periods, and its trend over the last {@link
 * ReportBuilder#TREND_PERIODS}.
 */
final class KpiFigures {
  private final Plan plan;
  private final ActualsIndex index;
  private final ScopeValues values;
  private final LocalDate asOf;
  private final Review review;

  KpiFigures(Plan plan, ActualsIndex index, ScopeValues values, LocalDate asOf) {
    this.plan = plan;
    this.index = index;
    this.values = values;
    this.asOf = asOf;
    this.review = plan.review();
  }

  /** The stale KPIs among {@code used}, a ratio judged through its parts. */
  List<StaleKpi> stale(List<Kpi> used) {
    Set<String> ids = new LinkedHashSet<>();
    for (Kpi k : used) {
      if (k.rollup() == Rollup.RATIO) {
        ids.add(k.numerator());
        ids.add(k.denominator());
      } else {
        ids.add(k.id());
      }
    }
    List<StaleKpi> out = new ArrayList<>();
    for (String id : ids) {
      Kpi k = plan.kpi(id).orElse(null);
      if (k == null) {
        continue;
      }
      Grain periods = k.grain() == Grain.DAY ? Grain.WEEK : k.grain();
      LocalDate c = GrainPeriod.cutOff(periods, asOf);
      LocalDate latest = index.latest(id, c);
      if (latest == null) {
        continue;
      }
      GrainPeriod through = GrainPeriod.containing(periods, c);
      long missing = through.ordinal() - GrainPeriod.containing(periods, latest).ordinal();
      if (missing > 0) {
        out.add(new StaleKpi(k, GrainPeriod.containing(k.grain(), latest), through, missing));
      }
    }
    return out;
  }

  /**
   * The period alerts and the trend speak of: ISO weeks for day and week KPIs, months for month
   * KPIs.
   */
  private static Grain compared(Kpi kpi) {
    return kpi.grain() == Grain.MONTH ? Grain.MONTH : Grain.WEEK;
  }

  private Figure window(Kpi kpi, Scope scope, LocalDate from, LocalDate to) {
    return values.window(kpi, kpi.numerator(), kpi.denominator(), scope, from, to);
  }

  private Figure total(Kpi kpi, GrainPeriod p) {
    return window(kpi, Scope.TOTAL, p.start(), p.end());
  }

  AlertResult alert(Kpi kpi) {
    GrainPeriod w = GrainPeriod.lastComplete(compared(kpi), asOf);
    Figure current = total(kpi, w);
    Figure previous = total(kpi, w.plus(-1));
    if (current.value() == null || previous.value() == null) {
      return null;
    }
    Double change = Arithmetic.changePct(previous.value(), current.value());
    double threshold = kpi.alertDropPct() != null ? kpi.alertDropPct() : review.alertDropPct();
    if (change == null || !Arithmetic.alert(kpi.better(), change, threshold)) {
      return null;
    }
    List<Derivation> d = new ArrayList<>(previous.derivations());
    d.addAll(current.derivations());
    return new AlertResult(kpi, w, previous.value(), current.value(), change, threshold, merge(d));
  }

  /** Derivations of one KPI and source joined, their periods in order. */
  static List<Derivation> merge(List<Derivation> in) {
    Map<String, Map<Source, Set<GrainPeriod>>> by = new LinkedHashMap<>();
    for (Derivation d : in) {
      by.computeIfAbsent(d.kpi(), k -> new EnumMap<>(Source.class))
          .computeIfAbsent(d.source(), k -> new TreeSet<>(Comparator.comparing(GrainPeriod::start)))
          .addAll(d.periods());
    }
    List<Derivation> out = new ArrayList<>();
    by.forEach(
        (kpi, m) ->
            m.forEach(
                (source, periods) ->
                    out.add(new Derivation(kpi, source, new ArrayList<>(periods)))));
    return out;
  }

  TrendResult trend(Kpi kpi) {
    GrainPeriod last = GrainPeriod.lastComplete(compared(kpi), asOf);
    List<GrainPeriod> periods = new ArrayList<>();
    List<Double> out = new ArrayList<>();
    for (int i = ReportBuilder.TREND_PERIODS - 1; i >= 0; i--) {
      GrainPeriod p = last.plus(-i);
      periods.add(p);
      out.add(total(kpi, p).value());
    }
    return new TrendResult(kpi, periods, out);
  }
}
