package dev.pac.check;

import dev.pac.io.yaml.Location;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.model.Action;
import dev.pac.model.ActionStatus;
import dev.pac.model.Better;
import dev.pac.model.Criterion;
import dev.pac.model.Finding;
import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Period;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rollup;
import dev.pac.model.Rule;
import dev.pac.model.Scoring;
import dev.pac.model.Severity;
import dev.pac.model.Slug;
import dev.pac.model.Target;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that look across fields: references and duplicate ids, the SMART rules and the action
 * rules of the checks table. They read {@code raw} (lists keep the items that did not bind as null, so
 * list indices match the file) and {@code effective} (defaults applied).
 *
 * <p>Every rule is null-tolerant: a required value that is missing or did not bind has already been
 * reported, so a rule that needs it stays silent.
 */
public final class PlanRules {
  private final Plan raw;
  private final String file;
  private final LocationIndex index;
  private final LocalDate asOf;
  private final Review review;
  /** The plan period's ends; both null when the period is missing or itself wrong (reported once, not again per date). */
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final List<Finding> out = new ArrayList<>();

  /** The KPIs by id, defaults applied (the first of duplicates). */
  private final Map<String, Kpi> kpis = new HashMap<>();
  private final Map<String, Objective> objectives = new HashMap<>();
  /** KPI ids whose 'better' was written but did not bind: their direction is unknown. */
  private final Set<String> unknownDirection = new java.util.HashSet<>();

  private PlanRules(Plan raw, Plan effective, String file, LocationIndex index, LocalDate asOf) {
    this.raw = raw;
    this.file = file;
    this.index = index;
    this.asOf = asOf;
    Period p = raw.period();
    boolean valid = p != null && p.start() != null && p.end() != null && p.start().isBefore(p.end());
    this.periodStart = valid ? p.start() : null;
    this.periodEnd = valid ? p.end() : null;
    this.review = effective == null || effective.review() == null ? Review.DEFAULTS : effective.review().over(Review.DEFAULTS);
  }

  public static List<Finding> check(Plan raw, Plan effective, String file, LocationIndex index, LocalDate asOf) {
    PlanRules r = new PlanRules(raw, effective, file, index, asOf);
    r.run();
    return r.out;
  }

  private void run() {
    List<Kpi> rawKpis = items(raw.kpis());
    for (int i = 0; i < rawKpis.size(); i++) {
      Kpi k = rawKpis.get(i);
      if (k != null && k.id() != null && !kpis.containsKey(k.id())) {
        kpis.put(k.id(), k.withDefaults(null));
        if (unbound(k.better(), item("kpis", i) + ".better")) {
          unknownDirection.add(k.id());
        }
      }
    }
    for (Objective o : items(raw.objectives())) {
      if (o != null && o.id() != null) {
        objectives.putIfAbsent(o.id(), o.withDefaults(raw.period(), raw.owner()));
      }
    }
    duplicateIds();
    plan();
    kpis();
    targets("segments", raw.segments());
    targets("channels", raw.channels());
    scoring();
    review();
    objectives();
    actions();
  }

  // ---------------------------------------------------------------- ids

  private void duplicateIds() {
    duplicates("kpis", "KPI", ids(raw.kpis(), Kpi::id));
    duplicates("segments", "segment", ids(raw.segments(), Target::id));
    duplicates("channels", "channel", ids(raw.channels(), Target::id));
    duplicates("objectives", "objective", ids(raw.objectives(), Objective::id));
    duplicates("actions", "action", ids(raw.actions(), Action::id));
  }

  private void duplicates(String list, String what, List<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null) {
        continue;
      }
      Integer was = first.putIfAbsent(id, i);
      if (was != null) {
        String p = item(list, i) + ".id";
        error(Rule.REF_DUPLICATE_ID, index.value(p), what + " id '" + Excerpt.of(id) + "' is already used by " + item(list, was)
            + " at line " + index.value(item(list, was) + ".id").line() + ": give this " + what + " an id of its own");
      }
    }
  }

  // ---------------------------------------------------------------- plan-level cross-field rules

  private void plan() {
    Period period = raw.period();
    if (period != null && period.start() != null && period.end() != null && !period.start().isBefore(period.end())) {
      error(Rule.SCHEMA_RANGE, index.value("period.end"), "the period ends on " + period.end()
          + ", not after its start " + period.start() + ": the end must come after the start");
    }
    String currency = raw.currency();
    if (currency != null && currency.matches("^[A-Z]{3}$") && !isCurrency(currency)) {
      String hint = Nearest.suggestion(currency, currencies());
      error(Rule.SCHEMA_RANGE, index.value("currency"), "'currency' is '" + Excerpt.of(currency)
          + "', not an ISO 4217 currency code" + hint + ": write a code such as EUR, USD or GBP");
    }
    if (raw.budget() != null && raw.budget() >= 0) {
      BigDecimal total = BigDecimal.ZERO;
      int counted = 0;
      for (Action a : items(raw.actions())) {
        if (a != null && a.budget() != null && a.budget() >= 0) {
          total = total.add(BigDecimal.valueOf(a.budget()));
          counted++;
        }
      }
      BigDecimal budget = BigDecimal.valueOf(raw.budget());
      if (total.compareTo(budget) > 0) {
        error(Rule.SMART_ACHIEVABLE, index.value("budget"), "the actions' budgets sum to " + num(total) + " ("
            + counted + (counted == 1 ? " action" : " actions") + "), above the plan budget of " + num(budget)
            + ": raise the plan budget or cut the actions' budgets by " + num(total.subtract(budget)));
      }
    }
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> currencies() {
    return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
  }

  // ---------------------------------------------------------------- KPIs

  private void kpis() {
    List<Kpi> list = items(raw.kpis());
    for (int i = 0; i < list.size(); i++) {
      Kpi k = list.get(i);
      if (k == null) {
        continue;
      }
      String p = item("kpis", i);
      if (k.rollup() == Rollup.RATIO) {
        for (String part : List.of("numerator", "denominator")) {
          String value = part.equals("numerator") ? k.numerator() : k.denominator();
          if (value == null && !index.has(p + "." + part)) {
            error(Rule.SCHEMA_REQUIRED, index.value(p), "missing required key '" + part + "' in " + p
                + ": a KPI with 'rollup: ratio' is computed as Σ numerator / Σ denominator; name the KPI id of its " + part);
          }
        }
      }
      kpiRef(p + ".numerator", "numerator", k.numerator(), "KPI '" + k.id() + "'");
      kpiRef(p + ".denominator", "denominator", k.denominator(), "KPI '" + k.id() + "'");
    }
  }

  private void kpiRef(String path, String key, String id, String owner) {
    if (id != null && !kpis.containsKey(id)) {
      unknown(path, owner + " names " + key + " '" + id + "'", id, "KPI", kpis.keySet());
    }
  }

  // ---------------------------------------------------------------- segments and channels

  private void targets(String list, List<Target> targets) {
    List<Target> all = items(targets);
    for (int i = 0; i < all.size(); i++) {
      Target t = all.get(i);
      if (t != null && t.sam() != null && t.tam() != null && t.sam() > t.tam()) {
        error(Rule.SCHEMA_RANGE, index.value(item(list, i) + ".sam"), "'sam' is " + num(t.sam()) + ", above 'tam' "
            + num(t.tam()) + ": the serviceable market is part of the total market, so sam must not exceed tam");
      }
    }
  }

  private void scoring() {
    Scoring s = raw.scoring();
    if (s == null) {
      return;
    }
    weights("scoring.segments", s.segments());
    weights("scoring.channels", s.channels());
  }

  private void weights(String path, Map<Criterion, Double> weights) {
    if (weights == null) {
      return;
    }
    boolean positive = false;
    for (Map.Entry<Criterion, Double> w : weights.entrySet()) {
      String p = path + "." + w.getKey().id();
      if (w.getValue() < 0) {
        error(Rule.SCHEMA_RANGE, index.value(p), "the weight of '" + w.getKey().id() + "' is " + num(w.getValue())
            + ": weights must be 0 or more (0 leaves the criterion out)");
      } else if (w.getValue() > 0) {
        positive = true;
      }
    }
    if (!positive && !anyFailed(path, weights)) {
      error(Rule.SCHEMA_RANGE, index.key(path), "no weight in '" + path + "' is above 0: give at least one criterion a weight above 0, "
          + "or remove '" + path.substring(path.indexOf('.') + 1) + "' to use the default weights");
    }
  }

  /** Whether a weight was written but did not bind (an unknown criterion, a wrong type): judge no further. */
  private boolean anyFailed(String path, Map<Criterion, Double> weights) {
    for (Criterion c : Criterion.values()) {
      if (!weights.containsKey(c) && index.has(path + "." + c.id())) {
        return true;
      }
    }
    return false;
  }

  private void review() {
    Review r = raw.review();
    if (r == null) {
      return;
    }
    kpiRef("review.spend_kpi", "spend_kpi", r.spendKpi(), "the review");
    kpiRef("review.return_kpi", "return_kpi", r.returnKpi(), "the review");
  }

  // ---------------------------------------------------------------- objectives

  private void objectives() {
    List<Objective> list = items(raw.objectives());
    Set<String> served = new LinkedHashSet<>();
    // unknown when the actions, an action, its 'objectives' or one of them are missing or did not bind (already reported)
    boolean allKnown = raw.actions() != null;
    List<Action> actions = items(raw.actions());
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a == null || unbound(a.objectives(), item("actions", i) + ".objectives")
          || (a.objectives() != null && a.objectives().contains(null))) {
        allKnown = false;
      } else if (a.objectives() != null) {
        for (String id : a.objectives()) {
          if (id != null) {
            served.add(id);
          }
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Objective o = list.get(i);
      if (o == null) {
        continue;
      }
      String p = item("objectives", i);
      String name = o.id() == null ? p : "objective '" + o.id() + "'";
      if (o.kpi() != null && !kpis.containsKey(o.kpi())) {
        unknown(p + ".kpi", name + " measures KPI '" + o.kpi() + "'", o.kpi(), "KPI", kpis.keySet());
      }
      targetRef(p + ".segment", name, "segment", o.segment(), raw.segments());
      targetRef(p + ".channel", name, "channel", o.channel(), raw.channels());
      Kpi kpi = o.kpi() == null ? null : kpis.get(o.kpi());

      if (kpi != null && kpi.rollup() != Rollup.SUM && o.baseline() == null && !index.has(p + ".baseline")) {
        error(Rule.SCHEMA_REQUIRED, index.value(p), "missing required key 'baseline' in " + p + ": KPI '" + kpi.id()
            + "' rolls up by " + kpi.rollup().id() + ", so the target is a level to reach from a baseline; give the level at start");
      }
      specific(p, o);
      measurable(p, o, kpi);
      realistic(p, o);
      timeBound(p, o);
      if (allKnown && o.id() != null && !served.contains(o.id())) {
        error(Rule.SMART_ACHIEVABLE, index.value(p + ".id"), "no action serves objective '" + o.id()
            + "': add an action listing it in its 'objectives', or drop the objective");
      }
    }
  }

  private void specific(String p, Objective o) {
    if (o.title() == null) {
      return;
    }
    String t = o.title().strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    if (words < 4) {
      warning(Rule.SMART_SPECIFIC, index.value(p + ".title"), "the title '" + Excerpt.of(o.title()) + "' has " + words
          + (words == 1 ? " word" : " words") + ": state the change in 4 words or more, for example 'Grow mid-market MQLs to 400 a quarter'");
    }
  }

  private void measurable(String p, Objective o, Kpi kpi) {
    if (o.target() == null || o.baseline() == null) {
      return;
    }
    Location at = index.value(p + ".target");
    if (o.target().doubleValue() == o.baseline().doubleValue()) {
      error(Rule.SMART_MEASURABLE, at, "the target " + num(o.target()) + " equals the baseline: an objective must change "
          + "the KPI; set a target different from " + num(o.baseline()));
      return;
    }
    if (kpi == null || unknownDirection.contains(kpi.id())) {
      return;
    }
    Better better = kpi.better();
    boolean against = better == Better.HIGHER ? o.target() < o.baseline() : o.target() > o.baseline();
    if (against) {
      error(Rule.SMART_MEASURABLE, at, "the target " + num(o.target()) + " is " + (better == Better.HIGHER ? "below" : "above")
          + " the baseline " + num(o.baseline()) + " but KPI '" + kpi.id() + "' is better " + better.id()
          + ": set a target " + (better == Better.HIGHER ? "above" : "below") + " the baseline, or fix the KPI's 'better'");
    }
  }

  private void realistic(String p, Objective o) {
    if (o.target() == null || o.baseline() == null || (o.rationale() != null && !o.rationale().isBlank())) {
      return;
    }
    BigDecimal cap = BigDecimal.valueOf(review.maxChange() == null ? Review.DEFAULTS.maxChange() : review.maxChange());
    BigDecimal baseline = BigDecimal.valueOf(o.baseline());
    BigDecimal change = BigDecimal.valueOf(o.target()).subtract(baseline).abs();
    BigDecimal allowed = cap.multiply(baseline.abs());
    if (change.compareTo(allowed) > 0) {
      warning(Rule.SMART_REALISTIC, index.value(p + ".target"), "the target " + num(o.target()) + " moves the KPI by "
          + num(change) + " from the baseline " + num(o.baseline()) + ", more than max_change " + num(cap) + " × |baseline| = "
          + num(allowed) + ": add a 'rationale' saying why it is realistic, or lower the target");
    }
  }

  private void timeBound(String p, Objective o) {
    LocalDate ps = periodStart;
    LocalDate pe = periodEnd;
    LocalDate start = o.start() != null ? o.start() : ps;
    LocalDate deadline = o.deadline();
    String startPath = p + ".start";
    boolean startWritten = index.has(startPath);
    if (startWritten && start != null && outside(start, ps, pe)) {
      error(Rule.SMART_TIME_BOUND, index.value(startPath), "the start " + start + " is outside the plan period "
          + range(ps, pe) + ": start the objective within the period");
    }
    if (deadline != null) {
      Location at = index.value(p + ".deadline");
      if (outside(deadline, ps, pe)) {
        error(Rule.SMART_TIME_BOUND, at, "the deadline " + deadline + " is outside the plan period " + range(ps, pe)
            + ": set a deadline within the period, or extend the period");
      } else if (start != null && !deadline.isAfter(start)) {
        error(Rule.SMART_TIME_BOUND, at, "the deadline " + deadline + " is not after the start " + start
            + (startWritten ? "" : " (the period start)") + ": set a deadline after the start");
      }
    }
    List<Milestone> milestones = items(o.milestones());
    LocalDate previous = null;
    for (int j = 0; j < milestones.size(); j++) {
      Milestone m = milestones.get(j);
      if (m == null || m.date() == null) {
        continue;
      }
      Location at = index.value(item(p + ".milestones", j) + ".date");
      if (previous != null && !m.date().isAfter(previous)) {
        error(Rule.SMART_TIME_BOUND, at, "the milestone date " + m.date() + " is not after the previous milestone's "
            + previous + ": list milestones in strictly increasing date order");
      } else if ((start != null && !m.date().isAfter(start)) || (deadline != null && !m.date().isBefore(deadline))) {
        error(Rule.SMART_TIME_BOUND, at, "the milestone date " + m.date() + " is not strictly between the start "
            + dateOrDash(start) + " and the deadline " + dateOrDash(deadline) + ": move it inside the objective's window");
      }
      previous = m.date();
    }
  }

  // ---------------------------------------------------------------- actions

  private void actions() {
    List<Action> list = items(raw.actions());
    for (int i = 0; i < list.size(); i++) {
      Action a = list.get(i);
      if (a == null) {
        continue;
      }
      String p = item("actions", i);
      String name = a.id() == null ? p : "action '" + a.id() + "'";
      LocalDate latest = servedObjectives(p, name, a);
      targetRef(p + ".segment", name, "segment", a.segment(), raw.segments());
      targetRef(p + ".channel", name, "channel", a.channel(), raw.channels());
      actionDates(p, a, latest);
      resources(p, name, a);
      progress(p, name, a);
    }
  }

  /** Checks the objectives an action serves exist; returns the latest of their deadlines (or null). */
  private LocalDate servedObjectives(String p, String name, Action a) {
    LocalDate latest = null;
    List<String> served = items(a.objectives());
    for (int j = 0; j < served.size(); j++) {
      String id = served.get(j);
      if (id == null) {
        continue;
      }
      Objective o = objectives.get(id);
      if (o == null) {
        unknown(item(p + ".objectives", j), name + " serves objective '" + id + "'", id, "objective", objectives.keySet());
      } else if (o.deadline() != null && (latest == null || o.deadline().isAfter(latest))) {
        latest = o.deadline();
      }
    }
    return latest;
  }

  /** start ≤ due ≤ the latest deadline of its objectives, both inside the period. */
  private void actionDates(String p, Action a, LocalDate latest) {
    LocalDate start = a.start();
    LocalDate due = a.due();
    if (start != null && outside(start, periodStart, periodEnd)) {
      error(Rule.SMART_TIME_BOUND, index.value(p + ".start"), "the start " + start + " is outside the plan period "
          + range(periodStart, periodEnd) + ": start the action within the period");
    }
    if (due == null) {
      return;
    }
    Location at = index.value(p + ".due");
    if (start != null && due.isBefore(start)) {
      error(Rule.SMART_TIME_BOUND, at, "the due date " + due + " is before the start " + start
          + ": set a due date on or after the start");
    } else if (latest != null && due.isAfter(latest)) {
      error(Rule.SMART_TIME_BOUND, at, "the due date " + due + " is after " + latest
          + ", the latest deadline of the objectives it serves: finish the action by then, or move the deadline");
    } else if (outside(due, periodStart, periodEnd)) {
      error(Rule.SMART_TIME_BOUND, at, "the due date " + due + " is outside the plan period " + range(periodStart, periodEnd)
          + ": set a due date within the period");
    }
  }

  /** An action with neither money nor people-days (absent or 0) is not resourced. */
  private void resources(String p, String name, Action a) {
    boolean noBudget = a.budget() == null || a.budget() == 0;
    boolean noEffort = a.effortDays() == null || a.effortDays() == 0;
    if (noBudget && noEffort && !unbound(a.budget(), p + ".budget") && !unbound(a.effortDays(), p + ".effort_days")) {
      boolean zero = a.budget() != null;
      warning(Rule.SMART_ACHIEVABLE, index.value(p + (zero ? ".budget" : ".id")), name
          + (zero ? " has a budget of 0" : " has no budget") + " and no effort_days: say what it takes, with 'budget' (money) "
          + "or 'effort_days' (people-days), or both");
    }
  }

  /** Past due and still open; closed without learnings. */
  private void progress(String p, String name, Action a) {
    if (unbound(a.status(), p + ".status")) {
      return;
    }
    ActionStatus status = a.status() == null ? ActionStatus.PLANNED : a.status();
    boolean closed = status == ActionStatus.DONE || status == ActionStatus.STOPPED;
    if (!closed && a.due() != null && asOf != null && a.due().isBefore(asOf)) {
      warning(Rule.ACTION_STALE, index.value(p + ".due"), name + " was due on " + a.due() + " and is still " + status.id()
          + " on " + asOf + ": mark it done or stopped (with its learnings), or move its due date");
    }
    if (closed && (a.learnings() == null || a.learnings().isBlank()) && !unbound(a.learnings(), p + ".learnings")) {
      warning(Rule.ACTION_LEARNINGS, index.value(p + ".status"), name + " is " + status.id()
          + " but records no learnings: add 'learnings' saying what worked, what did not, and what to do next");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Whether a key was written but its value did not bind (already reported): rules that need it stay silent. */
  private boolean unbound(Object value, String path) {
    return value == null && index.has(path);
  }

  private void targetRef(String path, String owner, String what, String id, List<Target> targets) {
    if (id == null) {
      return;
    }
    Set<String> known = new LinkedHashSet<>(ids(targets, Target::id));
    known.remove(null);
    if (known.contains(id)) {
      return;
    }
    String other = what.equals("segment") ? "channel" : "segment";
    if (ids(other.equals("channel") ? raw.channels() : raw.segments(), Target::id).contains(id) && Slug.isValid(id)) {
      error(Rule.REF_UNKNOWN, index.value(path), owner + " names " + what + " '" + id + "', which is a " + other
          + ", not a " + what + ": write '" + other + ": " + id + "'");
      return;
    }
    unknown(path, owner + " names " + what + " '" + id + "'", id, what, known);
  }

  private void unknown(String path, String what, String id, String kind, Set<String> known) {
    if (!Slug.isValid(id)) {
      return; // a malformed id is reported by the field rules; it cannot name anything
    }
    String hint = Nearest.suggestion(id, known);
    String fix;
    if (known.isEmpty()) {
      fix = "the plan defines no " + kind + "s; define it, or remove the reference";
    } else if (known.size() <= 8) {
      fix = "use one of " + String.join(", ", known.stream().sorted().toList());
    } else {
      fix = "use the id of a " + kind + " the plan defines";
    }
    error(Rule.REF_UNKNOWN, index.value(path), what + ", which the plan does not define" + hint + ": " + fix);
  }

  private static boolean outside(LocalDate d, LocalDate start, LocalDate end) {
    return (start != null && d.isBefore(start)) || (end != null && d.isAfter(end));
  }

  private static String range(LocalDate start, LocalDate end) {
    return dateOrDash(start) + " to " + dateOrDash(end);
  }

  private static String dateOrDash(LocalDate d) {
    return d == null ? "?" : d.toString();
  }

  private static <T> List<T> items(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> List<String> ids(List<T> list, java.util.function.Function<T, String> id) {
    List<String> out = new ArrayList<>();
    for (T t : items(list)) {
      out.add(t == null ? null : id.apply(t));
    }
    return out;
  }

  private static String item(String list, int i) {
    return LocationIndex.item(list, i);
  }

  /** A number as a plan writes it: 50000, 0.25, 1.5 (no trailing .0, no exponent). */
  static String num(double d) {
    return num(BigDecimal.valueOf(d));
  }

  static String num(BigDecimal d) {
    BigDecimal r = d.round(new java.math.MathContext(12)).stripTrailingZeros();
    return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
  }

  private void error(Rule rule, Location at, String message) {
    out.add(new Finding(file, at.line(), at.column(), Severity.ERROR, rule, message));
  }

  private void warning(Rule rule, Location at, String message) {
    out.add(new Finding(file, at.line(), at.column(), Severity.WARNING, rule, message));
  }
}
