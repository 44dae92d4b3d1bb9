package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.check.rules.CheckRule;
import dev.pac.check.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/checks.md explains every rule of the list, in the list's order, and no rule the list lacks. */
class ChecksDocTest {
  @Test
  void everyRuleHasItsSectionInOrder() throws IOException {
    Matcher m = Pattern.compile("(?m)^## `([a-z.\\-]+)`$").matcher(Files.readString(Path.of("docs/checks.md")));
    List<String> sections = new ArrayList<>();
    while (m.find()) {
      sections.add(m.group(1));
    }
    assertEquals(Rules.ALL.stream().map(r -> r.id().id()).toList(), sections);
  }
}
