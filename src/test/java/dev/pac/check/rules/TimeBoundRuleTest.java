package dev.pac.check.rules;

import static dev.pac.check.rules.RuleFixture.findings;
import static dev.pac.check.rules.RuleFixture.only;
import static dev.pac.check.rules.RuleFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeBoundRuleTest {
  static final CheckRule RULE = TimeBoundRule.TIME_BOUND;

  /**
   * The objective after an item that did not bind takes its own start (the period's), not that of
   * the objective next to it: the defaults read are those of the item at that place.
   */
  @Test
  void anObjectiveStartDefaultsToThePeriodsAfterAnItemThatDidNotBind() {
    String p =
        plan(
            "\nobjectives:\n",
            "\nobjectives:\n  - 5\n",
            "    kpi: mql\n",
            "    kpi: mql\n    start: 2027-06-01\n",
            "    deadline: 2027-09-30\n",
            "    deadline: 2027-01-01\n");
    Finding f =
        only(
            RULE,
            p,
            25,
            15,
            "the deadline 2027-01-01 is not after the start 2027-01-01 (the period start): "
                + "set a deadline after the start");
    assertEquals(
        "l'échéance 2027-01-01 n'est pas après le début 2027-01-01 (le début de la période)\u00A0: "
            + "fixez une échéance après le début",
        f.say(Catalogue.of(true)));
  }

  @Test
  void aWrittenStartIsJudgedAgainstThePeriod() {
    String p = plan("    kpi: mql\n", "    kpi: mql\n    start: 2026-12-01\n");
    only(
        RULE,
        p,
        16,
        12,
        "the start 2026-12-01 is outside the plan period 2027-01-01 to 2027-12-31: "
            + "start the objective within the period");
  }

  @Test
  void anActionStartsInThePeriodAndIsDueAfterItStarts() {
    only(
        RULE,
        plan("    start: 2027-02-01\n", "    start: 2026-12-01\n"),
        30,
        12,
        "the start 2026-12-01 is outside the plan period 2027-01-01 to 2027-12-31: start the action"
            + " within the period");
    only(
        RULE,
        plan("    due: 2027-06-30\n", "    due: 2027-01-15\n"),
        31,
        10,
        "the due date 2027-01-15 is before the start 2027-02-01: set a due date on or after the"
            + " start");
    assertEquals(List.of(), findings(RULE, plan("    due: 2027-06-30\n", "    due: 2027-02-01\n")));
  }

  @Test
  void milestonesFallStrictlyInsideTheObjectivesWindowInOrder() {
    String p =
        plan(
            "    deadline: 2027-09-30\n",
            "    deadline: 2027-09-30\n    milestones:\n      - {date: 2027-05-01, value: 45}\n"
                + "      - {date: 2027-04-01, value: 42}\n      - {date: 2027-09-30, value: 41}\n");
    List<String> messages =
        findings(RULE, p).stream()
            .map(f -> f.line() + ":" + f.column() + " " + f.message())
            .toList();
    assertEquals(
        List.of(
            "26:16 the milestone date 2027-04-01 is not after the previous milestone's 2027-05-01: "
                + "list milestones in strictly increasing date order",
            "27:16 the milestone date 2027-09-30 is not strictly between the start 2027-01-01 and"
                + " the deadline 2027-09-30: move it inside the objective's window"),
        messages);
  }
}
