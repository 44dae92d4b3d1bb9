package dev.pac.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Finding;
import dev.pac.model.Review;
import dev.pac.model.Rule;
import dev.pac.model.WorkspaceSettings;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small valid plan as text, and loading a variant of it through every check. */
public final class PlanFixture {
  public static final String PLAN =
      """
      pac: 1
      id: p
      title: Test plan
      owner: Ana
      period: {start: 2027-01-01, end: 2027-12-31}
      budget: 1000
      kpis:
        - {id: mql, name: MQLs, unit: count}
        - {id: cycle, name: Cycle, unit: days, better: lower, rollup: mean}
      segments:
        - {id: smb, name: Small businesses, tam: 100, sam: 50}
      objectives:
        - id: more
          title: Reach 500 MQLs this year
          kpi: mql
          target: 500
          deadline: 2027-12-31
        - id: faster
          title: Cut the cycle to 40 days
          kpi: cycle
          baseline: 50
          target: 40
          deadline: 2027-09-30
      actions:
        - id: a1
          title: Webinars
          objectives: [more, faster]
          type: promotion
          owner: Ben
          start: 2027-02-01
          due: 2027-06-30
          budget: 1000
      """;

  public static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

  private PlanFixture() {}

  /** The plan with each {@code old -> new} replacement made (each must occur exactly once). */
  public static String plan(String... edits) {
    String s = PLAN;
    for (int i = 0; i < edits.length; i += 2) {
      int at = s.indexOf(edits[i]);
      if (at < 0 || s.indexOf(edits[i], at + 1) >= 0) {
        throw new IllegalArgumentException("not exactly once: " + edits[i]);
      }
      s = s.replace(edits[i], edits[i + 1]);
    }
    return s;
  }

  public static LoadedPlan load(String yaml) {
    return load(yaml, null, AS_OF);
  }

  public static LoadedPlan load(String yaml, Review workspace, LocalDate asOf) {
    return new PlanLoader()
        .check(
            Path.of("p.yaml"),
            new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml"),
            new WorkspaceSettings(null, null, null, null, workspace),
            asOf);
  }

  public static List<Finding> findings(String yaml) {
    return load(yaml).findings();
  }

  public static Finding only(String yaml) {
    List<Finding> f = findings(yaml);
    assertEquals(1, f.size(), f.toString());
    return f.get(0);
  }

  public static void at(Finding f, Rule rule, int line, int column) {
    assertEquals(rule, f.rule(), f.toString());
    assertEquals(line + ":" + column, f.line() + ":" + f.column(), f.toString());
  }
}
