package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.check.rules.CheckRule;
import dev.pac.check.rules.Rules;
import dev.pac.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md explains every rule of the list, in the list's order, and no rule the list lacks:
 * its table of rules and its sections both follow {@link Rules#ALL}, and the table states each
 * rule's level.
 */
class ChecksDocTest {
  static String doc;

  @BeforeAll
  static void read() throws IOException {
    doc = Files.readString(Path.of("docs/checks.md"));
  }

  static List<String> ids() {
    return Rules.ALL.stream().map(r -> r.id().id()).toList();
  }

  @Test
  void everyRuleHasItsSectionInOrder() {
    Matcher m = Pattern.compile("(?m)^## `([a-z.\\-]+)`$").matcher(doc);
    List<String> sections = new ArrayList<>();
    while (m.find()) {
      sections.add(m.group(1));
    }
    assertEquals(ids(), sections);
  }

  /**
   * A row {@code | [`id`](#anchor) | level | in one line |}: the anchor is the section's, the level
   * first.
   */
  @Test
  void theTableListsEveryRuleInOrderWithItsLevel() {
    Matcher m =
        Pattern.compile("(?m)^\\| \\[`([a-z.\\-]+)`\\]\\(#([a-z\\-]+)\\) \\| ([a-z /]+) \\|")
            .matcher(doc);
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      String id = m.group(1);
      rows.add(id);
      assertEquals(id.replace(".", ""), m.group(2), "the anchor of " + id);
      int at = Rules.indexOf(new Rule(id));
      assertTrue(at >= 0, id + " is in the table but not a rule");
      CheckRule rule = Rules.ALL.get(at);
      String level = rule.level().name().toLowerCase(Locale.ROOT);
      assertTrue(
          m.group(3).startsWith(level),
          id + " is listed as '" + m.group(3) + "', its level is " + level);
    }
    assertEquals(ids(), rows);
  }
}
