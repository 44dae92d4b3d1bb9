package dev.pac.check.rules;

import dev.pac.model.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule of {@code pac validate}, in one list, in the order docs/checks.md explains them and
 * SARIF lists them. Each concern's class holds its rules and their checks; to add a rule, add it to
 * its concern's class (its id, level, summary, help and check) and to that class's list.
 */
public final class Rules {
  private Rules() {}

  public static final List<CheckRule> ALL =
      Stream.of(
              SchemaRules.RULES,
              ReferenceRules.RULES,
              SmartRules.RULES,
              TimeBoundRule.RULES,
              ActionRules.RULES)
          .flatMap(List::stream)
          .toList();

  /** The position of the rule of that id in {@link #ALL}, or -1. */
  public static int indexOf(Rule id) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
