package dev.pac.check.rules;

import static dev.pac.check.rules.RuleFixture.findings;
import static dev.pac.check.rules.RuleFixture.only;
import static dev.pac.check.rules.RuleFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartRulesTest {
  @Test
  void aOneWordTitleSaysWordNotWords() {
    only(
        SmartRules.SPECIFIC,
        plan("Reach 500 MQLs this year", "Growth"),
        14,
        12,
        "the title 'Growth' has 1 word: state the change in 4 words or more, for example 'Grow"
            + " mid-market MQLs to 400 a quarter'");
  }

  /**
   * 'better' left out is higher (Kpi.withDefaults): a target below the baseline moves the wrong
   * way.
   */
  @Test
  void aKpiWithoutBetterIsBetterHigher() {
    String p = plan("    target: 500\n", "    baseline: 600\n    target: 500\n");
    only(
        SmartRules.MEASURABLE,
        p,
        17,
        13,
        "the target 500 is below the baseline 600 but KPI 'mql' is better "
            + "higher: set a target above the baseline, or fix the KPI's 'better'");
    only(
        SmartRules.MEASURABLE,
        plan("    target: 40\n", "    target: 50\n"),
        22,
        13,
        "the target 50 equals the baseline: an objective must change the KPI; set a target"
            + " different from 50");
  }

  @Test
  void anObjectiveNoActionServesIsAnErrorAtItsId() {
    only(
        SmartRules.ACHIEVABLE,
        plan("[more, faster]", "[more]"),
        18,
        9,
        "no action serves objective 'faster': add an action listing it in its 'objectives', or drop"
            + " the objective");
    // an item of 'objectives' that did not bind: which objectives are served is unknown, so none is
    // judged
    assertEquals(
        List.of(), findings(SmartRules.ACHIEVABLE, plan("[more, faster]", "[more, [faster]]")));
  }

  @Test
  void aBudgetWrittenAsZeroIsAWarningAtTheBudget() {
    var f =
        only(
            SmartRules.ACHIEVABLE,
            plan("    budget: 1000\n", "    budget: 0\n"),
            32,
            13,
            "action 'a1' has a budget of 0 and no effort_days: say what it takes, with 'budget'"
                + " (money) or 'effort_days' (people-days), or both");
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void aBigChangeWantsARationale() {
    String p = plan("    target: 500\n", "    baseline: 100\n    target: 500\n");
    only(
        SmartRules.REALISTIC,
        p,
        17,
        13,
        "the target 500 moves the KPI by 400 from the baseline 100, more than max_change 3 ×"
            + " |baseline| = 300: add a 'rationale' saying why it is realistic, or lower the"
            + " target");
    assertEquals(
        List.of(),
        findings(
            SmartRules.REALISTIC,
            p.replace(
                "    target: 500\n",
                "    target: 500\n    rationale: A new product launches in May.\n")));
  }
}
