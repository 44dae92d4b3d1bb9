package dev.pac.check.rules;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Period;
import dev.pac.model.Plan;
import dev.pac.yaml.Location;
import dev.pac.yaml.LocationIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What every rule's check reads, built once a plan: the plan as written ({@link #raw}: lists keep
 * the items that did not bind as null, so list indices match the file), the same plan with its
 * defaults applied by {@link Plan#withDefaults} ({@link #effective}: the workspace's review
 * thresholds and grain merged in), where each path is written ({@link #at}), the day {@code
 * action.stale} judges by, and the look-ups several rules share. Rules read defaults from {@link
 * #effective}, never work them out again, and read {@link #raw} for what the author wrote (whether
 * a key is there, list positions).
 *
 * <p>Every rule is null-tolerant: a required value that is missing or did not bind has already been
 * reported, so a rule that needs it stays silent.
 */
public final class PlanContext {
  private final Plan raw;
  private final Plan effective;
  private final LocationIndex index;
  private final Set<String> failed;
  private final LocalDate asOf;
  private boolean readTheDay;

  /** The KPIs by id, defaults applied (the first of duplicates). */
  private final Map<String, Kpi> kpis = new LinkedHashMap<>();

  /** The objectives by id, defaults applied (the first of duplicates). */
  private final Map<String, Objective> objectives = new HashMap<>();

  /** KPI ids whose 'better' was written but did not bind: their direction is unknown. */
  private final Set<String> unknownDirection = new HashSet<>();

  /**
   * The objectives and actions with their defaults, at their positions in the file (null where one
   * did not bind).
   */
  private final List<Objective> objectivesAt;

  private final List<Action> actionsAt;

  /**
   * The plan period's ends; both null when the period is missing or itself wrong (reported once,
   * not again per date).
   */
  private final LocalDate periodStart;

  private final LocalDate periodEnd;

  /**
   * {@code effective} is {@code raw} with its defaults; {@code failed} the paths written whose
   * value did not bind; {@code asOf} may be null (no day to judge by).
   */
  public PlanContext(
      Plan raw, Plan effective, LocationIndex index, Set<String> failed, LocalDate asOf) {
    this.raw = Objects.requireNonNull(raw);
    this.effective = Objects.requireNonNull(effective);
    this.index = index;
    this.failed = Set.copyOf(failed);
    this.asOf = asOf;
    for (Kpi k : effective.kpis()) {
      if (k.id() != null) {
        kpis.putIfAbsent(k.id(), k);
      }
    }
    Set<String> seen = new HashSet<>();
    List<Kpi> written = items(raw.kpis());
    for (int i = 0; i < written.size(); i++) {
      Kpi k = written.get(i);
      if (k != null
          && k.id() != null
          && seen.add(k.id())
          && unbound(k.better(), item("kpis", i) + ".better")) {
        unknownDirection.add(k.id());
      }
    }
    for (Objective o : effective.objectives()) {
      if (o.id() != null) {
        objectives.putIfAbsent(o.id(), o);
      }
    }
    this.objectivesAt = aligned(raw.objectives(), effective.objectives());
    this.actionsAt = aligned(raw.actions(), effective.actions());
    Period p = raw.period();
    boolean valid =
        p != null && p.start() != null && p.end() != null && p.start().isBefore(p.end());
    this.periodStart = valid ? p.start() : null;
    this.periodEnd = valid ? p.end() : null;
  }

  /** The plan as written. */
  public Plan raw() {
    return raw;
  }

  /** The plan with its defaults. */
  public Plan effective() {
    return effective;
  }

  /** Where the value at {@code path} is written (or the nearest mapping holding it). */
  public Location at(String path) {
    return index.value(path);
  }

  /** The day {@code action.stale} judges by; null: none. */
  public LocalDate asOf() {
    readTheDay = true;
    return asOf;
  }

  /**
   * Whether {@link #asOf} was asked since the last call: a rule that did not ask it judged this
   * plan the same whatever the day.
   */
  public boolean askedTheDay() {
    boolean asked = readTheDay;
    readTheDay = false;
    return asked;
  }

  /** The KPI of that id with its defaults (the first of duplicates), or null. */
  public Kpi kpi(String id) {
    return kpis.get(id);
  }

  /** The ids of the KPIs the plan defines. */
  public Set<String> kpiIds() {
    return Collections.unmodifiableSet(kpis.keySet());
  }

  /**
   * Whether the KPI's 'better' was written but did not bind: which way it should move is unknown.
   */
  public boolean directionUnknown(String kpiId) {
    return unknownDirection.contains(kpiId);
  }

  /** The objective of that id with its defaults (the first of duplicates), or null. */
  public Objective objective(String id) {
    return objectives.get(id);
  }

  public Set<String> objectiveIds() {
    return Collections.unmodifiableSet(objectives.keySet());
  }

  /**
   * The objective at {@code objectives[i]} with its defaults; null where that item did not bind.
   */
  public Objective objectiveAt(int i) {
    return objectivesAt.get(i);
  }

  /** The action at {@code actions[i]} with its defaults; null where that item did not bind. */
  public Action actionAt(int i) {
    return actionsAt.get(i);
  }

  /**
   * The plan period's start, or null when the period is missing or wrong (it is then judged on its
   * own).
   */
  public LocalDate periodStart() {
    return periodStart;
  }

  /** The plan period's end, or null when the period is missing or wrong. */
  public LocalDate periodEnd() {
    return periodEnd;
  }

  /** Whether the period has both ends, in order: dates are judged against it only then. */
  public boolean periodValid() {
    return periodStart != null;
  }

  /**
   * Whether a key was written but its value did not bind (already reported): rules that need it
   * stay silent.
   */
  public boolean unbound(Object value, String path) {
    return value == null && failed.contains(path);
  }

  /**
   * Whether the key at {@code path}, whose value bound to {@code value}, is written: every written
   * value binds, or is among those that did not ({@link #unbound}).
   */
  public boolean written(Object value, String path) {
    return value != null || failed.contains(path);
  }

  /**
   * How a message names an item of kind {@code action} or {@code objective}: {@code action
   * 'webinars'} ({@code rules.named.KIND}), or its path when it has no id.
   */
  public static Text named(String kind, String id, String path) {
    return id == null ? Text.plain(path) : Text.of("rules.named." + kind, id);
  }

  /** A list as read, or none. */
  public static <T> List<T> items(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The path of a list's item: {@code objectives[2]}. */
  public static String item(String list, int i) {
    return LocationIndex.item(list, i);
  }

  /**
   * The ids of a list's items, at their positions (null for an item that did not bind or has no
   * id).
   */
  public static <T> List<String> ids(List<T> list, Function<T, String> id) {
    List<String> out = new ArrayList<>();
    for (T t : items(list)) {
      out.add(t == null ? null : id.apply(t));
    }
    return out;
  }

  /**
   * The items of {@code effective}, which holds {@code raw}'s items that bound, in order, placed
   * back at {@code raw}'s positions (null where an item did not bind).
   */
  private static <T> List<T> aligned(List<T> raw, List<T> effective) {
    List<T> out = new ArrayList<>();
    int next = 0;
    for (T t : items(raw)) {
      out.add(t == null ? null : effective.get(next++));
    }
    if (next != effective.size()) {
      throw new IllegalArgumentException(
          "the plan with defaults does not hold the items of the plan as written");
    }
    return out;
  }
}
