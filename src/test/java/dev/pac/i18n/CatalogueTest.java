package dev.pac.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void everyAreaHasTheSameKeysInBothLanguages() {
    for (String area : Catalogue.AREAS) {
      Set<String> en = new TreeSet<>(Catalogue.english().bundle(area).keySet());
      Set<String> fr = new TreeSet<>(Catalogue.of(true).bundle(area).keySet());
      Set<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(fr);
      Set<String> onlyFr = new TreeSet<>(fr);
      onlyFr.removeAll(en);
      assertEquals(Set.of(), onlyEn, "keys missing from " + area + "_fr.properties");
      assertEquals(Set.of(), onlyFr, "keys missing from " + area + "_en.properties");
      assertFalse(en.isEmpty(), area);
    }
  }

  @Test
  void bothLanguagesTakeTheSameArguments() {
    for (String area : Catalogue.AREAS) {
      ResourceBundle en = Catalogue.english().bundle(area);
      ResourceBundle fr = Catalogue.of(true).bundle(area);
      for (String key : en.keySet()) {
        assertEquals(
            placeholders(en.getString(key)), placeholders(fr.getString(key)), area + "." + key);
        assertFalse(fr.getString(key).isBlank(), area + "." + key);
      }
    }
  }

  @Test
  void argumentsReplaceTheirPlaceholdersOnceAndNestedTextsAreSaidInTheSameLanguage() {
    Catalogue fr = Catalogue.of(true);
    // an argument holding a placeholder is not expanded again
    assertEquals(
        "vérification de {1}\u00A0: aucun problème", fr.get("findings.summary.clean", "{1}"));
    assertEquals(
        "vérification de 2 fichiers\u00A0: aucun problème",
        fr.say(Text.of("findings.summary.clean", Text.of("findings.files.many", 2))));
    assertEquals(
        "checked 2 files: no problems",
        Catalogue.english()
            .say(Text.of("findings.summary.clean", Text.of("findings.files.many", 2))));
  }

  @Test
  void countsTakeTheSingularBelowTwoInFrenchAndOnlyAtOneInEnglish() {
    Catalogue en = Catalogue.english();
    Catalogue fr = Catalogue.of(true);
    assertEquals("0 errors", en.count("findings.errors", 0));
    assertEquals("1 error", en.count("findings.errors", 1));
    assertEquals("2 errors", en.count("findings.errors", 2));
    assertEquals("0 erreur", fr.count("findings.errors", 0));
    assertEquals("1 erreur", fr.count("findings.errors", 1));
    assertEquals("2 erreurs", fr.count("findings.errors", 2));
  }

  @Test
  void countsAreGroupedByThousandsAsEachLanguageWritesThem() {
    Catalogue en = Catalogue.english();
    Catalogue fr = Catalogue.of(true);
    assertEquals("1,234 errors", en.count("findings.errors", 1234));
    assertEquals("1\u202F234 erreurs", fr.count("findings.errors", 1234));
    assertEquals("999", en.grouped(999));
    assertEquals("1,000", en.grouped(1000));
    assertEquals("12,345,678", en.grouped(12_345_678));
    assertEquals("-1\u202F000\u202F000", fr.grouped(-1_000_000));
    assertEquals("0", fr.grouped(0));
    // the report's French numbers use the same separator
    assertEquals(Catalogue.FRENCH_GROUPING, '\u202F');
    // a count inside a sentence, and a count that chooses its word when said
    assertEquals(
        "ajoutées 1\u202F234, mises à jour 0, inchangées 12\u202F000, rejetées 5",
        fr.get(
            "import.counts", Text.count(1234), Text.count(0), Text.count(12_000), Text.count(5)));
    Text refused = Text.counted("errors.refused", 1, Text.of("errors.refused.in-file", "x"));
    assertEquals("1 error in x", en.say(refused));
    assertEquals("1 erreur dans x", fr.say(refused));
    assertEquals(
        "1,500 errors in x",
        en.say(Text.counted("errors.refused", 1500, Text.of("errors.refused.in-file", "x"))));
    assertEquals("0 erreur", fr.say(Text.counted("findings.errors", 0)));
    assertEquals("0 errors", en.say(Text.counted("findings.errors", 0)));
  }

  @Test
  void aNullArgumentIsWrittenAsNullNotRefused() {
    assertEquals(
        "checked null: no problems",
        Catalogue.english().say(Text.of("findings.summary.clean", (Object) null)));
  }

  @Test
  void aTextOutsideTheCatalogueIsSaidAsItIsAndAnUnknownKeyIsAnError() {
    assertEquals("as it is", Catalogue.of(true).say(Text.plain("as it is")));
    assertThrows(
        IllegalArgumentException.class, () -> Catalogue.english().get("findings.no-such-key"));
    assertThrows(IllegalArgumentException.class, () -> Catalogue.english().get("no-area"));
  }

  @Test
  void aSentenceWithoutArgumentsIsItsEntryAsItStandsEachTimeItIsSaid() {
    int said = 0;
    for (boolean french : new boolean[] {false, true}) {
      Catalogue c = Catalogue.of(french);
      for (String area : Catalogue.AREAS) {
        ResourceBundle b = c.bundle(area);
        for (String name : b.keySet()) {
          String entry = b.getString(name);
          assertEquals(entry, c.get(area + "." + name), area + "." + name);
          assertEquals(entry, c.get(area + "." + name), "said again: " + area + "." + name);
          said++;
        }
      }
    }
    assertTrue(said > 500, said + " entries");
    // an unknown key stays an error when asked again, and the known ones are still said
    for (int i = 0; i < 2; i++) {
      assertThrows(
          IllegalArgumentException.class, () -> Catalogue.english().get("labels.no-such-key"));
    }
    // with arguments, placeholders are still filled after the entry was said without them
    assertEquals(
        Catalogue.english().bundle("errors").getString("try-help").replace("{0}", "pac report"),
        Catalogue.english().get("errors.try-help", "pac report"));
  }

  /**
   * Every key the code names as a literal exists, wherever the literal stands ({@code
   * Text.of("area.key")}, {@code get("area.key")}, either side of a condition); a literal ending in
   * a dot starts a key made from an id, and some key must start with it.
   */
  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Pattern use =
        Pattern.compile("\"((?:" + String.join("|", Catalogue.AREAS) + ")\\.[a-z0-9.-]+)\"");
    List<String> missing = new ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = use.matcher(Files.readString(f));
        while (m.find()) {
          seen++;
          String key = m.group(1);
          String area = key.substring(0, key.indexOf('.'));
          String name = key.substring(key.indexOf('.') + 1);
          ResourceBundle b = Catalogue.english().bundle(area);
          boolean prefix = name.endsWith(".");
          if (prefix
              ? b.keySet().stream().noneMatch(k -> k.startsWith(name))
              : !b.containsKey(name) && !b.containsKey(name + ".one")) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(seen > 5, "the scan found the code's keys");
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
