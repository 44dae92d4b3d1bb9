package dev.pac.check.rules;

import static dev.pac.check.rules.RuleFixture.findings;
import static dev.pac.check.rules.RuleFixture.only;
import static dev.pac.check.rules.RuleFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {
  @Test
  void theSecondObjectiveOfAnIdNamesTheFirstsLine() {
    only(
        ReferenceRules.DUPLICATE_ID,
        plan("  - id: faster\n", "  - id: more\n", "[more, faster]", "[more]"),
        18,
        9,
        "objective id 'more' is already used by objectives[0] at line 13: give this objective an id"
            + " of its own");
  }

  @Test
  void anUnknownObjectiveIsNamedWithItsNearestAndTheIdsThePlanHas() {
    only(
        ReferenceRules.UNKNOWN,
        plan("[more, faster]", "[more, fastr]"),
        27,
        24,
        "action 'a1' serves objective 'fastr', which the plan does not define (did you mean"
            + " `faster`?): use one of faster, more");
  }

  @Test
  void pastEightIdsTheFixNamesNone() {
    StringBuilder kpis = new StringBuilder("rollup: mean}\n");
    for (int i = 1; i <= 7; i++) {
      kpis.append("  - {id: k").append(i).append(", name: K, unit: count}\n");
    }
    String p = plan("rollup: mean}\n", kpis.toString(), "    kpi: mql\n", "    kpi: mqls\n");
    Finding f =
        only(
            ReferenceRules.UNKNOWN,
            p,
            22,
            10,
            "objective 'more' measures KPI 'mqls', which the plan does not define "
                + "(did you mean `mql`?): use the id of a KPI the plan defines");
    assertEquals(
        "l'objectif 'more' mesure l'indicateur 'mqls', que le plan ne définit pas (vouliez-vous"
            + " dire `mql`\u00A0?)\u00A0: utilisez l'id d'un indicateur que le plan définit",
        f.say(Catalogue.of(true)));
  }

  @Test
  void aChannelNamedAsASegmentSaysWhichKeyToWrite() {
    String p =
        plan("    owner: Ben\n", "    owner: Ben\n    segment: events\n")
            + "channels:\n  - {id: events, name: Events}\n";
    only(
        ReferenceRules.UNKNOWN,
        p,
        30,
        14,
        "action 'a1' names segment 'events', which is a channel, not a segment: write 'channel:"
            + " events'");
  }

  /** A malformed id is a field error; it cannot name anything, so no reference error is added. */
  @Test
  void aMalformedIdIsNotAlsoUnknown() {
    assertEquals(
        List.of(),
        findings(ReferenceRules.UNKNOWN, plan("    kpi: mql\n", "    kpi: Mql Count\n")));
  }
}
