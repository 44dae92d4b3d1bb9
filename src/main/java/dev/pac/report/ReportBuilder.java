package dev.pac.report;

import dev.pac.history.EntryHistories;
import dev.pac.model.Action;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a plan's stand-up report from the plan (defaults applied), the indexed store and a date
 * D, following docs/report.md, "How each figure is computed": each KPI speaks of its complete
 * periods only (its cut-off C), scope values are decided period by period ({@link ScopeValues}).
 * The figures are worked out by {@link KpiFigures}, {@link ObjectiveFigures}, {@link
 * ActionFigures}, {@link Allocations} and {@link AttentionList}; this class puts them together.
 */
public final class ReportBuilder {
  /** How far ahead "starting or due soon" looks, in days. */
  public static final int HORIZON_DAYS = 14;

  /** How many complete periods the KPI trend shows. */
  public static final int TREND_PERIODS = 8;

  /** How far back a target lowered or a deadline moved still needs attention, in days. */
  public static final int REVISION_DAYS = 28;

  private final Plan plan;
  private final ActualsIndex index;
  private final LocalDate asOf;
  private final Review review;
  private final Set<String> known;
  private final KpiFigures kpiFigures;
  private final ObjectiveFigures objectiveFigures;
  private final ActionFigures actionFigures;

  /**
   * {@code known} holds the KPI ids the reported plans define (rows of other KPIs are ignored and
   * counted in a note); null means this plan's.
   */
  public ReportBuilder(Plan plan, ActualsIndex index, LocalDate asOf, Set<String> known) {
    this(plan, index, asOf, known, null);
  }

  /** With the plans' history as of {@code asOf} ({@link EntryHistories#of}); null: none. */
  public ReportBuilder(
      Plan plan, ActualsIndex index, LocalDate asOf, Set<String> known, EntryHistories history) {
    this.plan = plan;
    this.index = index;
    this.asOf = asOf;
    this.review = plan.review();
    ScopeValues values = new ScopeValues(index, this::grain);
    this.kpiFigures = new KpiFigures(plan, index, values, asOf);
    this.objectiveFigures = new ObjectiveFigures(plan, values, asOf, history);
    this.actionFigures = new ActionFigures(plan, values, asOf, history);
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
  private LocalDate cutOff(Kpi kpi) {
    return GrainPeriod.cutOff(kpi.grain(), asOf);
  }

  /**
   * The report; {@code owner} (null for everyone) keeps the objectives and actions of one owner.
   */
  public PlanReport build(String owner) {
    List<Kpi> used = kpis(owner);
    List<StaleKpi> stale = kpiFigures.stale(used);
    Set<String> staleIds = new LinkedHashSet<>();
    stale.forEach(s -> staleIds.add(s.kpi().id()));
    List<ObjectiveResult> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      // an objective naming an unknown KPI is a validation error, refused before a report; skipped
      // here
      if (owns(owner, o.owner()) && plan.kpi(o.kpi()).isPresent()) {
        objectives.add(objectiveFigures.objective(o, staleIds));
      }
    }
    List<Action> actions = new ArrayList<>();
    List<ActionResult> all = new ArrayList<>();
    List<ActionResult> reviews = new ArrayList<>(); // started
    List<ActionResult> notStarted = new ArrayList<>();
    for (Action a : plan.actions()) {
      if (owns(owner, a.owner())) {
        ActionResult r = actionFigures.reviewed(a);
        actions.add(a);
        all.add(r);
        (r.started() ? reviews : notStarted).add(r);
      }
    }
    List<AlertResult> alerts = new ArrayList<>();
    List<TrendResult> trend = new ArrayList<>();
    for (Kpi k : used) {
      AlertResult a = kpiFigures.alert(k);
      if (a != null) {
        alerts.add(a);
      }
      trend.add(kpiFigures.trend(k));
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
    return new PlanReport(
        plan,
        asOf,
        owner,
        cutOffs,
        objectives,
        alerts,
        stale,
        reviews,
        notStarted,
        actionFigures.upcoming(actions),
        trend,
        Allocations.of(plan, actions, owner != null),
        allocated,
        unallocated,
        spendToDate,
        AttentionList.of(stale, objectives, alerts, reviews, all, asOf),
        ignored());
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

  /**
   * Rows under the plan's ratio KPIs' own ids, rows of KPIs no reported plan defines, undefined
   * review KPIs.
   */
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
