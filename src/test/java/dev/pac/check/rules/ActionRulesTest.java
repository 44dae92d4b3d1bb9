package dev.pac.check.rules;

import static dev.pac.check.rules.RuleFixture.AS_OF;
import static dev.pac.check.rules.RuleFixture.findings;
import static dev.pac.check.rules.RuleFixture.only;
import static dev.pac.check.rules.RuleFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Finding;
import dev.pac.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRulesTest {
  static final LocalDate JULY = LocalDate.of(2027, 7, 1);

  @Test
  void theBasePlanIsCleanForEveryRule() {
    for (CheckRule r : Rules.ALL) {
      assertEquals(List.of(), findings(r, RuleFixture.PLAN), r.id().id());
    }
  }

  /**
   * An item that did not bind keeps its place: the defaults read are those of the action at that
   * place.
   */
  @Test
  void aStaleActionIsFoundAfterAnItemThatDidNotBind() {
    String p = plan("\nactions:\n", "\nactions:\n  - 5\n");
    List<Finding> f = findings(ActionRules.STALE, p, null, JULY);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(
        "32:10 action 'a1' was due on 2027-06-30 and is still planned on 2027-07-01: mark it done"
            + " or stopped (with its learnings), or move its due date",
        f.get(0).line() + ":" + f.get(0).column() + " " + f.get(0).message());
  }

  @Test
  void staleSaysTheStatusWrittenAndNeedsADayToJudgeBy() {
    String active = plan("    budget: 1000\n", "    budget: 1000\n    status: active\n");
    assertEquals(
        "action 'a1' was due on 2027-06-30 and is still active on 2027-07-01: mark it done or"
            + " stopped (with its learnings), or move its due date",
        findings(ActionRules.STALE, active, null, JULY).get(0).message());
    assertEquals(List.of(), findings(ActionRules.STALE, active, null, null));
    assertEquals(List.of(), findings(ActionRules.STALE, active, null, AS_OF));
    String done =
        plan(
            "    budget: 1000\n",
            "    budget: 1000\n    status: done\n    learnings: It worked.\n");
    assertEquals(List.of(), findings(ActionRules.STALE, done, null, JULY));
  }

  @Test
  void aStoppedActionWantsLearningsAtItsStatus() {
    String stopped = plan("    budget: 1000\n", "    budget: 1000\n    status: stopped\n");
    only(
        ActionRules.LEARNINGS,
        stopped,
        33,
        13,
        "action 'a1' is stopped but records no learnings: add "
            + "'learnings' saying what worked, what did not, and what to do next");
    only(
        ActionRules.LEARNINGS,
        stopped.replace("stopped\n", "stopped\n    learnings: '  '\n"),
        33,
        13,
        "action 'a1' is stopped but records no learnings: add 'learnings' saying what worked, what"
            + " did not, and what to do next");
    // learnings that did not bind were reported as such; an open action needs none
    assertEquals(
        List.of(),
        findings(
            ActionRules.LEARNINGS, stopped.replace("stopped\n", "stopped\n    learnings: 5\n")));
    assertEquals(List.of(), findings(ActionRules.LEARNINGS, stopped.replace("stopped", "active")));
  }

  @Test
  void aStatusThatDidNotBindIsJudgedByNeither() {
    String p = plan("    budget: 1000\n", "    budget: 1000\n    status: finished\n");
    assertEquals(List.of(), findings(ActionRules.STALE, p, null, JULY));
    assertEquals(List.of(), findings(ActionRules.LEARNINGS, p, null, JULY));
  }
}
