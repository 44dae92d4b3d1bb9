package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The help bundles: the English one says what the annotations say, and the French one covers every
 * command.
 */
class HelpBundleTest {
  private static CommandLine pac(String bundleLanguage) {
    CommandLine cl = Commands.commandLine(Env.system(), new PrintWriter(new StringWriter()));
    if (bundleLanguage != null) {
      cl.setResourceBundle(Catalogue.of("fr".equals(bundleLanguage)).bundle("help"));
    }
    return cl;
  }

  @Test
  void theEnglishBundleHoldsTheAnnotationsOwnHelpForEveryCommand() {
    CommandLine plain = pac(null);
    CommandLine english = pac("en");
    assertEquals(plain.getUsageMessage(), english.getUsageMessage());
    for (String name : plain.getSubcommands().keySet()) {
      assertEquals(
          plain.getSubcommands().get(name).getUsageMessage(),
          english.getSubcommands().get(name).getUsageMessage(),
          name);
    }
  }

  @Test
  void theFrenchBundleChangesTheHelpOfEveryCommand() {
    CommandLine plain = pac(null);
    CommandLine french = pac("fr");
    for (String name : plain.getSubcommands().keySet()) {
      String fr = french.getSubcommands().get(name).getUsageMessage();
      assertNotEquals(plain.getSubcommands().get(name).getUsageMessage(), fr, name);
      assertTrue(fr.contains("Utilisation\u00A0: pac " + name), name);
      assertFalse(fr.contains("Show this help message"), name);
    }
  }

  @Test
  void helpIsFrenchWithLangFrAnywhereElseWithAFrenchEnvironment() {
    Env french = env(Map.of("LANG", "fr_FR.UTF-8"));
    Env english = env(Map.of("LANG", "en_GB.UTF-8"));
    assertEquals(Lang.FR, Pac.helpLanguage(english, "report", "--help", "--lang", "fr"));
    assertEquals(Lang.FR, Pac.helpLanguage(english, "--lang=fr", "--help"));
    assertEquals(Lang.EN, Pac.helpLanguage(french, "--lang", "en", "--help"));
    assertEquals(Lang.FR, Pac.helpLanguage(french, "--help"));
    assertEquals(Lang.EN, Pac.helpLanguage(english, "--help"));
    assertEquals(Lang.EN, Pac.helpLanguage(english, "validate", "--", "--lang", "fr"));
    assertEquals(
        Lang.FR,
        Pac.helpLanguage(env(Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US.UTF-8")), "--help"));
  }

  @Test
  void withoutLangHelpFollowsTheLocaleOfPacYamlInTheFolderOrTheOneDashCNames(@TempDir Path dir)
      throws IOException {
    Path ws = Files.createDirectories(dir.resolve("ws/plans"));
    Files.writeString(dir.resolve("ws/pac.yaml"), "plans: plans\nlocale: 'fr'   # French\n");
    Env english = new Env(dir, Map.of("LANG", "en_GB.UTF-8"), Clock.systemUTC(), false, false);
    Env inPlans = new Env(ws, Map.of("LANG", "en_GB.UTF-8"), Clock.systemUTC(), false, false);
    assertEquals(Lang.EN, Pac.helpLanguage(english, "--help"));
    assertEquals(Lang.FR, Pac.helpLanguage(english, "-C", "ws", "--help"));
    assertEquals(Lang.FR, Pac.helpLanguage(english, "report", "-Cws/plans", "--help"));
    assertEquals(Lang.FR, Pac.helpLanguage(english, "-C=ws", "--help"));
    assertEquals(Lang.FR, Pac.helpLanguage(inPlans, "--help"));
    assertEquals(Lang.EN, Pac.helpLanguage(inPlans, "--lang", "en", "--help"));
    // a pac.yaml that does not parse still names its locale; one without a locale line does not
    Files.writeString(dir.resolve("ws/pac.yaml"), "locale: fr\nplans: [unclosed\n");
    assertEquals(Lang.FR, Pac.helpLanguage(inPlans, "--help"));
    Files.writeString(dir.resolve("ws/pac.yaml"), "plans: plans\n  locale: fr\n");
    assertEquals(Lang.EN, Pac.helpLanguage(inPlans, "--help"));
    Files.writeString(dir.resolve("ws/pac.yaml"), "locale: de\n");
    assertEquals(Lang.EN, Pac.helpLanguage(inPlans, "--help"));
    // a pac.yaml that is a folder is no help language, and no failure
    Files.delete(dir.resolve("ws/pac.yaml"));
    Files.createDirectory(dir.resolve("ws/pac.yaml"));
    assertEquals(Lang.EN, Pac.helpLanguage(inPlans, "--help"));
  }

  private static Env env(Map<String, String> vars) {
    return new Env(Path.of("."), vars, Clock.systemUTC(), false, false);
  }
}
