package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.i18n.Catalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    assertTrue(Pac.frenchHelp(english, "report", "--help", "--lang", "fr"));
    assertTrue(Pac.frenchHelp(english, "--lang=fr", "--help"));
    assertFalse(Pac.frenchHelp(french, "--lang", "en", "--help"));
    assertTrue(Pac.frenchHelp(french, "--help"));
    assertFalse(Pac.frenchHelp(english, "--help"));
    assertFalse(Pac.frenchHelp(english, "validate", "--", "--lang", "fr"));
    assertTrue(
        Pac.frenchHelp(env(Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US.UTF-8")), "--help"));
  }

  private static Env env(Map<String, String> vars) {
    return new Env(Path.of("."), vars, Clock.systemUTC(), false, false);
  }
}
