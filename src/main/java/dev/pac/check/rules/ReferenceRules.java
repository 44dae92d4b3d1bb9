package dev.pac.check.rules;

import static dev.pac.check.rules.PlanContext.ids;
import static dev.pac.check.rules.PlanContext.item;
import static dev.pac.check.rules.PlanContext.items;
import static dev.pac.check.rules.PlanContext.named;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.Slug;
import dev.pac.model.Target;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of ids: each unique within its list, each reference naming one that exists. */
public final class ReferenceRules {
  public static final CheckRule DUPLICATE_ID =
      new CheckRule(
          new Rule("ref.duplicate-id"),
          Severity.ERROR,
          "Ids are unique within their list.",
          "Give each item of the list its own id.",
          ReferenceRules::duplicateIds);

  public static final CheckRule UNKNOWN =
      new CheckRule(
          Rule.REF_UNKNOWN,
          Severity.ERROR,
          "Every reference names an id that exists.",
          "Refer to an id that exists in the plan; the message suggests the nearest.",
          ReferenceRules::references);

  static final List<CheckRule> RULES = List.of(DUPLICATE_ID, UNKNOWN);

  private ReferenceRules() {}

  // ---------------------------------------------------------------- ref.duplicate-id

  private static void duplicateIds(PlanContext plan, Sink sink) {
    Plan raw = plan.raw();
    duplicates(plan, sink, "kpis", "kpi", ids(raw.kpis(), Kpi::id));
    duplicates(plan, sink, "segments", "segment", ids(raw.segments(), Target::id));
    duplicates(plan, sink, "channels", "channel", ids(raw.channels(), Target::id));
    duplicates(plan, sink, "objectives", "objective", ids(raw.objectives(), Objective::id));
    duplicates(plan, sink, "actions", "action", ids(raw.actions(), Action::id));
  }

  /** {@code what} is the kind of item, as in the {@code rules.duplicate-id.KIND} keys. */
  private static void duplicates(
      PlanContext plan, Sink sink, String list, String what, List<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null) {
        continue;
      }
      Integer was = first.putIfAbsent(id, i);
      if (was != null) {
        sink.report(
            item(list, i) + ".id",
            Text.of(
                "rules.duplicate-id." + what,
                Excerpt.of(id),
                item(list, was),
                plan.at(item(list, was) + ".id").line()));
      }
    }
  }

  // ---------------------------------------------------------------- ref.unknown

  private static void references(PlanContext plan, Sink sink) {
    Plan raw = plan.raw();
    List<Kpi> kpis = items(raw.kpis());
    for (int i = 0; i < kpis.size(); i++) {
      Kpi k = kpis.get(i);
      if (k != null) {
        String p = item("kpis", i);
        Text owner = Text.of("rules.owner.kpi", String.valueOf(k.id())); // "null" when it has none
        kpi(plan, sink, p + ".numerator", "numerator", k.numerator(), owner);
        kpi(plan, sink, p + ".denominator", "denominator", k.denominator(), owner);
      }
    }
    Review r = raw.review();
    if (r != null) {
      Text owner = Text.of("rules.owner.review");
      kpi(plan, sink, "review.spend_kpi", "spend_kpi", r.spendKpi(), owner);
      kpi(plan, sink, "review.return_kpi", "return_kpi", r.returnKpi(), owner);
    }
    List<Objective> objectives = items(raw.objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o == null) {
        continue;
      }
      String p = item("objectives", i);
      Text name = named("objective", o.id(), p);
      if (o.kpi() != null && plan.kpi(o.kpi()) == null) {
        unknown(
            plan,
            sink,
            p + ".kpi",
            Text.of("rules.measures-kpi", name, o.kpi()),
            o.kpi(),
            "kpi",
            plan.kpiIds());
      }
      target(plan, sink, p + ".segment", name, "segment", o.segment());
      target(plan, sink, p + ".channel", name, "channel", o.channel());
    }
    List<Action> actions = items(raw.actions());
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a == null) {
        continue;
      }
      String p = item("actions", i);
      Text name = named("action", a.id(), p);
      List<String> served = items(a.objectives());
      for (int j = 0; j < served.size(); j++) {
        String id = served.get(j);
        if (id != null && plan.objective(id) == null) {
          unknown(
              plan,
              sink,
              item(p + ".objectives", j),
              Text.of("rules.serves-objective", name, id),
              id,
              "objective",
              plan.objectiveIds());
        }
      }
      target(plan, sink, p + ".segment", name, "segment", a.segment());
      target(plan, sink, p + ".channel", name, "channel", a.channel());
    }
  }

  private static void kpi(
      PlanContext plan, Sink sink, String path, String key, String id, Text owner) {
    if (id != null && plan.kpi(id) == null) {
      unknown(
          plan, sink, path, Text.of("rules.names-kpi", owner, key, id), id, "kpi", plan.kpiIds());
    }
  }

  /** A segment or channel reference; one naming an id of the other list says so. */
  private static void target(
      PlanContext plan, Sink sink, String path, Text owner, String what, String id) {
    if (id == null) {
      return;
    }
    boolean segment = what.equals("segment");
    Plan raw = plan.raw();
    List<Target> targets = items(segment ? raw.segments() : raw.channels());
    for (Target t : targets) {
      if (t != null && id.equals(t.id())) {
        return; // the usual case, checked without a set of every id
      }
    }
    Set<String> known = new LinkedHashSet<>(ids(targets, Target::id));
    known.remove(null);
    if (ids(segment ? raw.channels() : raw.segments(), Target::id).contains(id)
        && Slug.isValid(id)) {
      sink.report(
          path,
          Text.of(segment ? "rules.segment-is-channel" : "rules.channel-is-segment", owner, id));
      return;
    }
    unknown(
        plan,
        sink,
        path,
        Text.of(segment ? "rules.names-segment" : "rules.names-channel", owner, id),
        id,
        what,
        known);
  }

  /**
   * {@code what} names an id the plan does not define; {@code kind} is the kind of item it should
   * name, as in the {@code rules.none-defined.KIND} and {@code rules.use-defined.KIND} keys.
   */
  private static void unknown(
      PlanContext plan,
      Sink sink,
      String path,
      Text what,
      String id,
      String kind,
      Set<String> known) {
    if (!Slug.isValid(id)) {
      return; // a malformed id is reported by the field rules; it cannot name anything
    }
    Text fix;
    if (known.isEmpty()) {
      fix = Text.of("rules.none-defined." + kind);
    } else if (known.size() <= 8) {
      fix = Text.of("rules.use-one-of", String.join(", ", known.stream().sorted().toList()));
    } else {
      fix = Text.of("rules.use-defined." + kind);
    }
    sink.report(path, Text.of("rules.unknown", what, Nearest.suggestionText(id, known), fix));
  }
}
