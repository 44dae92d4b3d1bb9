package dev.pac.report;

import dev.pac.history.EntryHistories;
import dev.pac.history.ObjectiveHistory;
import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The figures of one objective as of D: its window E = min(C, deadline), the planned trajectory and
 * expected value, the actual decided period by period ({@link ScopeValues}), attainment, pace,
 * projection, status, and the progress chart's points.
 */
final class ObjectiveFigures {
  private final Plan plan;
  private final ScopeValues values;
  private final LocalDate asOf;
  private final Review review;
  private final EntryHistories history;

  ObjectiveFigures(Plan plan, ScopeValues values, LocalDate asOf, EntryHistories history) {
    this.plan = plan;
    this.values = values;
    this.asOf = asOf;
    this.review = plan.review();
    this.history = history;
  }

  ObjectiveResult objective(Objective o, Set<String> staleIds) {
    Kpi kpi = plan.kpi(o.kpi()).orElseThrow();
    boolean sum = kpi.rollup() == Rollup.SUM;
    boolean ceiling = sum && kpi.better() == Better.LOWER;
    LocalDate start = o.start();
    LocalDate c = GrainPeriod.cutOff(kpi.grain(), asOf);
    LocalDate e = c.isBefore(o.deadline()) ? c : o.deadline();
    long xE = Arithmetic.position(start, e);
    long xEnd = Arithmetic.position(start, o.deadline());
    double t = Arithmetic.elapsed(xE, xEnd);
    double s0 = sum ? 0 : o.baseline();
    List<Long> xs = new ArrayList<>();
    List<Double> vs = new ArrayList<>();
    List<Point> planned = new ArrayList<>();
    xs.add(0L);
    vs.add(s0);
    planned.add(new Point(start.minusDays(1), s0));
    List<Milestone> ms = new ArrayList<>(o.milestones() == null ? List.of() : o.milestones());
    ms.sort(Comparator.comparing(Milestone::date));
    for (Milestone m : ms) {
      xs.add(Arithmetic.position(start, m.date()));
      vs.add(m.value());
      planned.add(new Point(m.date(), m.value()));
    }
    xs.add(xEnd);
    vs.add(o.target());
    planned.add(new Point(o.deadline(), o.target()));
    double expected = Arithmetic.expected(xs, vs, xE);
    boolean notStarted = e.isBefore(start);
    Scope scope = new Scope(o.segment(), o.channel(), null);
    Figure actual = notStarted ? Figure.none(Hint.NONE) : window(kpi, scope, start, e);
    Double a = actual.value();
    Double variance = Arithmetic.variance(a, expected);
    Double attainment = Arithmetic.attainment(sum, a, o.baseline(), o.target());
    Double pace = Arithmetic.pace(attainment, t);
    Double projection = attainment == null ? null : Arithmetic.projection(sum, a, o.baseline(), t);
    Status status =
        Arithmetic.status(
            notStarted,
            !c.isBefore(o.deadline()),
            ceiling,
            a,
            attainment,
            pace,
            projection,
            o.target(),
            review.onTrack(),
            review.atRisk());
    Hint hint = actual.hint();
    if (status == Status.NO_DATA && a != null) {
      hint = Hint.UNDEFINED_ATTAINMENT;
      pace = null;
    }
    boolean stale =
        staleIds.contains(kpi.id())
            || kpi.rollup() == Rollup.RATIO
                && (staleIds.contains(kpi.numerator()) || staleIds.contains(kpi.denominator()));
    ObjectiveHistory h =
        history == null ? ObjectiveHistory.NONE : history.objective(plan.id(), o.id());
    return new ObjectiveResult(
        o,
        kpi,
        e,
        xE,
        xEnd,
        t,
        a,
        expected,
        variance,
        Arithmetic.variancePct(variance, expected),
        attainment,
        pace,
        projection,
        status,
        hint,
        actual.derivations(),
        stale,
        planned,
        notStarted ? List.of() : progress(kpi, scope, start, e),
        h,
        h.retrofitted(o));
  }

  private Figure window(Kpi kpi, Scope scope, LocalDate from, LocalDate to) {
    return values.window(kpi, kpi.numerator(), kpi.denominator(), scope, from, to);
  }

  /**
   * The actual as of the end of each period of the KPI's grain (weeks for a day KPI) in [start, E],
   * each point the window's value over [start, that end]. Worked out in one pass over the window's
   * periods (the same values, added in the same order as {@link #window}); a ratio whose part's
   * periods do not fit inside the chart's takes each point's window on its own.
   */
  private List<Point> progress(Kpi kpi, Scope scope, LocalDate start, LocalDate e) {
    Grain g = kpi.grain() == Grain.DAY ? Grain.WEEK : kpi.grain();
    List<LocalDate> ends = new ArrayList<>();
    for (GrainPeriod p = GrainPeriod.containing(g, start); !p.start().isAfter(e); p = p.plus(1)) {
      ends.add(p.end().isAfter(e) ? e : p.end());
    }
    List<Point> out = new ArrayList<>();
    switch (kpi.rollup()) {
      case SUM -> {
        Cumulative sum = new Cumulative(values.series(kpi.id(), scope, start, e));
        for (LocalDate at : ends) {
          if (sum.to(at)) {
            out.add(new Point(at, sum.total));
          }
        }
      }
      case RATIO -> {
        if (!fits(kpi.numerator(), g) || !fits(kpi.denominator(), g)) {
          for (LocalDate at : ends) {
            Double v = window(kpi, scope, start, at).value();
            if (v != null) {
              out.add(new Point(at, v));
            }
          }
          break;
        }
        Cumulative num = new Cumulative(values.series(kpi.numerator(), scope, start, e));
        Cumulative den = new Cumulative(values.series(kpi.denominator(), scope, start, e));
        for (LocalDate at : ends) {
          boolean any = num.to(at) | den.to(at);
          if (any && den.total != 0) {
            out.add(new Point(at, num.total / den.total));
          }
        }
      }
      case LAST, MEAN -> {
        ScopeValues.Exact rows = values.exactRows(kpi.id(), scope, start, e);
        int i = 0;
        double sum = 0;
        for (LocalDate at : ends) {
          for (long day = at.toEpochDay(); i < rows.days().length && rows.days()[i] <= day; i++) {
            sum += rows.values()[i];
          }
          if (i > 0) {
            out.add(new Point(at, kpi.rollup() == Rollup.LAST ? rows.values()[i - 1] : sum / i));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether every period of a part's grain lies inside one period of the chart's grain {@code g}.
   */
  private boolean fits(String part, Grain g) {
    Grain p = values.grain(part);
    return p == Grain.DAY || p == g;
  }

  /** A series added up period by period as the chart moves forward. */
  private static final class Cumulative {
    private final ScopeValues.Series series;
    private int next;
    double total;

    Cumulative(ScopeValues.Series series) {
      this.series = series;
    }

    /**
     * Adds the periods that start on or before {@code at}; whether any period has been added so
     * far.
     */
    boolean to(LocalDate at) {
      for (;
          next < series.periods.size() && !series.periods.get(next).start().isAfter(at);
          next++) {
        total += series.values.get(next);
      }
      return next > 0;
    }
  }
}
