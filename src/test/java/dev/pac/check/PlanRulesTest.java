package dev.pac.check;

import static dev.pac.check.PlanFixture.at;
import static dev.pac.check.PlanFixture.findings;
import static dev.pac.check.PlanFixture.load;
import static dev.pac.check.PlanFixture.only;
import static dev.pac.check.PlanFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.check.rules.ActionRules;
import dev.pac.check.rules.ReferenceRules;
import dev.pac.check.rules.SmartRules;
import dev.pac.check.rules.TimeBoundRule;
import dev.pac.model.Finding;
import dev.pac.model.Review;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
  static List<Rule> rules(String yaml) {
    return findings(yaml).stream().map(Finding::rule).toList();
  }

  // ---------------------------------------------------------------- robustness

  @Test
  void aPlanMissingAlmostEverythingReportsOnlyWhatIsMissing() {
    List<Finding> f =
        findings(
            "pac: 1\n"
                + "objectives:\n"
                + "  - id: o\n"
                + "  - 5\n"
                + "actions:\n"
                + "  - {id: a, objectives: [o, x]}\n"
                + "  - ~\n");
    assertTrue(
        f.stream()
            .allMatch(
                x ->
                    x.rule().id().startsWith("schema.")
                        || x.rule().equals(Rule.REF_UNKNOWN)
                        || x.rule().equals(SmartRules.ACHIEVABLE.id())),
        f.toString());
    assertEquals(
        1, f.stream().filter(x -> x.rule().equals(Rule.REF_UNKNOWN)).count(), f.toString());
  }

  @Test
  void rulesNeedingAValueThatDidNotBindStaySilent() {
    // 'better' did not bind: the direction is unknown, so no smart.measurable on the cycle
    // objective
    assertEquals(
        List.of(Rule.SCHEMA_ENUM),
        rules(plan("better: lower", "better: lowest", "    target: 40\n", "    target: 60\n")));
    // the period did not bind: no date rule judges against it
    assertEquals(List.of(Rule.SCHEMA_RANGE), rules(plan("end: 2027-12-31", "end: 2027-12-32")));
    // an action's 'objectives' did not bind: which objectives it serves is unknown
    assertEquals(
        List.of(Rule.SCHEMA_TYPE),
        rules(plan("    objectives: [more, faster]\n", "    objectives: more\n")));
    // a status that did not bind: neither stale nor learnings
    assertEquals(
        List.of(Rule.SCHEMA_ENUM),
        rules(plan("    due: 2027-06-30\n", "    due: 2027-03-01\n    status: finished\n")));
  }

  @Test
  void aWrongPeriodIsReportedOnceNotOncePerDate() {
    Finding f =
        only(
            plan(
                "period: {start: 2027-01-01, end: 2027-12-31}",
                "period: {start: 2027-12-31, end: 2027-01-01}"));
    at(f, Rule.SCHEMA_RANGE, 5, 34);
    assertEquals(
        "the period ends on 2027-01-01, not after its start 2027-12-31: the end must come after the"
            + " start",
        f.message());
  }

  // ---------------------------------------------------------------- references

  @Test
  void theSecondOfTwoEqualIdsIsFlagged() {
    Finding f =
        only(
            plan(
                "  - {id: cycle, name: Cycle",
                "  - {id: mql, name: Cycle",
                "    kpi: cycle\n",
                "    kpi: mql\n",
                "    baseline: 50\n    target: 40\n",
                "    baseline: 50\n    target: 60\n"));
    at(f, ReferenceRules.DUPLICATE_ID.id(), 9, 10);
    assertEquals(
        "KPI id 'mql' is already used by kpis[0] at line 8: give this KPI an id of its own",
        f.message());
  }

  @Test
  void spendAndReturnKpisAreCheckedOnlyWhenWritten() {
    assertEquals(
        List.of(), findings(plan("\nbudget: 1000\n", "\nbudget: 1000\nreview: {max_change: 2}\n")));
    Finding f = only(plan("\nbudget: 1000\n", "\nbudget: 1000\nreview: {return_kpi: mqls}\n"));
    at(f, Rule.REF_UNKNOWN, 7, 22);
    assertTrue(f.message().contains("(did you mean `mql`?)"), f.message());
  }

  // ---------------------------------------------------------------- SMART

  @Test
  void realismComparesExactlyAsWritten() {
    // |0.4 - 0.1| = 0.3 = 3 × 0.1: at the cap, not above it (in doubles 0.30000000000000004 on both
    // sides)
    String ratio =
        plan(
            "  - {id: cycle, name: Cycle, unit: days, better: lower, rollup: mean}\n",
            "  - {id: cycle, name: Cycle, unit: days, better: lower, rollup: mean}\n"
                + "  - {id: rate, name: Rate, unit: ratio, rollup: mean}\n",
            "    kpi: mql\n",
            "    kpi: rate\n    baseline: 0.1\n",
            "    target: 500\n",
            "    target: 0.4\n");
    assertEquals(List.of(), findings(ratio));
    Finding f = only(ratio.replace("target: 0.4\n", "target: 0.41\n"));
    at(f, SmartRules.REALISTIC.id(), 18, 13);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        "the target 0.41 moves the KPI by 0.31 from the baseline 0.1, more than max_change 3 ×"
            + " |baseline| = 0.3: add a 'rationale' saying why it is realistic, or lower the"
            + " target",
        f.message());
  }

  @Test
  void realismUsesTheWorkspaceCapUnlessThePlanSetsOne() {
    Review strict = new Review(null, null, null, null, null, null, null, 0.1, null);
    List<Finding> f = load(PlanFixture.PLAN, strict, PlanFixture.AS_OF).findings();
    assertEquals(
        List.of(SmartRules.REALISTIC.id()),
        f.stream().map(Finding::rule).toList()); // |40-50| = 10 > 0.1 × 50
    String own = plan("\nbudget: 1000\n", "\nbudget: 1000\nreview: {max_change: 0.2}\n");
    assertEquals(List.of(), load(own, strict, PlanFixture.AS_OF).findings());
  }

  @Test
  void aZeroBaselineMakesAnyChangeAskForARationale() {
    Finding f =
        only(
            plan(
                "    baseline: 50\n    target: 40\n",
                "    baseline: 0\n    target: 0.5\n",
                "better: lower, ",
                ""));
    assertEquals(SmartRules.REALISTIC.id(), f.rule());
  }

  @Test
  void budgetsAreSummedExactly() {
    // 0.1 + 0.2 is 0.30000000000000004 in doubles: it must not exceed a budget of 0.3
    String p =
        plan(
            "\nbudget: 1000\n",
            "\nbudget: 0.3\n",
            "    budget: 1000\n",
            "    budget: 0.1\n"
                + "  - {id: a2, title: T, objectives: [more], type: other, owner: B, start:"
                + " 2027-02-01, due: 2027-03-31, budget: 0.2}\n");
    assertEquals(List.of(), findings(p));
    Finding f = only(p.replace("budget: 0.3\n", "budget: 0.29\n"));
    at(f, SmartRules.ACHIEVABLE.id(), 6, 9);
    assertEquals(
        "the actions' budgets sum to 0.3 (2 actions), above the plan budget of 0.29: raise the plan"
            + " budget or cut the actions' budgets by 0.01",
        f.message());
  }

  @Test
  void anActionWithoutBudgetOrEffortIsAWarningAtItsId() {
    Finding f = only(plan("    budget: 1000\n", ""));
    at(f, SmartRules.ACHIEVABLE.id(), 25, 9);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.of(), findings(plan("    budget: 1000\n", "    effort_days: 0.5\n")));
  }

  @Test
  void aTitleOfThreeWordsIsNotSpecificButFourAre() {
    Finding f = only(plan("Reach 500 MQLs this year", "More MQLs please"));
    at(f, SmartRules.SPECIFIC.id(), 14, 12);
    assertEquals(List.of(), findings(plan("Reach 500 MQLs this year", "More MQLs, 500 please")));
    assertEquals(List.of(), findings(plan("Reach 500 MQLs this year", "  Reach\t500 MQLs  now ")));
  }

  // ---------------------------------------------------------------- time

  @Test
  void staleNeedsADueDateStrictlyBeforeTheDayJudged() {
    String p = plan("    due: 2027-06-30\n", "    due: 2027-03-15\n");
    assertEquals(List.of(), load(p, null, LocalDate.of(2027, 3, 15)).findings());
    List<Finding> f = load(p, null, LocalDate.of(2027, 3, 16)).findings();
    assertEquals(1, f.size(), f.toString());
    at(f.get(0), ActionRules.STALE.id(), 31, 10);
    assertEquals(
        "action 'a1' was due on 2027-03-15 and is still planned on 2027-03-16: "
            + "mark it done or stopped (with its learnings), or move its due date",
        f.get(0).message());
    assertEquals(List.of(), load(p, null, null).findings());
  }

  @Test
  void aClosedActionIsNeverStaleButWantsLearnings() {
    String p = plan("    due: 2027-06-30\n", "    due: 2027-03-01\n    status: done\n");
    Finding f = only(p);
    at(f, ActionRules.LEARNINGS.id(), 32, 13);
    assertEquals(
        List.of(),
        findings(p.replace("status: done\n", "status: done\n    learnings: It worked.\n")));
  }

  @Test
  void anActionMayEndOnItsLatestObjectiveDeadline() {
    // objectives more (2027-12-31) and faster (2027-09-30): the latest counts
    assertEquals(List.of(), findings(plan("    due: 2027-06-30\n", "    due: 2027-12-31\n")));
    List<Finding> f =
        findings(
            plan(
                "    objectives: [more, faster]\n",
                "    objectives: [faster]\n",
                "    due: 2027-06-30\n",
                "    due: 2027-10-01\n"));
    assertEquals(
        List.of(SmartRules.ACHIEVABLE.id(), TimeBoundRule.TIME_BOUND.id()),
        f.stream().map(Finding::rule).toList(),
        f.toString());
    at(f.get(0), SmartRules.ACHIEVABLE.id(), 13, 9); // 'more' is served by nobody now
    at(f.get(1), TimeBoundRule.TIME_BOUND.id(), 31, 10);
    assertEquals(
        "the due date 2027-10-01 is after 2027-09-30, the latest deadline of the objectives it"
            + " serves: finish the action by then, or move the deadline",
        f.get(1).message());
  }

  @Test
  void anObjectiveStartDefaultsToThePeriodStart() {
    Finding f = only(plan("    deadline: 2027-12-31\n", "    deadline: 2027-01-01\n"));
    at(f, TimeBoundRule.TIME_BOUND.id(), 17, 15);
    assertEquals(
        "the deadline 2027-01-01 is not after the start 2027-01-01 (the period start): set a"
            + " deadline after the start",
        f.message());
  }

  // ---------------------------------------------------------------- numbers in messages

  @Test
  void numbersInMessagesReadAsTheyAreWritten() {
    // every digit written, none added: 1234567.1234567 (not rounded to 12 digits), 100, not 100.0
    // or 1E+2
    Finding f = only(plan("tam: 100, sam: 50", "tam: 100, sam: 1234567.1234567"));
    at(f, Rule.SCHEMA_RANGE, 11, 54);
    assertEquals(
        "'sam' is 1234567.1234567, above 'tam' 100: the serviceable market is part of the total"
            + " market, so sam must not exceed tam",
        f.message());
  }
}
