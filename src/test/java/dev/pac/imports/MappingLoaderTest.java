package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {
  private static List<String> findings(String yaml) {
    LoadedMapping m =
        MappingLoader.check(
            new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml"), Set.of("mql"));
    return m.findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule().id() + " " + f.message())
        .toList();
  }

  @Test
  void aKeyWrittenInFrenchIsReadAsTheKeyMeantAndNotAlsoReportedMissing() {
    // the binder says the content of 'indicateurs' is checked as 'kpis': the layout rules see
    // 'kpis' too
    assertEquals(
        List.of(
            "2:1 schema.unknown-key unknown key 'indicateurs': the key is 'kpis' (rename it; its"
                + " content is checked as 'kpis')"),
        findings("date: {column: Date}\nindicateurs:\n  mql: MQL\n"));
  }

  @Test
  void theFieldRulesOfAMappingArePlacedAtTheMappingThatLacksTheKey() {
    List<String> f = findings("date: {format: dd/MM/yyyy}\nkpis:\n  mql: MQL\n");
    assertEquals(List.of("1:7 schema.required missing required key 'column' in date"), f);
  }
}
