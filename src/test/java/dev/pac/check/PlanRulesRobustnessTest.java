package dev.pac.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pac.model.Finding;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule copes with whatever a plan leaves out or gets wrong: each line of a complete plan is
 * removed, and each value replaced by values of other types and signs, and every variant must load
 * into located one-line findings, never an exception.
 */
class PlanRulesRobustnessTest {
  static final Path PLAN =
      Path.of("src/test/resources/cases/validate/clean-base-plan/workspace/plans/plan.yaml");
  static final List<String> REPLACEMENTS = List.of("~", "-1", "[x]");
  static final Pattern VALUE = Pattern.compile("^(\\s*(?:- )?[a-z_]+: )(.+)$");

  @Test
  void everyVariantOfAPlanGivesLocatedFindingsNotExceptions() throws IOException {
    List<String> lines = Files.readAllLines(PLAN, StandardCharsets.UTF_8);
    List<String> variants = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> without = new ArrayList<>(lines);
      without.remove(i);
      variants.add(String.join("\n", without));
      Matcher m = VALUE.matcher(lines.get(i));
      if (m.matches()) {
        for (String r : REPLACEMENTS) {
          List<String> changed = new ArrayList<>(lines);
          changed.set(i, m.group(1) + r);
          variants.add(String.join("\n", changed));
        }
      }
    }
    assertTrue(variants.size() > 300, "variants: " + variants.size());
    PlanLoader loader = new PlanLoader();
    YamlReader reader = new YamlReader();
    for (String v : variants) {
      try {
        LoadedPlan p =
            loader.check(
                Path.of("p.yaml"),
                reader.parse(v.getBytes(StandardCharsets.UTF_8), "p.yaml"),
                null,
                LocalDate.of(2027, 3, 15));
        for (Finding f : p.findings()) {
          assertTrue(
              f.line() >= 1 && f.column() >= 1 && f.message().indexOf('\n') < 0,
              () -> f + " in\n" + v);
        }
      } catch (RuntimeException e) {
        fail("variant threw " + e + ":\n" + v, e);
      }
    }
  }
}
