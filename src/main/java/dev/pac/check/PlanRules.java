package dev.pac.check;

import dev.pac.check.rules.CheckRule;
import dev.pac.check.rules.PlanContext;
import dev.pac.check.rules.Rules;
import dev.pac.check.rules.Sink;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
import dev.pac.yaml.LocationIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rules that look across a plan's fields: each rule of {@link Rules#ALL} (references,
 * SMART, actions, the bounds that join two fields) checks the plan, reporting to a sink of its own.
 */
public final class PlanRules {
  private PlanRules() {}

  /**
   * The findings of every rule on a plan: {@code raw} as written (lists keep the items that did not
   * bind as null, so list indices match the file), {@code effective} the same with its defaults
   * applied ({@link Plan#withDefaults}), {@code failed} the paths written whose value did not bind
   * (already reported), {@code asOf} the day {@code action.stale} judges by (null: none), {@code
   * warnings} whether warnings are kept (else only errors are). The findings come rule by rule;
   * {@link PlanLoader} sorts them by position.
   */
  public static List<Finding> check(
      Plan raw,
      Plan effective,
      String file,
      LocationIndex index,
      Set<String> failed,
      LocalDate asOf,
      boolean warnings) {
    return judge(raw, effective, file, index, failed, asOf, warnings, null).findings();
  }

  /** What the rules found, and the rules that asked the day they judge by. */
  public record Judged(List<Finding> findings, Set<Rule> dated) {}

  /**
   * The findings of {@link #check}, only the rules of {@code only} run when it is not null, with
   * the rules that asked the day ({@link PlanContext#asOf}): the others judged the plan as they
   * would on any day, so that a plan they found nothing in needs only the rules that asked it on
   * another day ({@code workspace.CheckedFiles} keeps which).
   */
  public static Judged judge(
      Plan raw,
      Plan effective,
      String file,
      LocationIndex index,
      Set<String> failed,
      LocalDate asOf,
      boolean warnings,
      Set<Rule> only) {
    PlanContext plan = new PlanContext(raw, effective, index, failed, asOf);
    List<Finding> out = new ArrayList<>();
    Set<Rule> dated = new LinkedHashSet<>();
    for (CheckRule rule : Rules.ALL) {
      if (only != null && !only.contains(rule.id())) {
        continue;
      }
      Sink sink = new Sink(file, rule, index, warnings);
      rule.check().run(plan, sink);
      out.addAll(sink.findings());
      if (plan.askedTheDay()) {
        dated.add(rule.id());
      }
    }
    return new Judged(out, dated);
  }
}
