package dev.pac.check.rules;

import dev.pac.model.Rule;
import dev.pac.model.Severity;

/**
 * One rule of {@code pac validate}, whole: its id, the level of its findings (unless its check says
 * otherwise for one case), what it checks in a sentence, how to fix what it reports, and its check
 * of a plan. {@link Rules#ALL} lists every rule; SARIF's rule metadata and docs/checks.md (a test
 * keeps it in step) read that list.
 */
public record CheckRule(Rule id, Severity level, String summary, String help, Check check) {

  /** What a rule checks across a plan's fields, reporting what it finds to {@code sink}. */
  @FunctionalInterface
  public interface Check {
    void run(PlanContext plan, Sink sink);
  }

  /**
   * The check of a rule whose findings are all made while a file is read or bound (the YAML reader,
   * the binder, the field rules): nothing is left to check across fields.
   */
  public static final Check WHILE_READING = (plan, sink) -> {};
}
