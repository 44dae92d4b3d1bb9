package dev.pac.report;

import dev.pac.history.ActionHistory;
import dev.pac.history.EntryHistories;
import dev.pac.history.ObjectiveHistory;
import dev.pac.history.Revision;
import dev.pac.model.Action;
import dev.pac.model.ActionReview;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a plan's stand-up report from the plan (defaults applied), the indexed store and a date D,
 * following docs/report.md, "How each figure is computed": each KPI speaks of its complete periods only (its
 * cut-off C), scope values are decided period by period ({@link ScopeValues}).
 */
public final class ReportBuilder {
  /** How far ahead "starting or due soon" looks, in days. */
  public static final int HORIZON_DAYS = 14;
  /** How many complete periods the KPI trend shows. */
  public static final int TREND_PERIODS = 8;

  private final Plan plan;
  private final ActualsIndex index;
  private final LocalDate asOf;
  private final Review review;
  private final ScopeValues values;
  private final Set<String> known;
  private final EntryHistories history;
  /** How far back a target lowered or a deadline moved still needs attention, in days. */
  public static final int REVISION_DAYS = 28;

  /**
   * {@code known} holds the KPI ids the reported plans define (rows of other KPIs are ignored and counted
   * in a note); null means this plan's.
   */
  public ReportBuilder(Plan plan, ActualsIndex index, LocalDate asOf, Set<String> known) {
    this(plan, index, asOf, known, null);
  }

  /** With the plans' history as of {@code asOf} ({@link EntryHistories#of}); null: none. */
  public ReportBuilder(Plan plan, ActualsIndex index, LocalDate asOf, Set<String> known, EntryHistories history) {
    this.history = history;
    this.plan = plan;
    this.index = index;
    this.asOf = asOf;
    this.review = plan.review();
    this.values = new ScopeValues(index, this::grain);
    Set<String> ids = new LinkedHashSet<>();
    plan.kpis().forEach(k -> ids.add(k.id()));
    this.known = known == null ? ids : known;
  }

  public ReportBuilder(Plan plan, ActualsIndex index, LocalDate asOf) {
    this(plan, index, asOf, null);
  }

  private Grain grain(String kpi) {
    return plan.kpi(kpi).map(Kpi::grain).orElse(Grain.WEEK);
  }

  /** The cut-off C of a KPI as of D: the last day of its last complete period. */
  LocalDate cutOff(Kpi kpi) {
    return GrainPeriod.cutOff(kpi.grain(), asOf);
  }

  /** The report; {@code owner} (null for everyone) keeps the objectives and actions of one owner. */
  public PlanReport build(String owner) {
    List<Kpi> used = kpis(owner);
    List<StaleKpi> stale = stale(used);
    Set<String> staleIds = new LinkedHashSet<>();
    stale.forEach(s -> staleIds.add(s.kpi().id()));
    List<ObjectiveResult> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      // an objective naming an unknown KPI is a validation error, refused before a report; skipped here
      if (owns(owner, o.owner()) && plan.kpi(o.kpi()).isPresent()) {
        objectives.add(objective(o, staleIds));
      }
    }
    List<Action> actions = plan.actions().stream().filter(a -> owns(owner, a.owner())).toList();
    List<ActionResult> all = actions.stream().map(this::reviewed).toList();
    List<ActionResult> reviews = all.stream().filter(ActionResult::started).toList();
    List<ActionResult> notStarted = all.stream().filter(r -> !r.started()).toList();
    List<AlertResult> alerts = new ArrayList<>();
    List<TrendResult> trend = new ArrayList<>();
    for (Kpi k : used) {
      AlertResult a = alert(k);
      if (a != null) {
        alerts.add(a);
      }
      trend.add(trend(k));
    }
    double allocated = 0;
    for (Action a : plan.actions()) {
      allocated += a.budget();
    }
    double spendToDate = 0;
    for (ActionResult r : all) {
      spendToDate += r.spendToDate();
    }
    Double unallocated = plan.budget() == null ? null : plan.budget() - allocated;
    Map<Grain, LocalDate> cutOffs = new EnumMap<>(Grain.class);
    plan.kpis().forEach(k -> cutOffs.put(k.grain(), cutOff(k)));
    return new PlanReport(plan, asOf, owner, cutOffs, objectives, alerts, stale, reviews, notStarted,
        upcoming(actions), trend, allocation(actions, owner != null), allocated, unallocated, spendToDate,
        attention(stale, objectives, alerts, reviews, all, asOf), ignored());
  }

  private static boolean owns(String owner, String who) {
    return owner == null || Owners.same(owner, who);
  }

  /** Every KPI of the plan; with an owner, those of their objectives only. */
  private List<Kpi> kpis(String owner) {
    if (owner == null) {
      return plan.kpis();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Objective o : plan.objectives()) {
      if (owns(owner, o.owner())) {
        ids.add(o.kpi());
      }
    }
    return plan.kpis().stream().filter(k -> ids.contains(k.id())).toList();
  }

  // ---------------------------------------------------------------- freshness

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

  // ---------------------------------------------------------------- objectives

  ObjectiveResult objective(Objective o, Set<String> staleIds) {
    Kpi kpi = plan.kpi(o.kpi()).orElseThrow();
    boolean sum = kpi.rollup() == Rollup.SUM;
    boolean ceiling = sum && kpi.better() == Better.LOWER;
    LocalDate start = o.start();
    LocalDate c = cutOff(kpi);
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
    Status status = Arithmetic.status(notStarted, !c.isBefore(o.deadline()), ceiling, a, attainment, pace, projection,
        o.target(), review.onTrack(), review.atRisk());
    Hint hint = actual.hint();
    if (status == Status.NO_DATA && a != null) {
      hint = Hint.UNDEFINED_ATTAINMENT;
      pace = null;
    }
    boolean stale = staleIds.contains(kpi.id())
        || kpi.rollup() == Rollup.RATIO && (staleIds.contains(kpi.numerator()) || staleIds.contains(kpi.denominator()));
    ObjectiveHistory h = history == null ? ObjectiveHistory.NONE : history.objective(plan.id(), o.id());
    return new ObjectiveResult(o, kpi, e, xE, xEnd, t, a, expected, variance, Arithmetic.variancePct(variance, expected),
        attainment, pace, projection, status, hint, actual.derivations(), stale, planned,
        notStarted ? List.of() : progress(kpi, scope, start, e), h, h.retrofitted(o));
  }

  private Figure window(Kpi kpi, Scope scope, LocalDate from, LocalDate to) {
    return values.window(kpi, kpi.numerator(), kpi.denominator(), scope, from, to);
  }

  /**
   * The actual as of the end of each period of the KPI's grain (weeks for a day KPI) in [start, E], each
   * point the window's value over [start, that end]. Worked out in one pass over the window's periods
   * (the same values, added in the same order as {@link #window}); a ratio whose part's periods do not
   * fit inside the chart's takes each point's window on its own.
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

  /** Whether every period of a part's grain lies inside one period of the chart's grain {@code g}. */
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

    /** Adds the periods that start on or before {@code at}; whether any period has been added so far. */
    boolean to(LocalDate at) {
      for (; next < series.periods.size() && !series.periods.get(next).start().isAfter(at); next++) {
        total += series.values.get(next);
      }
      return next > 0;
    }
  }

  // ---------------------------------------------------------------- alerts and trend

  /** The period alerts and the trend speak of: ISO weeks for day and week KPIs, months for month KPIs. */
  private static Grain compared(Kpi kpi) {
    return kpi.grain() == Grain.MONTH ? Grain.MONTH : Grain.WEEK;
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
    by.forEach((kpi, m) -> m.forEach((source, periods) -> out.add(new Derivation(kpi, source, new ArrayList<>(periods)))));
    return out;
  }

  private TrendResult trend(Kpi kpi) {
    GrainPeriod last = GrainPeriod.lastComplete(compared(kpi), asOf);
    List<GrainPeriod> periods = new ArrayList<>();
    List<Double> out = new ArrayList<>();
    for (int i = TREND_PERIODS - 1; i >= 0; i--) {
      GrainPeriod p = last.plus(-i);
      periods.add(p);
      out.add(total(kpi, p).value());
    }
    return new TrendResult(kpi, periods, out);
  }

  // ---------------------------------------------------------------- actions

  /**
   * The action's review with its history facts: stale when no commit changed its entry for more than
   * {@code review.stale_days} while it runs; a decision pending when the review advised adjust-or-stop at
   * the cut-off C and at C − 7 days (the review with its window ending then) and no commit dated after
   * C − 7 and on or before D changed its entry or recorded a decision about it.
   */
  private ActionResult reviewed(Action a) {
    ActionResult r = action(a);
    ActionHistory h = history == null ? ActionHistory.NONE : history.action(plan.id(), a.id());
    boolean isStale = h.stale(a, asOf, review.staleDays());
    boolean pending = false;
    if (r.decision() == Decision.ADJUST_OR_STOP && h.lastChanged() != null) {
      LocalDate weekBefore = r.windowEnd().minusDays(7);
      ActionResult before = action(a, weekBefore);
      pending = before.decision() == Decision.ADJUST_OR_STOP && !h.touched(weekBefore, asOf);
    }
    return r.with(h, isStale, pending);
  }

  ActionResult action(Action a) {
    return action(a, GrainPeriod.cutOff(grain(review.spendKpi()), asOf));
  }

  /** The action's review with its window ending at {@code c}, the spend KPI's cut-off (or a week before it). */
  private ActionResult action(Action a, LocalDate c) {
    ActionReview own = a.review();
    int weeks = own != null && own.windowWeeks() != null ? own.windowWeeks() : review.windowWeeks();
    double minRoi = own != null && own.minRoi() != null ? own.minRoi() : review.minRoi();
    Scope scope = Scope.ofAction(a.id());
    double spendToDate = Arithmetic.zero(values.series(review.spendKpi(), scope, LocalDate.MIN, c).total);
    double budget = a.budget() == null ? 0 : a.budget();
    boolean overdue = a.due().isBefore(asOf) && !a.closed();
    Double burn = Arithmetic.burn(spendToDate, budget);
    if (a.start().isAfter(asOf)) {
      return new ActionResult(a, false, null, null, weeks, minRoi, null, null, null, null, overdue, spendToDate, burn,
          ActionHistory.NONE, false, false);
    }
    if (a.start().isAfter(c)) {
      return new ActionResult(a, true, null, null, weeks, minRoi, null, null, null, Decision.NO_DATA, overdue,
          spendToDate, burn, ActionHistory.NONE, false, false);
    }
    LocalDate from = Arithmetic.windowStart(a.start(), c, weeks);
    double spend = Arithmetic.zero(values.series(review.spendKpi(), scope, from, c).total);
    double ret = Arithmetic.zero(values.series(review.returnKpi(), scope, from, c).total);
    return new ActionResult(a, true, from, c, weeks, minRoi, spend, ret, Arithmetic.roi(spend, ret),
        Arithmetic.decision(a.start(), c, weeks, spend, ret, minRoi), overdue, spendToDate, burn,
        ActionHistory.NONE, false, false);
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
    out.add(owners(actions));
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

  /** Budget and effort by owner, one entry per owner however their name is spelled (the first spelling names it). */
  private static Allocation owners(List<Action> actions) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Action a : actions) {
      names.putIfAbsent(Owners.key(a.owner()), Owners.name(a.owner()));
    }
    Allocation byKey = group(Allocation.By.OWNER, actions, a -> Owners.key(a.owner()));
    return new Allocation(Allocation.By.OWNER, byKey.shares().stream()
        .map(x -> new Allocation.Share(names.get(x.key()), x.budget(), x.effortDays())).toList());
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

  // ---------------------------------------------------------------- attention and notes

  /** Stale KPIs, missed, off-track and at-risk objectives, alerts, adjust-or-stop actions, overdue actions. */
  private static List<Attention> attention(List<StaleKpi> stale, List<ObjectiveResult> objectives,
      List<AlertResult> alerts, List<ActionResult> reviews, List<ActionResult> all, LocalDate asOf) {
    List<Attention> out = new ArrayList<>();
    stale.forEach(s -> out.add(new Attention(Attention.Kind.STALE, s.kpi().id(), s, null, null, null)));
    for (Status st : List.of(Status.MISSED, Status.OFF_TRACK, Status.AT_RISK)) {
      Attention.Kind kind = Attention.Kind.valueOf(st.name());
      objectives.stream().filter(o -> o.status() == st)
          .sorted(Comparator.comparing(ObjectiveResult::pace, Comparator.nullsLast(Comparator.naturalOrder())))
          .forEach(o -> out.add(new Attention(kind, o.objective().id(), null, o, null, null)));
    }
    alerts.stream().sorted(Comparator.comparing((AlertResult a) -> -Math.abs(a.changePct())))
        .forEach(a -> out.add(new Attention(Attention.Kind.ALERT, a.kpi().id(), null, null, a, null)));
    reviews.stream().filter(a -> a.decision() == Decision.ADJUST_OR_STOP)
        .forEach(a -> out.add(new Attention(Attention.Kind.ADJUST_OR_STOP, a.action().id(), null, null, null, a)));
    all.stream().filter(ActionResult::overdue).sorted(Comparator.comparing((ActionResult a) -> a.action().due()))
        .forEach(a -> out.add(new Attention(Attention.Kind.OVERDUE, a.action().id(), null, null, null, a)));
    // from the plans' history: revisions of the last 28 days (newest first), retrofitted targets, idle actions, pending decisions
    LocalDate since = asOf.minusDays(REVISION_DAYS);
    for (ObjectiveResult o : objectives) {
      List<Revision> recent = new ArrayList<>(o.history().revisions());
      java.util.Collections.reverse(recent);
      for (Revision v : recent) {
        if (!v.date().isAfter(since) || v.date().isAfter(asOf)) {
          continue;
        }
        if ("deadline".equals(v.field())) {
          out.add(new Attention(Attention.Kind.DEADLINE_MOVED, o.objective().id(), null, o, null, null, v));
        } else if (v.old() instanceof Double b && v.now() instanceof Double h
            && (o.kpi().better() == Better.LOWER ? h > b : h < b)) {
          out.add(new Attention(Attention.Kind.TARGET_LOWERED, o.objective().id(), null, o, null, null, v));
        }
      }
    }
    objectives.stream().filter(ObjectiveResult::retrofitted)
        .forEach(o -> out.add(new Attention(Attention.Kind.RETROFITTED, o.objective().id(), null, o, null, null)));
    all.stream().filter(ActionResult::stale)
        .forEach(a -> out.add(new Attention(Attention.Kind.STALE_ACTION, a.action().id(), null, null, null, a)));
    all.stream().filter(ActionResult::decisionPending)
        .forEach(a -> out.add(new Attention(Attention.Kind.DECISION_PENDING, a.action().id(), null, null, null, a)));
    return out;
  }

  /** Rows under the plan's ratio KPIs' own ids, rows of KPIs no reported plan defines, undefined review KPIs. */
  private List<IgnoredRows> ignored() {
    List<IgnoredRows> out = new ArrayList<>();
    List<String> ratios = new ArrayList<>();
    long ratioRows = 0;
    for (Kpi k : plan.kpis()) {
      if (k.rollup() == Rollup.RATIO && index.count(k.id()) > 0) {
        ratios.add(k.id());
        ratioRows += index.count(k.id());
      }
    }
    if (!ratios.isEmpty()) {
      out.add(new IgnoredRows(IgnoredRows.Kind.RATIO_OWN_ID, ratios, ratioRows));
    }
    List<String> unknown = new ArrayList<>();
    long unknownRows = 0;
    for (String k : new TreeSet<>(index.kpis())) {
      if (!known.contains(k)) {
        unknown.add(k);
        unknownRows += index.count(k);
      }
    }
    if (!unknown.isEmpty()) {
      out.add(new IgnoredRows(IgnoredRows.Kind.UNKNOWN_KPI, unknown, unknownRows));
    }
    List<String> review = new ArrayList<>();
    for (String k : List.of(this.review.spendKpi(), this.review.returnKpi())) {
      if (plan.kpi(k).isEmpty() && !review.contains(k) && !plan.actions().isEmpty()) {
        review.add(k);
      }
    }
    if (!review.isEmpty()) {
      out.add(new IgnoredRows(IgnoredRows.Kind.UNDEFINED_REVIEW_KPI, review, 0));
    }
    return out;
  }
}
