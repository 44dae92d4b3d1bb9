package dev.pac.workspace;

import static dev.pac.check.PlanFixture.at;
import static dev.pac.check.PlanFixture.findings;
import static dev.pac.check.PlanFixture.only;
import static dev.pac.check.PlanFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.check.PlanFixture;
import dev.pac.model.Action;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.yaml.RecordBinder;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRulesTest {
  @Test
  void theFixtureIsClean() {
    assertEquals(List.of(), findings(PlanFixture.PLAN));
  }

  @Test
  void aCamelCaseComponentMapsToItsSnakeCaseKeyInAListItem() {
    Finding f =
        only(
            plan(
                "  - {id: smb, name: Small businesses, tam: 100, sam: 50}\n",
                "  - {id: smb, name: Small businesses, tam: 100, sam: 50}\n"
                    + "  - {id: mid, name: Mid, avg_mrr: -5}\n"));
    at(f, Rule.SCHEMA_RANGE, 12, 35);
    assertEquals("'avg_mrr' must be 0 or more, got -5", f.message());
  }

  @Test
  void anInvalidIdInsideAListOfIdsIsLocatedAtThatItem() {
    Finding f =
        only(plan("    objectives: [more, faster]\n", "    objectives: [more, faster, Bad_Id]\n"));
    // actions[0].objectives[2]; a malformed id is reported once, as malformed, not also as unknown
    at(f, Rule.SCHEMA_RANGE, 27, 32);
    assertTrue(f.message().startsWith("'objectives[2]' must be an id"), f.message());
  }

  @Test
  void nestedRecordsMapThroughEveryLevel() {
    Finding f =
        only(
            plan(
                "    budget: 1000\n",
                "    budget: 1000\n    review: {min_roi: 2, window_weeks: 0}\n"));
    at(f, Rule.SCHEMA_RANGE, 33, 40);
    assertEquals("'window_weeks' must be at least 1, got 0", f.message());
  }

  @Test
  void milestonesAreCheckedPerItem() {
    Finding f =
        only(
            plan(
                "    deadline: 2027-12-31\n",
                "    deadline: 2027-12-31\n    milestones:\n      - {date: 2027-06-30}\n"));
    at(f, Rule.SCHEMA_REQUIRED, 19, 9);
    assertEquals("missing required key 'value' in objectives[0].milestones[0]", f.message());
  }

  @Test
  void aMissingKeyIsLocatedAtItsMapping() {
    Finding f = only(plan("    kpi: mql\n", ""));
    at(f, Rule.SCHEMA_REQUIRED, 13, 5);
    assertEquals("missing required key 'kpi' in objectives[0]", f.message());
    Finding top = only(plan("owner: Ana\n", ""));
    at(top, Rule.SCHEMA_REQUIRED, 1, 1);
    assertEquals("missing required key 'owner'", top.message());
  }

  @Test
  void anEmptyRequiredListIsLocatedAtTheList() {
    List<Finding> f =
        findings(
            plan(
                "kpis:\n"
                    + "  - {id: mql, name: MQLs, unit: count}\n"
                    + "  - {id: cycle, name: Cycle, unit: days, better: lower, rollup: mean}\n",
                "kpis: []\n"));
    Finding empty =
        f.stream().filter(x -> x.rule() == Rule.SCHEMA_REQUIRED).findFirst().orElseThrow();
    at(empty, Rule.SCHEMA_REQUIRED, 7, 7);
  }

  @Test
  void aValueThatDidNotBindIsNotReportedAgainAsMissing() {
    Finding f = only(plan("    target: 500\n", "    target: lots\n"));
    at(f, Rule.SCHEMA_TYPE, 16, 13);
  }

  @Test
  void yamlPathsUseKeysNotComponentNames() {
    List<Finding> f =
        findings(plan("    budget: 1000\n", "    budget: 1000\n    effort_days: -2\n"));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().startsWith("'effort_days' "), f.get(0).message());
    at(f.get(0), Rule.SCHEMA_RANGE, 33, 18);
  }

  @Test
  void aRuleBrokenUnderAKeyWrittenInFrenchIsPlacedWhereItIsWritten() {
    // 'objectifs' is read as 'objectives': its items' rules are checked, and placed in the file
    List<Finding> f = findings(plan("objectives:\n  - id: more\n", "objectifs:\n  - id: More\n"));
    Finding range = f.stream().filter(x -> x.rule() == Rule.SCHEMA_RANGE).findFirst().orElseThrow();
    at(range, Rule.SCHEMA_RANGE, 13, 9);
    assertTrue(range.message().startsWith("'id' must be an id"), range.message());
    assertTrue(
        f.stream().anyMatch(x -> x.rule() == Rule.SCHEMA_UNKNOWN_KEY && x.line() == 12),
        f.toString());
  }

  @Test
  void theBinderAsksAboutEachValueAndReportsOnlyWhatBinds() {
    YamlDocument doc =
        new YamlReader()
            .parse(
                "id: Bad\ntitle: t\nobjectives: [ok, Not-Ok, ~]\ntype: promotion\n"
                    .getBytes(StandardCharsets.UTF_8),
                "a.yaml");
    RecordBinder.Result<Action> r =
        RecordBinder.bind(doc.root(), Action.class, "a.yaml", FieldRules.RULES);
    List<String> seen =
        r.findings().stream()
            .map(x -> x.line() + ":" + x.column() + " " + x.rule().id())
            .sorted()
            .toList();
    // the id, the second item (not the null third, which is a type error), and the absent owner,
    // start, due
    assertEquals(
        List.of(
            "1:1 schema.required",
            "1:1 schema.required",
            "1:1 schema.required",
            "1:5 schema.range",
            "3:18 schema.range",
            "3:26 schema.type"),
        seen);
    assertEquals(
        List.of(),
        RecordBinder.bind(doc.root(), Action.class, "a.yaml").findings().stream()
            .filter(x -> x.rule() != Rule.SCHEMA_TYPE)
            .toList());
  }
}
