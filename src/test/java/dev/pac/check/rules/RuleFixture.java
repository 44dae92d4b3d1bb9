package dev.pac.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.check.PlanFixture;
import dev.pac.model.Finding;
import dev.pac.model.Review;
import java.time.LocalDate;
import java.util.List;

/**
 * The findings one rule makes on a variant of {@link PlanFixture#PLAN}, loaded through every check.
 */
final class RuleFixture {
  static final String PLAN = PlanFixture.PLAN;
  static final LocalDate AS_OF = PlanFixture.AS_OF;

  private RuleFixture() {}

  /** The plan with each {@code old -> new} replacement made (each must occur exactly once). */
  static String plan(String... edits) {
    return PlanFixture.plan(edits);
  }

  /** The findings of {@code rule} on the plan, judged on {@link #AS_OF}. */
  static List<Finding> findings(CheckRule rule, String yaml) {
    return findings(rule, yaml, null, AS_OF);
  }

  static List<Finding> findings(CheckRule rule, String yaml, Review workspace, LocalDate asOf) {
    return PlanFixture.load(yaml, workspace, asOf).findings().stream()
        .filter(f -> f.rule().equals(rule.id()))
        .toList();
  }

  /** The one finding of {@code rule}: at {@code line:column}, with that message. */
  static Finding only(CheckRule rule, String yaml, int line, int column, String message) {
    List<Finding> f = findings(rule, yaml);
    assertEquals(1, f.size(), f.toString());
    assertEquals(
        line + ":" + column + " " + message,
        f.get(0).line() + ":" + f.get(0).column() + " " + f.get(0).message());
    return f.get(0);
  }
}
