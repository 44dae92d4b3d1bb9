package dev.pac.diff;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Better;
import dev.pac.model.Keyword;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.text.PlainNumber;
import dev.pac.workspace.LoadedPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule {@code pac diff --fail-on} can gate a change with. Each rule reads the diff and the plans
 * of both sides and names each item it fires on, as the catalogue says it ("objective grow-mql in
 * plans/growth.yaml: target 1500 → 1200").
 */
public enum GateRule implements Keyword {
  /** An objective's target moved against its KPI's {@code better} (down for higher-is-better). */
  TARGET_LOWERED {
    @Override
    List<Text> fire(DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head) {
      List<Text> out = new ArrayList<>();
      for (Change c : diff.changes()) {
        if (c.item() == Change.Item.OBJECTIVE
            && "target".equals(c.field())
            && c.before() instanceof Double b
            && c.after() instanceof Double h) {
          Better better = better(head.get(c.file()), c.id());
          if (better == Better.HIGHER ? h < b : h > b) {
            out.add(
                Text.of(
                    "diff.gate.target-lowered",
                    c.id(),
                    c.file(),
                    PlainNumber.of(b),
                    PlainNumber.of(h),
                    better.id()));
          }
        }
      }
      return out;
    }
  },
  /** An objective's deadline moved later. */
  DEADLINE_MOVED_LATER {
    @Override
    List<Text> fire(DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head) {
      List<Text> out = new ArrayList<>();
      for (Change c : diff.changes()) {
        if (c.item() == Change.Item.OBJECTIVE
            && "deadline".equals(c.field())
            && c.before() instanceof String b
            && c.after() instanceof String h
            && h.compareTo(b) > 0) {
          out.add(Text.of("diff.gate.deadline-moved-later", c.id(), c.file(), b, h));
        }
      }
      return out;
    }
  },
  /** An objective removed, alone or with its plan. */
  OBJECTIVE_REMOVED {
    @Override
    List<Text> fire(DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head) {
      List<Text> out = new ArrayList<>();
      for (Change c : diff.changes()) {
        if (c.item() == Change.Item.OBJECTIVE && c.change() == Change.Kind.REMOVED) {
          out.add(Text.of("diff.gate.objective-removed", c.id(), c.file()));
        } else if (c.item() == Change.Item.PLAN && c.change() == Change.Kind.REMOVED) {
          LoadedPlan p = base.get(c.file());
          if (p != null && p.plan() != null) {
            for (Objective o : p.plan().objectives()) {
              out.add(Text.of("diff.gate.objective-removed.plan", o.id(), c.file(), c.id()));
            }
          }
        }
      }
      return out;
    }
  },
  /** A plan of the head side whose actions' budgets sum above its {@code budget}. */
  BUDGET_OVER {
    @Override
    List<Text> fire(DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head) {
      List<Text> out = new ArrayList<>();
      for (LoadedPlan lp : head.values()) {
        Plan p = lp.plan();
        if (p == null || p.budget() == null || !PlanDiff.loads(lp)) {
          continue;
        }
        double sum = 0;
        for (Action a : p.actions()) {
          sum += a.budget() == null ? 0 : a.budget();
        }
        if (sum > p.budget()) {
          out.add(
              Text.of(
                  "diff.gate.budget-over",
                  p.id(),
                  lp.file(),
                  PlainNumber.of(sum),
                  PlainNumber.of(p.budget())));
        }
      }
      return out;
    }
  },
  /**
   * An objective's status improved (off-track < at-risk < on-track < achieved) by the edit alone,
   * same actuals, same date.
   */
  STATUS_BY_EDIT {
    @Override
    List<Text> fire(DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head) {
      List<Text> out = new ArrayList<>();
      for (ProjectionChange p :
          diff.projection() == null ? List.<ProjectionChange>of() : diff.projection()) {
        if (p.improved()) {
          out.add(Text.of("diff.gate.status-by-edit", p.objective(), p.plan(), p.old(), p.now()));
        }
      }
      return out;
    }
  };

  /**
   * The items this rule fires on (empty: it does not fire); {@code base} and {@code head} are the
   * plans by file.
   */
  abstract List<Text> fire(
      DiffReport diff, Map<String, LoadedPlan> base, Map<String, LoadedPlan> head);

  /** Each firing of each rule, as "RULE: item", rules in the order given. */
  public static List<Text> check(
      List<GateRule> rules, DiffReport diff, List<LoadedPlan> base, List<LoadedPlan> head) {
    Map<String, LoadedPlan> b = byFile(base);
    Map<String, LoadedPlan> h = byFile(head);
    List<Text> out = new ArrayList<>();
    for (GateRule r : rules) {
      for (Text item : r.fire(diff, b, h)) {
        out.add(Text.of("diff.gate.fired", r.id(), item));
      }
    }
    return out;
  }

  private static Map<String, LoadedPlan> byFile(List<LoadedPlan> plans) {
    Map<String, LoadedPlan> out = new LinkedHashMap<>();
    plans.forEach(p -> out.putIfAbsent(p.file(), p));
    return out;
  }

  private static Better better(LoadedPlan plan, String objective) {
    if (plan == null || plan.plan() == null) {
      return Better.HIGHER;
    }
    return plan.plan()
        .objective(objective)
        .flatMap(o -> plan.plan().kpi(o.kpi()))
        .map(Kpi::better)
        .orElse(Better.HIGHER);
  }
}
