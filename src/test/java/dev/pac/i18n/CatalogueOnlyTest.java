package dev.pac.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence for a person is built outside the catalogue: {@link SentenceScan} over every source
 * file of {@code src/main/java}, with a short list of what may stay as it is, and why.
 */
class CatalogueOnlyTest {
  /**
   * Literals allowed where the scan would refuse them: a file (relative to {@code
   * src/main/java/dev/pac/}) and the start of each literal ("" for every literal of the file), with
   * the reason. An entry that no longer matches anything fails the test, so the list stays true.
   */
  private static final Map<String, Allowed> ALLOWED =
      Map.ofEntries(
          allow(
              "schema/Descriptions.java",
              "",
              "the JSON Schema's descriptions: a machine format, English like JSON"),
          allow(
              "schema/PlanSchema.java",
              "",
              "the JSON Schema's title and description: a machine format, English like JSON"),
          allow(
              "diff/DiffReport.java",
              "working tree",
              "the working tree's label in pac diff's result and JSON; text and Markdown say it"
                  + " from the catalogue"),
          allow(
              "cli/UsageErrors.java",
              "Missing required option",
              "picocli's own words, matched to tell an option not given from a value missing"),
          allow(
              "check/rules/",
              "",
              "each rule's summary and fix: they feed docs/checks.md and SARIF's rule metadata,"
                  + " English by design; findings go through Sink, which takes only texts"),
          allow("render/FindingsSarif.java", "", "SARIF is a machine format, English like JSON"),
          allow("render/ReportHtml.java", "\n      :root{", "the HTML report's style sheet"),
          allow(
              "cli/Pac.java",
              "unknown ",
              "--version's Java vendor and VM when the runtime does not name them, for bug"
                  + " reports"),
          allow(
              "model/Messages.java",
              "",
              "the field rules' messages as Hibernate Validator carries them; Messages.text maps"
                  + " each to its catalogue key"),
          allow(
              "yaml/SyntaxErrors.java",
              "",
              "snakeyaml-engine's own words, matched to choose pac's sentence"),
          allow(
              "workspace/FieldConstraints.java",
              "",
              "a mistake in the model's @Key rules, thrown as an internal error at start-up"),
          allow(
              "cache/RecordCodec.java",
              "",
              "a damaged file of pac's cache folder: the exception is caught, the entry is worked"
                  + " out again and nothing is shown"),
          allow(
              "cache/StoredEntries.java",
              "bad length ",
              "a damaged file of pac's cache folder: the exception is caught, the file is written"
                  + " anew and nothing is shown"),
          allow("imports/CsvText.java", "UTF-8", "an encoding's name, the same in every language"),
          allow(
              "imports/MappingKeys.java",
              "no language",
              "an exception caught where it is thrown, never shown"),
          allow(
              "imports/Records.java",
              "",
              "Apache Commons CSV's own words, matched to choose pac's sentence"));

  private record Allowed(String start, String why) {}

  private static Map.Entry<String, Allowed> allow(String file, String start, String why) {
    return Map.entry(file, new Allowed(start, why));
  }

  @Test
  void noSentenceIsBuiltOutsideTheCatalogue() throws IOException {
    Path root = Path.of("src/main/java/dev/pac");
    List<String> refused = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files++;
        String name = root.relativize(f).toString().replace('\\', '/');
        for (SentenceScan.Hit h : SentenceScan.scan(name, Files.readString(f))) {
          String entry = allowedBy(name, h.literal());
          if (entry == null) {
            refused.add(h.toString());
          } else {
            used.add(entry);
          }
        }
      }
    }
    assertTrue(files > 100, "the scan read the sources");
    assertEquals(List.of(), refused, "sentences built outside the catalogue");
    Set<String> stale = new LinkedHashSet<>(ALLOWED.keySet());
    stale.removeAll(used);
    assertEquals(Set.of(), stale, "allowed entries that no longer match anything");
  }

  /** A finding's message comes from the catalogue: findings are made by {@code Finding.of}. */
  @Test
  void findingsAreBuiltFromTexts() throws IOException {
    Path root = Path.of("src/main/java/dev/pac");
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        if (!name.equals("model/Finding.java") && Files.readString(f).contains("new Finding(")) {
          found.add(name);
        }
      }
    }
    assertEquals(List.of(), found, "findings built from a string, not from a text");
  }

  private static String allowedBy(String file, String literal) {
    for (Map.Entry<String, Allowed> e : ALLOWED.entrySet()) {
      boolean fileMatches =
          e.getKey().endsWith("/") ? file.startsWith(e.getKey()) : file.equals(e.getKey());
      if (fileMatches && literal.startsWith(e.getValue().start())) {
        return e.getKey();
      }
    }
    return null;
  }
}
