package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.ImportMapping.ExportDefaults;
import dev.pac.model.ImportMapping.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/import.md lists every import preset, in the order of {@link Preset}, with the defaults the
 * code gives it, and shows each with a sample; a golden case reads an export with each.
 */
class PresetsDocTest {
  private static final Path DOC = Path.of("docs/import.md");

  private static List<String> ids() {
    return Arrays.stream(Preset.values()).map(Preset::id).toList();
  }

  /** The rows of the table of presets: id, delimiter, decimal, encoding, date format, footer. */
  private static List<List<String>> rows(String doc) {
    String table = doc.substring(doc.indexOf("### Presets"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| preset |")));
    Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|(.*)\\|$").matcher(table);
    List<List<String>> rows = new ArrayList<>();
    while (m.find()) {
      List<String> cells = new ArrayList<>();
      cells.add(m.group(1));
      for (String c : m.group(2).split("\\|")) {
        cells.add(c.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void theTableOfPresetsStatesEachPresetsDefaults() throws IOException {
    List<List<String>> rows = rows(Files.readString(DOC));
    assertEquals(ids(), rows.stream().map(r -> r.get(0)).toList(), "the presets, in order");
    for (int i = 0; i < rows.size(); i++) {
      ExportDefaults d = Preset.values()[i].defaults;
      List<String> r = rows.get(i);
      String id = r.get(0);
      assertEquals("`" + d.delimiter() + "`", r.get(1), id + ": delimiter");
      assertEquals("`" + d.decimal() + "`", r.get(2), id + ": decimal");
      assertEquals(d.encoding(), r.get(3), id + ": encoding");
      assertTrue(r.get(4).startsWith("`" + d.dateFormat() + "`"), id + ": date format " + r.get(4));
      assertEquals(d.footer() ? "auto" : "none", r.get(5), id + ": footer");
    }
  }

  @Test
  void eachPresetIsNamedInTheKeysTableAndShownWithASample() throws IOException {
    String doc = Files.readString(DOC);
    String allowed = String.join(", ", ids().stream().map(id -> "`" + id + "`").toList());
    assertTrue(doc.contains("| `preset` | " + allowed + " |"), "the keys table lists " + allowed);
    for (String id : ids()) {
      assertTrue(doc.contains("**`" + id + "`**"), id + " has its sample in docs/import.md");
    }
  }

  @Test
  void eachPresetHasAGoldenCase() throws IOException {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/cases/import"))) {
      for (Path f :
          files
              .filter(p -> p.toString().contains("/mappings/") && Files.isRegularFile(p))
              .toList()) {
        Matcher m = Pattern.compile("(?m)^preset: ([a-z0-9-]+)").matcher(Files.readString(f));
        if (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (String id : ids()) {
      assertTrue(used.contains(id), "a golden case under cases/import reads a mapping with " + id);
    }
  }
}
