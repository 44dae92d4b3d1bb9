package dev.pac.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pac.imports.LoadedMapping;
import dev.pac.imports.MappingLoader;
import dev.pac.model.Finding;
import dev.pac.yaml.YamlReader;
import java.util.Set;

/** Any bytes given as an import mapping end in findings, never in an exception. */
class MappingLoaderFuzzTest {
  private static final YamlReader READER = new YamlReader();
  private static final Set<String> KPIS = Set.of("mql", "sql", "revenue", "spend", "win-rate");

  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveFindings(byte[] input) {
    LoadedMapping m = MappingLoader.check(READER.parse(input, "mapping.yaml"), KPIS);
    for (Finding f : m.findings()) {
      assertTrue(f.line() >= 1 && f.column() >= 1, () -> "unlocated finding " + f);
    }
    assertTrue(m.hasErrors() || m.mapping() != null, "a mapping without errors is bound");
  }
}
