package dev.pac.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.check.PlanLoader;
import dev.pac.io.yaml.YamlReader;
import dev.pac.model.Finding;
import dev.pac.model.Review;
import dev.pac.model.WorkspaceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small valid plan as text, and the findings one rule makes on a variant of it. */
final class RuleFixture {
  static final String PLAN = """
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
      channels:
        - {id: events, name: Events}
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

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

  private RuleFixture() {}

  /** The plan with each {@code old -> new} replacement made (each must occur exactly once). */
  static String plan(String... edits) {
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

  /** The findings of {@code rule} on the plan, loaded through every check, judged on {@link #AS_OF}. */
  static List<Finding> findings(CheckRule rule, String yaml) {
    return findings(rule, yaml, null, AS_OF);
  }

  static List<Finding> findings(CheckRule rule, String yaml, Review workspace, LocalDate asOf) {
    List<Finding> all = new PlanLoader().check(Path.of("p.yaml"),
        new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml"),
        new WorkspaceSettings(null, null, null, null, workspace), asOf).findings();
    return all.stream().filter(f -> f.rule().equals(rule.id())).toList();
  }

  /** The one finding of {@code rule}: at {@code line:column}, with that message. */
  static Finding only(CheckRule rule, String yaml, int line, int column, String message) {
    List<Finding> f = findings(rule, yaml);
    assertEquals(1, f.size(), f.toString());
    assertEquals(line + ":" + column + " " + message, f.get(0).line() + ":" + f.get(0).column() + " " + f.get(0).message());
    return f.get(0);
  }
}
