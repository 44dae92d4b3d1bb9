package dev.pac.report;

import dev.pac.model.Action;
import dev.pac.model.ActionReview;
import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Computes a plan's stand-up report from the plan (defaults applied), the indexed store and a date. */
public final class ReportBuilder {
  /** How far ahead "starting or due soon" looks, in days. */
  public static final int HORIZON_DAYS = 14;
  /** How many weekly values the KPI trend shows. */
  public static final int TREND_WEEKS = 8;
  /** The most attention items; fewer than {@link #MIN_ATTENTION} are padded with upcoming actions. */
  public static final int MAX_ATTENTION = 5;
  public static final int MIN_ATTENTION = 3;

  private final Plan plan;
  private final ActualsIndex index;
  private final LocalDate asOf;
  private final Review review;

  public ReportBuilder(Plan plan, ActualsIndex index, LocalDate asOf) {
    this.plan = plan;
    this.index = index;
    this.asOf = asOf;
    this.review = plan.review() == null ? Review.DEFAULTS : plan.review().over(Review.DEFAULTS);
  }

  /** The report; {@code owner} (null for everyone) keeps the objectives and actions of one owner. */
  public PlanReport build(String owner) {
    List<ObjectiveResult> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      // an objective naming an unknown KPI is a validation error, refused before a report; skipped here
      if (owns(owner, o.owner()) && plan.kpi(o.kpi()).isPresent()) {
        objectives.add(objective(o));
      }
    }
    List<Action> actions = plan.actions().stream().filter(a -> owns(owner, a.owner())).toList();
    List<ActionResult> all = actions.stream().map(this::action).toList();
    List<ActionResult> reviews = all.stream().filter(ActionResult::started).toList();
    List<ActionResult> notStarted = all.stream().filter(r -> !r.started()).toList();
    List<Kpi> kpis = kpis(owner, objectives);
    IsoWeek week = IsoWeek.lastCompleteOnOrBefore(asOf);
    List<AlertResult> alerts = new ArrayList<>();
    List<TrendResult> trend = new ArrayList<>();
    for (Kpi k : kpis) {
      AlertResult a = alert(k, week);
      if (a != null) {
        alerts.add(a);
      }
      trend.add(trend(k, week));
    }
    List<Upcoming> upcoming = upcoming(actions);
    double allocated = 0;
    for (Action a : plan.actions()) {
      allocated += a.budget();
    }
    double spendToDate = 0;
    for (ActionResult r : all) {
      spendToDate += r.spendToDate();
    }
    Double unallocated = plan.budget() == null ? null : plan.budget() - allocated;
    return new PlanReport(plan, asOf, owner, week, objectives, alerts, reviews, notStarted, upcoming, trend, allocation(actions, owner != null),
        allocated, unallocated, spendToDate, attention(objectives, alerts, reviews, upcoming));
  }

  private static boolean owns(String owner, String who) {
    return owner == null || who != null && who.trim().toLowerCase(Locale.ROOT).equals(owner.trim().toLowerCase(Locale.ROOT));
  }

  /** Every KPI of the plan; with an owner, those of their objectives only (docs/report.md, `--owner`). */
  private List<Kpi> kpis(String owner, List<ObjectiveResult> objectives) {
    if (owner == null) {
      return plan.kpis();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (ObjectiveResult o : objectives) {
      ids.add(o.kpi().id());
    }
    return plan.kpis().stream().filter(k -> ids.contains(k.id())).toList();
  }

  // ---------------------------------------------------------------- objectives

  ObjectiveResult objective(Objective o) {
    Kpi kpi = plan.kpi(o.kpi()).orElseThrow();
    boolean sum = kpi.rollup() == Rollup.SUM;
    LocalDate start = o.start();
    long xD = Arithmetic.position(start, asOf);
    long xEnd = Arithmetic.position(start, o.deadline());
    double t = Arithmetic.elapsed(xD, xEnd);
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
    double expected = Arithmetic.expected(xs, vs, xD);
    boolean beforeStart = asOf.isBefore(start);
    Figure actual = beforeStart ? Figure.none(Hint.NONE) : value(kpi, o.segment(), o.channel(), start, asOf);
    Double a = actual.value();
    Double variance = Arithmetic.variance(a, expected);
    Double attainment = Arithmetic.attainment(sum, a, o.baseline(), o.target());
    Double pace = Arithmetic.pace(attainment, t);
    Double projection = Arithmetic.projection(sum, a, o.baseline(), t);
    Status status = Arithmetic.status(beforeStart, a, attainment, pace, review.onTrack(), review.atRisk());
    Hint hint = actual.hint();
    if (status == Status.NO_DATA && a != null) {
      hint = Hint.UNDEFINED_ATTAINMENT;
    }
    return new ObjectiveResult(o, kpi, xD, xEnd, t, a, expected, variance, Arithmetic.variancePct(variance, expected),
        attainment, pace, projection, status, hint, rolledUp(kpi, o.segment(), o.channel()), planned,
        beforeStart ? List.of() : progress(kpi, o.segment(), o.channel(), start));
  }

  /**
   * The actual as of each Sunday in [start, as-of], and as of the as-of date: for the chart. Sums run
   * forward once (the same additions in the same order as {@link #value}), so a long window over a large
   * store costs one pass, not one pass a point.
   */
  private List<Point> progress(Kpi kpi, String segment, String channel, LocalDate start) {
    List<LocalDate> at = new ArrayList<>();
    for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !d.isAfter(asOf); d = d.plusWeeks(1)) {
      at.add(d);
    }
    if (asOf.getDayOfWeek() != DayOfWeek.SUNDAY) {
      at.add(asOf);
    }
    List<Point> out = new ArrayList<>();
    Rollup rollup = kpi.rollup();
    boolean ratio = rollup == Rollup.RATIO;
    Selection a = ratio ? part(kpi.numerator(), segment, channel) : index.select(kpi.id(), segment, channel, null);
    Selection b = ratio ? part(kpi.denominator(), segment, channel) : Selection.EMPTY;
    if (a.kind() == Selection.Kind.NONE && b.kind() == Selection.Kind.NONE
        || !ratio && rollup != Rollup.SUM && a.kind() == Selection.Kind.FINER) {
      return out;
    }
    int ia = a.from(start);
    int ib = b.from(start);
    int a0 = ia;
    int b0 = ib;
    double sa = 0;
    double sb = 0;
    for (LocalDate d : at) {
      int ha = a.to(d);
      int hb = b.to(d);
      for (; ia < ha; ia++) {
        sa += a.value(ia);
      }
      for (; ib < hb; ib++) {
        sb += b.value(ib);
      }
      if (ratio) {
        if ((ha > a0 || hb > b0) && sb != 0) {
          out.add(new Point(d, sa / sb));
        }
      } else if (ha > a0) {
        out.add(new Point(d, switch (rollup) {
          case SUM -> sa;
          case MEAN -> sa / (ha - a0);
          default -> a.value(ha - 1);
        }));
      }
    }
    return out;
  }

  private Selection part(String kpiId, String segment, String channel) {
    return kpiId == null ? Selection.EMPTY : index.select(kpiId, segment, channel, null);
  }

  private boolean rolledUp(Kpi kpi, String segment, String channel) {
    if (kpi.rollup() == Rollup.RATIO) {
      return part(kpi.numerator(), segment, channel).kind() == Selection.Kind.FINER
          || part(kpi.denominator(), segment, channel).kind() == Selection.Kind.FINER;
    }
    return index.select(kpi.id(), segment, channel, null).kind() == Selection.Kind.FINER;
  }

  /**
   * The KPI's value over [from, to] in a scope, by its rollup: sum → Σ; last → the latest row; mean →
   * the mean of the rows; ratio → Σ numerator / Σ denominator. Null, with the reason, when undefined.
   */
  Figure value(Kpi kpi, String segment, String channel, LocalDate from, LocalDate to) {
    if (kpi.rollup() == Rollup.RATIO) {
      Selection num = part(kpi.numerator(), segment, channel);
      Selection den = part(kpi.denominator(), segment, channel);
      if (num.kind() == Selection.Kind.NONE && den.kind() == Selection.Kind.NONE) {
        return Figure.none(Hint.NO_ROWS);
      }
      int nlo = num.from(from);
      int nhi = num.to(to);
      int dlo = den.from(from);
      int dhi = den.to(to);
      if (nlo >= nhi && dlo >= dhi) {
        return Figure.none(Hint.NONE_IN_WINDOW);
      }
      double d = den.sum(dlo, dhi);
      if (d == 0) {
        return Figure.none(Hint.ZERO_DENOMINATOR);
      }
      return Figure.of(num.sum(nlo, nhi) / d);
    }
    Selection s = index.select(kpi.id(), segment, channel, null);
    if (s.kind() == Selection.Kind.NONE) {
      return Figure.none(Hint.NO_ROWS);
    }
    if (s.kind() == Selection.Kind.FINER && kpi.rollup() != Rollup.SUM) {
      return Figure.none(Hint.NOT_ROLLABLE);
    }
    int lo = s.from(from);
    int hi = s.to(to);
    if (lo >= hi) {
      return Figure.none(Hint.NONE_IN_WINDOW);
    }
    return switch (kpi.rollup()) {
      case SUM -> Figure.of(s.sum(lo, hi));
      case LAST -> Figure.of(s.value(hi - 1));
      case MEAN -> Figure.of(s.sum(lo, hi) / (hi - lo));
      case RATIO -> throw new IllegalStateException();
    };
  }

  // ---------------------------------------------------------------- alerts and trend

  private Figure weekly(Kpi kpi, IsoWeek w) {
    return value(kpi, null, null, w.monday(), w.sunday());
  }

  AlertResult alert(Kpi kpi, IsoWeek w) {
    Double current = weekly(kpi, w).value();
    Double previous = weekly(kpi, w.minusWeeks(1)).value();
    if (current == null || previous == null) {
      return null;
    }
    Double change = Arithmetic.changePct(previous, current);
    double threshold = kpi.alertDropPct() != null ? kpi.alertDropPct() : review.alertDropPct();
    if (change == null || !Arithmetic.alert(kpi.better(), change, threshold)) {
      return null;
    }
    return new AlertResult(kpi, w, previous, current, change, threshold);
  }

  private TrendResult trend(Kpi kpi, IsoWeek last) {
    List<IsoWeek> weeks = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = TREND_WEEKS - 1; i >= 0; i--) {
      IsoWeek w = last.minusWeeks(i);
      weeks.add(w);
      values.add(weekly(kpi, w).value());
    }
    return new TrendResult(kpi, weeks, values);
  }

  // ---------------------------------------------------------------- actions

  ActionResult action(Action a) {
    ActionReview own = a.review();
    int weeks = own != null && own.windowWeeks() != null ? own.windowWeeks() : review.windowWeeks();
    double minRoi = own != null && own.minRoi() != null ? own.minRoi() : review.minRoi();
    Selection spendRows = index.select(review.spendKpi(), null, null, a.id());
    Selection returnRows = index.select(review.returnKpi(), null, null, a.id());
    double spendToDate = spendRows.sum(0, spendRows.to(asOf));
    double budget = a.budget() == null ? 0 : a.budget();
    boolean overdue = a.due().isBefore(asOf) && !a.closed();
    Double burn = Arithmetic.burn(spendToDate, budget);
    if (a.start().isAfter(asOf)) {
      return new ActionResult(a, false, null, weeks, minRoi, null, null, null, null, overdue, spendToDate, burn);
    }
    LocalDate from = Arithmetic.windowStart(a.start(), asOf, weeks);
    double spend = spendRows.sum(spendRows.from(from), spendRows.to(asOf));
    double ret = returnRows.sum(returnRows.from(from), returnRows.to(asOf));
    return new ActionResult(a, true, from, weeks, minRoi, spend, ret, Arithmetic.roi(spend, ret),
        Arithmetic.decision(a.start(), asOf, weeks, spend, ret, minRoi), overdue, spendToDate, burn);
  }

  private List<Upcoming> upcoming(List<Action> actions) {
    List<Upcoming> out = new ArrayList<>();
    LocalDate until = asOf.plusDays(HORIZON_DAYS);
    for (Action a : actions) {
      if (a.closed()) {
        continue;
      }
      if (a.start().isAfter(asOf) && !a.start().isAfter(until)) {
        out.add(new Upcoming(a, Upcoming.Kind.STARTS, a.start()));
      }
      if (!a.due().isBefore(asOf) && !a.due().isAfter(until)) {
        out.add(new Upcoming(a, Upcoming.Kind.DUE, a.due()));
      }
    }
    out.sort(Comparator.comparing(Upcoming::date).thenComparing(u -> u.action().id()).thenComparing(Upcoming::kind));
    return out;
  }

  // ---------------------------------------------------------------- allocation

  /** Budget and effort of {@code actions} by objective (an action's share split evenly over its objectives), segment, channel, type, owner. */
  private List<Allocation> allocation(List<Action> actions, boolean onlyServed) {
    List<Allocation> out = new ArrayList<>();
    Map<String, double[]> byObjective = new LinkedHashMap<>();
    for (Objective o : plan.objectives()) {
      byObjective.put(o.id(), new double[2]);
    }
    for (Action a : actions) {
      int n = a.objectives().size();
      for (String id : a.objectives()) {
        double[] acc = byObjective.computeIfAbsent(id, k -> new double[2]);
        acc[0] += budget(a) / n;
        acc[1] += effort(a) / n;
      }
    }
    if (onlyServed) {
      Set<String> served = new LinkedHashSet<>();
      actions.forEach(a -> served.addAll(a.objectives()));
      byObjective.keySet().retainAll(served);
    }
    out.add(new Allocation(Allocation.By.OBJECTIVE, shares(byObjective, false)));
    out.add(group(Allocation.By.SEGMENT, actions, a -> a.segment() == null ? "" : a.segment()));
    out.add(group(Allocation.By.CHANNEL, actions, a -> a.channel() == null ? "" : a.channel()));
    out.add(group(Allocation.By.TYPE, actions, a -> a.type().id()));
    out.add(group(Allocation.By.OWNER, actions, Action::owner));
    return out;
  }

  private static double budget(Action a) {
    return a.budget() == null ? 0 : a.budget();
  }

  private static double effort(Action a) {
    return a.effortDays() == null ? 0 : a.effortDays();
  }

  private static Allocation group(Allocation.By by, List<Action> actions, java.util.function.Function<Action, String> key) {
    Map<String, double[]> acc = new LinkedHashMap<>();
    for (Action a : actions) {
      double[] v = acc.computeIfAbsent(key.apply(a), k -> new double[2]);
      v[0] += budget(a);
      v[1] += effort(a);
    }
    return new Allocation(by, shares(acc, true));
  }

  private static List<Allocation.Share> shares(Map<String, double[]> acc, boolean sort) {
    List<Allocation.Share> out = new ArrayList<>();
    acc.forEach((k, v) -> out.add(new Allocation.Share(k, v[0], v[1])));
    if (sort) {
      out.sort(Comparator.comparing(Allocation.Share::budget).reversed()
          .thenComparing(Comparator.comparing(Allocation.Share::effortDays).reversed())
          .thenComparing(Allocation.Share::key));
    }
    return out;
  }

  // ---------------------------------------------------------------- attention

  private static List<Attention> attention(List<ObjectiveResult> objectives, List<AlertResult> alerts,
      List<ActionResult> actions, List<Upcoming> upcoming) {
    List<List<Attention>> byKind = new ArrayList<>();
    byKind.add(objectives.stream().filter(o -> o.status() == Status.OFF_TRACK)
        .sorted(Comparator.comparing(ObjectiveResult::pace))
        .map(o -> new Attention(Attention.Kind.OFF_TRACK, o, null, null, null)).toList());
    byKind.add(alerts.stream().sorted(Comparator.comparing((AlertResult a) -> -Math.abs(a.changePct())))
        .map(a -> new Attention(Attention.Kind.ALERT, null, a, null, null)).toList());
    byKind.add(actions.stream().filter(a -> a.decision() == Decision.ADJUST_OR_STOP)
        .map(a -> new Attention(Attention.Kind.ADJUST_OR_STOP, null, null, a, null)).toList());
    byKind.add(actions.stream().filter(ActionResult::overdue)
        .sorted(Comparator.comparing((ActionResult a) -> a.action().due()))
        .map(a -> new Attention(Attention.Kind.OVERDUE, null, null, a, null)).toList());
    byKind.add(objectives.stream().filter(o -> o.status() == Status.AT_RISK)
        .sorted(Comparator.comparing(ObjectiveResult::pace))
        .map(o -> new Attention(Attention.Kind.AT_RISK, o, null, null, null)).toList());
    byKind.add(objectives.stream().filter(o -> o.status() == Status.NO_DATA)
        .map(o -> new Attention(Attention.Kind.NO_DATA, o, null, null, null)).toList());
    // First up to two of each kind, most pressing kinds first, so one noisy kind cannot hide the others;
    // then the remaining slots in the same order.
    List<Set<Attention>> chosen = new ArrayList<>();
    int count = 0;
    for (List<Attention> kind : byKind) {
      Set<Attention> take = new LinkedHashSet<>();
      for (Attention a : kind) {
        if (take.size() == 2 || count == MAX_ATTENTION) {
          break;
        }
        take.add(a);
        count++;
      }
      chosen.add(take);
    }
    for (int k = 0; k < byKind.size(); k++) {
      for (Attention a : byKind.get(k)) {
        if (count == MAX_ATTENTION) {
          break;
        }
        if (chosen.get(k).add(a)) {
          count++;
        }
      }
    }
    List<Attention> out = new ArrayList<>();
    chosen.forEach(out::addAll);
    for (Upcoming u : upcoming) {
      if (out.size() >= MIN_ATTENTION) {
        break;
      }
      out.add(new Attention(Attention.Kind.UPCOMING, null, null, null, u));
    }
    return out;
  }
}
