package dev.pac.check.rules;

import static dev.pac.check.rules.PlanContext.item;
import static dev.pac.check.rules.PlanContext.items;
import static dev.pac.check.rules.PlanContext.named;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an action's progress: past due and still open, or closed without learnings. An
 * action whose status was written but did not bind (already reported) is judged by neither; one
 * with no status is planned ({@link Action#withDefaults}).
 */
public final class ActionRules {
  public static final CheckRule STALE =
      new CheckRule(
          new Rule("action.stale"),
          Severity.WARNING,
          "Actions past their due date are done or stopped.",
          "Mark the action done or stopped, or move its due date.",
          ActionRules::stale);

  public static final CheckRule LEARNINGS =
      new CheckRule(
          new Rule("action.learnings"),
          Severity.WARNING,
          "Finished actions record what was learned.",
          "Write what was learned in the action's learnings.",
          ActionRules::learnings);

  static final List<CheckRule> RULES = List.of(STALE, LEARNINGS);

  private ActionRules() {}

  /** Due strictly before the day judged, and neither done nor stopped. */
  private static void stale(PlanContext plan, Sink sink) {
    if (plan.asOf() == null) {
      return;
    }
    for (Map.Entry<String, Action> e : judged(plan).entrySet()) {
      String p = e.getKey();
      Action a = e.getValue();
      if (!a.closed() && a.due() != null && a.due().isBefore(plan.asOf())) {
        sink.report(
            p + ".due",
            Text.of(
                "rules.stale", named("action", a.id(), p), a.due(), a.status().id(), plan.asOf()));
      }
    }
  }

  /**
   * Done or stopped, and no learnings written (a learnings value that did not bind was reported
   * already).
   */
  private static void learnings(PlanContext plan, Sink sink) {
    for (Map.Entry<String, Action> e : judged(plan).entrySet()) {
      String p = e.getKey();
      Action a = e.getValue();
      if (a.closed()
          && (a.learnings() == null || a.learnings().isBlank())
          && !plan.unbound(a.learnings(), p + ".learnings")) {
        sink.report(
            p + ".status",
            Text.of("rules.no-learnings", named("action", a.id(), p), a.status().id()));
      }
    }
  }

  /**
   * The actions whose status is known, with their defaults, by path: an item that did not bind, or
   * whose status was written but did not bind, is left out.
   */
  private static Map<String, Action> judged(PlanContext plan) {
    Map<String, Action> out = new LinkedHashMap<>();
    List<Action> written = items(plan.raw().actions());
    for (int i = 0; i < written.size(); i++) {
      String p = item("actions", i);
      if (written.get(i) != null && !plan.unbound(written.get(i).status(), p + ".status")) {
        out.put(p, plan.actionAt(i));
      }
    }
    return out;
  }
}
