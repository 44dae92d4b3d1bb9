package dev.pac.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.diff.Change.Item;
import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Target;
import dev.pac.model.WorkspaceSettings;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PlanDiffTest {
  static final String PLAN =
      """
      pac: 1
      id: growth
      title: Growth plan 2027
      owner: Ana
      period: {start: 2027-01-01, end: 2027-12-31}
      kpis:
        - {id: mql, name: MQLs, unit: count}
      segments:
        - {id: smb, name: Small, sam: 1000, close_rate: 0.2}
        - {id: mid, name: Mid-market, sam: 500, close_rate: 0.3}
        - {id: ent, name: Enterprise, sam: 100, close_rate: 0.1}
      objectives:
        - id: grow-mql
          title: Grow MQLs from webinars this year
          kpi: mql
          target: 1200
          deadline: 2027-12-31
          milestones: [{date: 2027-06-30, value: 500}]
      actions:
        - id: webinars
          title: Monthly webinars
          objectives: [grow-mql]
          type: promotion
          owner: Bob
          start: 2027-02-01
          due: 2027-11-30
      """;

  static LoadedPlan load(String file, String yaml) {
    return load(file, yaml, null);
  }

  static LoadedPlan load(String file, String yaml, Review workspace) {
    return new PlanLoader()
        .check(
            Path.of(file),
            new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), file),
            new WorkspaceSettings(null, null, null, null, workspace),
            LocalDate.of(2027, 3, 15));
  }

  static List<Change> diff(String before, String after) {
    return new PlanDiff(null)
        .compare("a", List.of(load("p.yaml", before)), "b", List.of(load("p.yaml", after)))
        .changes();
  }

  static Change changed(Item item, String id, String field, Object before, Object after) {
    return Change.changed("p.yaml", item, id, field, before, after);
  }

  @Test
  void writingADefaultOutIsNoChange() {
    String explicit =
        PLAN.replace("    owner: Bob\n", "    owner: Bob\n    status: planned\n    budget: 0\n")
            .replace("unit: count}", "unit: count, better: higher, rollup: sum}")
            .replace(
                "owner: Ana\n",
                "owner: Ana\n"
                    + "currency: EUR\n"
                    + "scoring: {method: weighted-sum}\n"
                    + "review: {min_roi: 1.5}\n");
    assertEquals(List.of(), diff(PLAN, explicit));
  }

  @Test
  void oneEntryPerChangedField() {
    String after =
        PLAN.replace("target: 1200", "target: 1500")
            .replace("deadline: 2027-12-31", "deadline: 2027-10-31")
            .replace("owner: Bob", "owner: Chloé\n    budget: 5000\n    review: {min_roi: 2}")
            .replace(
                "{id: smb, name: Small, sam: 1000, close_rate: 0.2}",
                "{id: smb, name: Small, sam: 1200}")
            .replace("value: 500}", "value: 600}");
    assertEquals(
        List.of(
            changed(Item.SEGMENT, "smb", "sam", 1000.0, 1200.0),
            changed(Item.SEGMENT, "smb", "close_rate", 0.2, null),
            changed(Item.OBJECTIVE, "grow-mql", "target", 1200.0, 1500.0),
            changed(Item.OBJECTIVE, "grow-mql", "deadline", "2027-12-31", "2027-10-31"),
            changed(
                Item.OBJECTIVE,
                "grow-mql",
                "milestones",
                List.of(Map.of("date", "2027-06-30", "value", 500.0)),
                List.of(Map.of("date", "2027-06-30", "value", 600.0))),
            changed(Item.ACTION, "webinars", "owner", "Bob", "Chloé"),
            changed(Item.ACTION, "webinars", "budget", 0.0, 5000.0),
            changed(Item.ACTION, "webinars", "review.min_roi", null, 2.0)),
        diff(PLAN, after));
  }

  @Test
  void weightsChangeOneCriterionAtATime() {
    String after =
        PLAN.replace(
            "owner: Ana\n",
            "owner: Ana\nscoring:\n  method: topsis\n  channels: {cac: 2, ltv_to_cac: 3,"
                + " conversion_rate: 2, maturity_fit: 1, effort: 1}\n");
    assertEquals(
        List.of(
            changed(Item.PLAN, "growth", "scoring.method", "weighted-sum", "topsis"),
            changed(Item.PLAN, "growth", "scoring.channels.cac", 1.0, 2.0)),
        diff(PLAN, after));
  }

  @Test
  void itemsAddedAndRemovedInTheirKinds() {
    String after =
        PLAN.replace("  - {id: ent, name: Enterprise, sam: 100, close_rate: 0.1}\n", "")
                .replace("kpis:\n", "kpis:\n  - {id: sql, name: SQLs, unit: count}\n")
                .replace("channels", "channels")
            + "channels:\n  - {id: events, name: Events}\n";
    assertEquals(
        List.of(
            Change.added("p.yaml", Item.KPI, "sql"),
            Change.removed("p.yaml", Item.SEGMENT, "ent"),
            Change.added("p.yaml", Item.CHANNEL, "events")),
        diff(PLAN, after));
  }

  @Test
  void theWorkspaceReviewIsPartOfEachSide() {
    LoadedPlan a = load("p.yaml", PLAN, null);
    LoadedPlan b =
        load("p.yaml", PLAN, new Review(null, 2.0, null, null, null, null, null, null, null));
    assertEquals(
        List.of(changed(Item.PLAN, "growth", "review.min_roi", 1.5, 2.0)),
        new PlanDiff(null).compare("a", List.of(a), "b", List.of(b)).changes());
  }

  @Test
  void rankingChangesThroughTheSeam() {
    // a stand-in ranking: by close rate, best first (the real one is pac score's)
    Function<Plan, List<String>> byCloseRate =
        p ->
            p.segments().stream()
                .sorted(
                    Comparator.comparing((Target t) -> t.closeRate() == null ? 0 : t.closeRate())
                        .reversed())
                .map(Target::id)
                .toList();
    String after = PLAN.replace("sam: 1000, close_rate: 0.2}", "sam: 1000, close_rate: 0.4}");
    DiffReport r =
        new PlanDiff(new PlanDiff.Rankings(byCloseRate, null))
            .compare("a", List.of(load("p.yaml", PLAN)), "b", List.of(load("p.yaml", after)));
    assertEquals(
        List.of(
            changed(Item.SEGMENT, "smb", "close_rate", 0.2, 0.4),
            changed(Item.SEGMENT, "smb", "rank", 2, 1),
            changed(Item.SEGMENT, "mid", "rank", 1, 2)),
        r.changes());
    // without a ranking, only the field
    assertEquals(List.of(changed(Item.SEGMENT, "smb", "close_rate", 0.2, 0.4)), diff(PLAN, after));
  }

  @Test
  void aRankingThatCannotRankIsANote() {
    Function<Plan, List<String>> failing =
        p -> {
          throw PacException.invalid(null, Text.plain("every weight is 0"));
        };
    DiffReport r =
        new PlanDiff(new PlanDiff.Rankings(failing, null))
            .compare("a", List.of(load("p.yaml", PLAN)), "b", List.of(load("p.yaml", PLAN)));
    assertEquals(List.of(), r.changes());
    assertEquals(
        List.of(
            "a: the segments cannot be ranked: every weight is 0",
            "b: the segments cannot be ranked: every weight is 0"),
        r.notes().stream().map(n -> n.revision() + ": " + n.message()).toList());
  }

  @Test
  void aPlanThatDoesNotLoadAtOneSideIsANote() {
    DiffReport r =
        new PlanDiff(null)
            .compare("a", List.of(load("p.yaml", "pac: [")), "b", List.of(load("p.yaml", PLAN)));
    assertEquals(List.of(), r.changes());
    assertEquals(1, r.notes().size());
    assertEquals("a", r.notes().get(0).revision());
    assertTrue(
        r.notes().get(0).message().startsWith("does not load (1 error; at 1:"),
        r.notes().get(0).message());
    DiffReport added =
        new PlanDiff(null)
            .compare("a", List.of(), "b", List.of(load("plans/new.yaml", "- not a plan")));
    assertEquals(List.of(Change.added("plans/new.yaml", Item.PLAN, "new")), added.changes());
    assertEquals(1, added.notes().size());
  }

  @Test
  void aCrossFieldErrorDoesNotStopTheComparison() {
    // an action serving an objective that does not exist: pac validate reports it, the diff still
    // shows it
    String after = PLAN.replace("objectives: [grow-mql]", "objectives: [grow-sql]");
    assertEquals(
        List.of(
            changed(
                Item.ACTION, "webinars", "objectives", List.of("grow-mql"), List.of("grow-sql"))),
        diff(PLAN, after));
  }

  @Test
  void renamedFilesArePairedByPlanId() {
    DiffReport r =
        new PlanDiff(null)
            .compare(
                "a",
                List.of(load("plans/a.yaml", PLAN)),
                "b",
                List.of(load("plans/b.yaml", PLAN.replace("target: 1200", "target: 1300"))));
    assertEquals(
        List.of(
            Change.changed(
                "plans/b.yaml", Item.PLAN, "growth", "file", "plans/a.yaml", "plans/b.yaml"),
            Change.changed("plans/b.yaml", Item.OBJECTIVE, "grow-mql", "target", 1200.0, 1300.0)),
        r.changes());
  }

  /**
   * Every golden plan, however broken, compares with itself as no change and with nothing as an
   * added plan.
   */
  @TestFactory
  Stream<DynamicTest> neverCrashesOnTheGoldenPlans() throws IOException {
    Path cases = Path.of("src/test/resources/cases");
    List<Path> plans = new ArrayList<>();
    if (Files.isDirectory(cases)) {
      try (Stream<Path> s = Files.walk(cases)) {
        s.filter(
                p ->
                    p.toString().contains("/workspace/plans/")
                        && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
            .sorted()
            .forEach(plans::add);
      }
    }
    return plans.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    cases.relativize(p).toString(),
                    () -> {
                      LoadedPlan plan =
                          new PlanLoader().load(p, "p.yaml", null, LocalDate.of(2027, 3, 15));
                      DiffReport same =
                          new PlanDiff(null).compare("a", List.of(plan), "b", List.of(plan));
                      assertEquals(List.of(), same.changes());
                      DiffReport added =
                          new PlanDiff(null).compare("a", List.of(), "b", List.of(plan));
                      assertEquals(1, added.changes().size());
                      assertEquals(Change.Kind.ADDED, added.changes().get(0).change());
                    }));
  }
}
