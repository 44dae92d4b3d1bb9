package dev.pac.check.rules;

import static dev.pac.check.rules.PlanContext.item;
import static dev.pac.check.rules.PlanContext.items;
import static dev.pac.check.rules.PlanContext.named;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Better;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.text.Excerpt;
import dev.pac.text.PlainNumber;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SMART rules but time: objectives that say what changes, measurably, achievably and
 * realistically ({@link TimeBoundRule} holds the fifth). Amounts are compared as the decimals
 * written, not as doubles, so 0.1 + 0.2 is 0.3.
 */
public final class SmartRules {
  public static final CheckRule SPECIFIC =
      new CheckRule(
          new Rule("smart.specific"),
          Severity.WARNING,
          "Objective titles state the change (4 words or more).",
          "Write an objective title that states the change, in 4 words or more.",
          SmartRules::specific);

  public static final CheckRule MEASURABLE =
      new CheckRule(
          new Rule("smart.measurable"),
          Severity.ERROR,
          "Targets differ from the baseline and move the KPI in its better direction.",
          "Set a target that differs from the baseline, in the KPI's better direction.",
          SmartRules::measurable);

  /** An error, but a warning for an action without resources. */
  public static final CheckRule ACHIEVABLE =
      new CheckRule(
          new Rule("smart.achievable"),
          Severity.ERROR,
          "Every objective is served by an action and the actions fit the budget.",
          "Serve every objective with at least one action, keep the actions' budgets within the"
              + " plan budget, and give each action a budget or effort_days.",
          SmartRules::achievable);

  public static final CheckRule REALISTIC =
      new CheckRule(
          new Rule("smart.realistic"),
          Severity.WARNING,
          "Ambitious targets carry a rationale.",
          "Lower the target, or write a rationale that explains why this change is realistic.",
          SmartRules::realistic);

  static final List<CheckRule> RULES = List.of(SPECIFIC, MEASURABLE, ACHIEVABLE, REALISTIC);

  /** What separates a title's words (compiled once: every objective of every plan is split). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SmartRules() {}

  // ---------------------------------------------------------------- smart.specific

  private static void specific(PlanContext plan, Sink sink) {
    List<Objective> objectives = items(plan.raw().objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o == null || o.title() == null) {
        continue;
      }
      String t = o.title().strip();
      int words = t.isEmpty() ? 0 : SPACES.split(t).length;
      if (words < 4) {
        Text count =
            words == 0
                ? Text.of("rules.words.zero")
                : Text.of(words == 1 ? "rules.words.one" : "rules.words.many", words);
        sink.report(
            item("objectives", i) + ".title",
            Text.of("rules.title-words", Excerpt.of(o.title()), count));
      }
    }
  }

  // ---------------------------------------------------------------- smart.measurable

  private static void measurable(PlanContext plan, Sink sink) {
    List<Objective> objectives = items(plan.raw().objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o == null || o.target() == null || o.baseline() == null) {
        continue;
      }
      String at = item("objectives", i) + ".target";
      if (o.target().doubleValue() == o.baseline().doubleValue()) {
        sink.report(
            at,
            Text.of(
                "rules.target-equals-baseline",
                PlainNumber.of(o.target()),
                PlainNumber.of(o.baseline())));
        continue;
      }
      Kpi kpi = o.kpi() == null ? null : plan.kpi(o.kpi());
      if (kpi == null || plan.directionUnknown(kpi.id())) {
        continue;
      }
      Better better = kpi.better();
      boolean higher = better == Better.HIGHER;
      if (higher ? o.target() < o.baseline() : o.target() > o.baseline()) {
        sink.report(
            at,
            Text.of(
                higher ? "rules.target-below" : "rules.target-above",
                PlainNumber.of(o.target()),
                PlainNumber.of(o.baseline()),
                kpi.id(),
                better.id()));
      }
    }
  }

  // ---------------------------------------------------------------- smart.achievable

  private static void achievable(PlanContext plan, Sink sink) {
    withinBudget(plan, sink);
    served(plan, sink);
    resourced(plan, sink);
  }

  /** The actions' budgets, summed exactly, within the plan budget. */
  private static void withinBudget(PlanContext plan, Sink sink) {
    Plan raw = plan.raw();
    if (raw.budget() == null || raw.budget() < 0) {
      return;
    }
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
      sink.report(
          "budget",
          Text.of(
              "rules.over-budget",
              PlainNumber.of(total),
              Text.counted("rules.actions", counted),
              PlainNumber.of(budget),
              PlainNumber.of(total.subtract(budget))));
    }
  }

  /**
   * Every objective served by an action; judged only when every action's 'objectives' is known (an
   * action, its list or an item of it that is missing or did not bind has already been reported).
   */
  private static void served(PlanContext plan, Sink sink) {
    Plan raw = plan.raw();
    if (raw.actions() == null) {
      return;
    }
    Set<String> served = new HashSet<>();
    List<Action> actions = raw.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a == null
          || plan.unbound(a.objectives(), item("actions", i) + ".objectives")
          || (a.objectives() != null && a.objectives().contains(null))) {
        return;
      }
      if (a.objectives() != null) {
        served.addAll(a.objectives());
      }
    }
    List<Objective> objectives = items(raw.objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o != null && o.id() != null && !served.contains(o.id())) {
        sink.report(item("objectives", i) + ".id", Text.of("rules.unserved", o.id()));
      }
    }
  }

  /** An action with neither money nor people-days (absent or 0) is not resourced: a warning. */
  private static void resourced(PlanContext plan, Sink sink) {
    List<Action> actions = items(plan.raw().actions());
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a == null) {
        continue;
      }
      String p = item("actions", i);
      boolean noBudget = a.budget() == null || a.budget() == 0;
      boolean noEffort = a.effortDays() == null || a.effortDays() == 0;
      if (noBudget
          && noEffort
          && !plan.unbound(a.budget(), p + ".budget")
          && !plan.unbound(a.effortDays(), p + ".effort_days")) {
        boolean zero = a.budget() != null; // written as 0, rather than left out
        sink.report(
            Severity.WARNING,
            p + (zero ? ".budget" : ".id"),
            Text.of(
                zero ? "rules.no-resources-zero-budget" : "rules.no-resources",
                named("action", a.id(), p)));
      }
    }
  }

  // ---------------------------------------------------------------- smart.realistic

  /**
   * A change above max_change × |baseline| (the plan's, else the workspace's, else 3) wants a
   * rationale.
   */
  private static void realistic(PlanContext plan, Sink sink) {
    BigDecimal cap = BigDecimal.valueOf(plan.effective().review().maxChange());
    List<Objective> objectives = items(plan.raw().objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o == null
          || o.target() == null
          || o.baseline() == null
          || (o.rationale() != null && !o.rationale().isBlank())) {
        continue;
      }
      BigDecimal baseline = BigDecimal.valueOf(o.baseline());
      BigDecimal change = BigDecimal.valueOf(o.target()).subtract(baseline).abs();
      BigDecimal allowed = cap.multiply(baseline.abs());
      if (change.compareTo(allowed) > 0) {
        sink.report(
            item("objectives", i) + ".target",
            Text.of(
                "rules.unrealistic",
                PlainNumber.of(o.target()),
                PlainNumber.of(change),
                PlainNumber.of(o.baseline()),
                PlainNumber.of(cap),
                PlainNumber.of(allowed)));
      }
    }
  }
}
