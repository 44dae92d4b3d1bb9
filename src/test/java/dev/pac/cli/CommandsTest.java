package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
  @Test
  void theCommandWordSkipsGlobalOptionsAndTheirValues() {
    assertEquals("validate", Commands.commandWord("validate", "--strict"));
    assertEquals("report", Commands.commandWord("-C", "validate", "report"));
    assertEquals("score", Commands.commandWord("--lang", "fr", "--no-color", "--verbose", "score"));
    assertEquals("import", Commands.commandWord("--lang=fr", "-Cexamples/acme", "import", "x.csv"));
    assertEquals("diff", Commands.commandWord("-C=ws", "diff", "-h"));
  }

  @Test
  void noCommandWordWhenItCannotBeTold() {
    assertNull(Commands.commandWord());
    assertNull(Commands.commandWord("-C", "dir"));
    assertNull(Commands.commandWord("--help", "validate"));
    assertNull(Commands.commandWord("--", "validate"));
    assertNull(Commands.commandWord("--colour", "validate"));
    assertNull(Commands.commandWord("-h", "validate"));
    assertNull(Commands.commandWord("-C", "dir", "-hV", "report"));
    assertNull(Commands.commandWord("--verbose", "-V", "score"));
  }

  @Test
  void onlyTheNamedCommandIsBuilt() {
    assertEquals(List.of("validate"), registered("-C", "x", "validate", "--strict"));
    assertEquals(List.of("report"), registered("report"));
  }

  @Test
  void helpCompletionAndUnknownWordsGetEveryCommand() {
    List<String> all = List.of("init", "validate", "score", "import", "report", "diff", "log", "schema", "completion", "help");
    assertEquals(all, registered("help", "validate"));
    assertEquals(all, registered("completion"));
    assertEquals(all, registered("reprot"));
    assertEquals(all, registered());
    assertEquals(all, registered("--version"));
    assertEquals(all, registered("-h", "validate"));
  }

  @Test
  void commandsThatReadPlansStartTheValidatorEarly() {
    assertTrue(Commands.readsPlans("validate"));
    assertTrue(Commands.readsPlans("-C", "ws", "report"));
    assertFalse(Commands.readsPlans("init"));
    assertFalse(Commands.readsPlans("schema"));
    assertFalse(Commands.readsPlans("--help"));
  }

  private static List<String> registered(String... args) {
    Pac pac = new Pac(Env.system());
    Main.Factory factory = new Main.Factory(pac);
    CommandLine cl = new CommandLine(pac, factory);
    Commands.register(cl, factory, args);
    return List.copyOf(cl.getSubcommands().keySet());
  }
}
