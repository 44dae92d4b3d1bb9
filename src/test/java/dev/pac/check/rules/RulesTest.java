package dev.pac.check.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.YamlReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void theListHoldsEachRuleOnceUnderAWellFormedId() {
    Set<Rule> seen = new HashSet<>();
    for (CheckRule r : Rules.ALL) {
      assertTrue(seen.add(r.id()), "twice: " + r.id());
      assertTrue(r.id().id().matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)?"), r.id().id());
      assertTrue(r.summary().endsWith(".") && r.help().endsWith("."), r.id().id());
    }
    assertEquals(17, Rules.ALL.size());
    assertEquals("syntax", Rules.ALL.get(0).id().id());
    assertEquals("action.learnings", Rules.ALL.get(16).id().id());
  }

  /**
   * The ids the reading layers report must be rules of the list, or SARIF would not describe them.
   */
  @Test
  void everyIdTheModelNamesIsARuleOfTheList() throws IllegalAccessException {
    int constants = 0;
    for (Field f : Rule.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Rule.class) {
        Rule id = (Rule) f.get(null);
        assertTrue(Rules.indexOf(id) >= 0, f.getName() + " = " + id + " is in no rule's object");
        constants++;
      }
    }
    assertEquals(9, constants);
    assertEquals(-1, Rules.indexOf(new Rule("smart.unknown")));
  }

  @Test
  void theLevelsAreThoseDocumented() {
    List<String> warnings =
        Rules.ALL.stream()
            .filter(r -> r.level() == Severity.WARNING)
            .map(r -> r.id().id())
            .toList();
    assertEquals(
        List.of("smart.specific", "smart.realistic", "action.stale", "action.learnings"), warnings);
  }

  /** Where the sink tests' findings are: line 2 and 4 of a small plan. */
  private static LocationIndex index() {
    String yaml = "objectives:\n  - id: grow\nactions:\n  - id: webinars\n";
    return new LocationIndex(new YamlReader().parse(yaml.getBytes(UTF_8), "plans/p.yaml").root());
  }

  @Test
  void aSinkReportsUnderItsRuleAtItsLevelUnlessToldAnother() {
    Sink sink = new Sink("plans/p.yaml", SmartRules.ACHIEVABLE, index(), true);
    Text unserved = Text.of("rules.unserved", "grow");
    Text unresourced = Text.of("rules.no-resources", Text.of("rules.named.action", "webinars"));
    sink.report("objectives[0].id", unserved);
    sink.report(Severity.WARNING, "actions[0].id", unresourced);
    sink.reportAtKey("actions", unresourced);
    assertEquals(
        List.of(
            Finding.of("plans/p.yaml", 2, 9, Severity.ERROR, SmartRules.ACHIEVABLE.id(), unserved),
            Finding.of(
                "plans/p.yaml", 4, 9, Severity.WARNING, SmartRules.ACHIEVABLE.id(), unresourced),
            Finding.of(
                "plans/p.yaml", 3, 1, Severity.ERROR, SmartRules.ACHIEVABLE.id(), unresourced)),
        sink.findings());
  }

  @Test
  void aSinkThatKeepsNoWarningsDropsThemWithoutLookingForThem() {
    LocationIndex never =
        LocationIndex.whenAsked(
            () -> {
              throw new AssertionError("a dropped warning was placed");
            });
    Sink sink = new Sink("plans/p.yaml", SmartRules.ACHIEVABLE, never, false);
    sink.report(
        Severity.WARNING,
        "actions[0].id",
        Text.of("rules.no-resources", Text.of("rules.named.action", "webinars")));
    assertEquals(List.of(), sink.findings());
    Sink errors = new Sink("plans/p.yaml", SmartRules.ACHIEVABLE, index(), false);
    errors.report("objectives[0].id", Text.of("rules.unserved", "grow"));
    assertEquals(2, errors.findings().get(0).line(), "an error is kept and placed");
  }

  /** A finding keeps its text: English in its message, French when said to a French reader. */
  @Test
  void aSinksFindingIsSaidInTheReadersLanguage() {
    Sink sink = new Sink("plans/p.yaml", SmartRules.ACHIEVABLE, index(), true);
    sink.report(
        Severity.WARNING,
        "actions[0].id",
        Text.of("rules.no-resources", Text.of("rules.named.action", "webinars")));
    Finding f = sink.findings().get(0);
    assertEquals(
        "action 'webinars' has no budget and no effort_days: say what it takes, with 'budget'"
            + " (money) or 'effort_days' (people-days), or both",
        f.message());
    assertEquals(
        "l'action 'webinars' n'a ni budget ni effort_days\u00A0: indiquez les moyens qu'elle"
            + " demande, avec 'budget' (en argent), 'effort_days' (en jours-homme) ou les deux",
        f.say(Catalogue.of(true)));
  }
}
