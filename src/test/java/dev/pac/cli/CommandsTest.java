package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command table: what it builds, what it tells the launcher, and how a run finds its command.
 */
class CommandsTest {
  static final List<String> ALL =
      List.of(
          "init",
          "validate",
          "score",
          "import",
          "report",
          "diff",
          "log",
          "schema",
          "completion",
          "help");

  @Test
  void everyLineNamesAPicocliCommandOfThatName() {
    assertEquals(ALL, Commands.all().stream().map(Commands.Command::name).toList());
    for (Commands.Command c : Commands.all()) {
      Command annotation = c.type().getAnnotation(Command.class);
      assertTrue(annotation != null, c.className() + " is no picocli command");
      assertEquals(c.name(), annotation.name(), c.className());
    }
  }

  @Test
  void theJvmKindAndThePlansFlagComeFromTheTable() {
    Map<String, Commands.Command> by =
        Map.of(
            "import",
            find("import"),
            "report",
            find("report"),
            "validate",
            find("validate"),
            "init",
            find("init"));
    // import and report over a million rows measured faster with C1 only (docs/performance.md)
    assertEquals(Commands.Jvm.QUICK, by.get("import").jvm());
    assertEquals(Commands.Jvm.QUICK, by.get("report").jvm());
    assertEquals(Commands.Jvm.QUICK, by.get("validate").jvm());
    assertTrue(by.get("validate").readsPlans());
    assertFalse(by.get("init").readsPlans());
  }

  @Test
  void onlyTheNamedCommandIsBuilt() {
    assertEquals(List.of("validate"), registered("-C", "x", "validate", "--strict"));
    assertEquals(List.of("report"), registered("report", "--as-of", "2027-03-17"));
    assertEquals(List.of("score"), registered("--lang=fr", "score", "-h"));
    assertEquals(List.of("import"), registered("--verbose", "import", "x.csv", "--dry-run"));
  }

  @Test
  void aFolderNamedLikeACommandIsAFolder() {
    assertEquals(List.of("validate", "report"), registered("-C", "report", "validate"));
  }

  @Test
  void helpCompletionUnknownWordsAndUsageErrorsGetEveryCommand() {
    assertEquals(ALL, registered("help", "validate"));
    assertEquals(ALL, registered("completion"));
    assertEquals(ALL, registered("reprot"));
    assertEquals(ALL, registered());
    assertEquals(ALL, registered("--version"));
    assertEquals(ALL, registered("-h", "validate"));
    assertEquals(ALL, registered("validate", "--no-such-option"));
    assertEquals(ALL, registered("--colour", "validate"));
  }

  @Test
  void commandsThatReadPlansStartTheValidatorEarly() {
    assertTrue(Commands.readsPlans("validate"));
    assertTrue(Commands.readsPlans("-C", "ws", "report"));
    assertFalse(Commands.readsPlans("init"));
    assertFalse(Commands.readsPlans("schema"));
    assertFalse(Commands.readsPlans("--help"));
    assertFalse(Commands.readsPlans("help", "validate"));
  }

  /**
   * A folder named like a command, as -C's value: the command after it runs there (paths are named
   * from it).
   */
  @Test
  void minusCWithACommandsNameRunsInThatFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("report/plans"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(dir, Map.of(), Clock.systemUTC(), false, false);
    int code =
        Main.run(new PrintWriter(out), new PrintWriter(err), env, "-C", "report", "validate");
    assertEquals(1, code, err.toString());
    assertEquals(
        "pac: error: plans: no plan files (*.yaml, *.yml) in the plans folder\n", err.toString());
  }

  private static Commands.Command find(String name) {
    return Commands.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> registered(String... args) {
    Env env = new Env(Path.of("").toAbsolutePath(), Map.of(), Clock.systemUTC(), false, false);
    CommandLine cl = Commands.commandLine(env, new PrintWriter(Writer.nullWriter()), args);
    return List.copyOf(cl.getSubcommands().keySet());
  }
}
