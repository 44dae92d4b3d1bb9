package dev.pac.check.rules;

import static dev.pac.check.rules.RuleFixture.findings;
import static dev.pac.check.rules.RuleFixture.only;
import static dev.pac.check.rules.RuleFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {
  @Test
  void aRatioKpiNamesBothItsParts() {
    String p =
        plan(
            "rollup: mean}\n",
            "rollup: mean}\n  - {id: rate, name: Rate, unit: ratio, rollup: ratio}\n");
    List<String> f =
        findings(SchemaRules.REQUIRED, p).stream()
            .map(x -> x.line() + ":" + x.column() + " " + x.message())
            .toList();
    assertEquals(
        List.of(
            "10:5 missing required key 'denominator' in kpis[2]: a KPI with 'rollup: ratio' is"
                + " computed as Σ numerator / Σ denominator; name the KPI id of its denominator",
            "10:5 missing required key 'numerator' in kpis[2]: a KPI with 'rollup: ratio' is"
                + " computed as Σ numerator / Σ denominator; name the KPI id of its numerator"),
        f);
  }

  @Test
  void anObjectiveOnAKpiThatDoesNotSumNeedsABaseline() {
    only(
        SchemaRules.REQUIRED,
        plan("    baseline: 50\n", ""),
        18,
        5,
        "missing required key 'baseline' in objectives[1]: KPI 'cycle' rolls up by mean, so the"
            + " target is a level to reach from a baseline; give the level at start");
    // written but not a number: a type error, not also a missing key
    assertEquals(
        List.of(),
        findings(SchemaRules.REQUIRED, plan("    baseline: 50\n", "    baseline: lots\n")));
  }

  @Test
  void samIsWithinTamForChannelsToo() {
    only(
        SchemaRules.RANGE,
        RuleFixture.PLAN + "channels:\n  - {id: events, name: Events, tam: 10, sam: 20}\n",
        34,
        46,
        "'sam' is 20, above 'tam' 10: the serviceable market is part of the total market, so sam"
            + " must not exceed tam");
  }

  @Test
  void weightsAreNotNegativeAndOneIsAboveZero() {
    String negative = RuleFixture.PLAN + "scoring: {segments: {sam: -1, effort: 1}}\n";
    only(
        SchemaRules.RANGE,
        negative,
        33,
        27,
        "the weight of 'sam' is -1: weights must be 0 or more (0 leaves the criterion out)");
    String zero = RuleFixture.PLAN + "scoring: {segments: {sam: 0}}\n";
    only(
        SchemaRules.RANGE,
        zero,
        33,
        11,
        "no weight in 'scoring.segments' is above 0: give at least one "
            + "criterion a weight above 0, or remove 'segments' to use the default weights");
    // a weight that did not bind might have been the one above 0: judge no further
    List<Finding> unbound =
        findings(
            SchemaRules.RANGE, RuleFixture.PLAN + "scoring: {segments: {sam: 0, effort: lots}}\n");
    assertEquals(List.of(), unbound);
  }
}
