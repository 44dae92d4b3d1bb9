package dev.pac.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pac.model.Finding;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Any bytes given as a plan file end in findings, never in an exception. Under {@code mvn test}
 * this replays the committed inputs (in PlanLoaderFuzzTestInputs/); {@code JAZZER_FUZZ=1} fuzzes
 * (see docs/limits.md).
 */
class PlanLoaderFuzzTest {
  private static final YamlReader READER = new YamlReader();
  private static final PlanLoader LOADER = new PlanLoader(READER);

  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveFindings(byte[] input) {
    YamlDocument doc = READER.parse(input, "fuzz.yaml");
    LoadedPlan plan = LOADER.check(Path.of("fuzz.yaml"), doc, null, LocalDate.of(2027, 3, 15));
    assertNotNull(plan.findings());
    for (Finding f : plan.findings()) {
      assertTrue(f.line() >= 1 && f.column() >= 1, () -> "unlocated finding " + f);
      assertTrue(f.message().indexOf('\n') < 0, () -> "a message over two lines: " + f);
    }
  }
}
