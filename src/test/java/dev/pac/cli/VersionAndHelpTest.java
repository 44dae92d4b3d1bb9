package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndHelpTest {
  @TempDir Path tmp;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new Env(tmp, Map.of(), Clock.systemUTC(), false, false),
            args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  /** The version, the commit and build date the build recorded, and the Java runtime. */
  @Test
  void versionSaysWhichBuildOnWhichJava() {
    String[] r = run("--version");
    assertEquals("0", r[0], r[2]);
    List<String> lines = r[1].lines().toList();
    assertEquals(3, lines.size(), r[1]);
    BuildInfo b = BuildInfo.load();
    assertEquals("pac " + b.version(), lines.get(0));
    assertFalse(b.version().contains("${"), "the build filtered the version");
    assertEquals("commit " + b.commit() + ", built " + b.date(), lines.get(1));
    assertTrue(b.date().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), b.date());
    assertTrue(b.commit().matches("[0-9a-f]{12}|unknown"), b.commit());
    assertTrue(
        lines.get(2).startsWith("Java " + System.getProperty("java.runtime.version")),
        lines.get(2));
    assertTrue(lines.get(2).endsWith(" at " + System.getProperty("java.home")), lines.get(2));
  }

  /** Help writes options as they are typed, while the '=' form still parses. */
  @Test
  void helpShowsOptionsAsTyped() {
    String[] r = run("validate", "--help");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("[-C DIR]"), r[1]);
    assertTrue(r[1].contains("[--format FORMAT]"), r[1]);
    assertFalse(r[1].contains("-C=DIR"), r[1]);
    assertFalse(r[1].contains("--format=FORMAT"), r[1]);
    String[] eq = run("validate", "--format=json", "-C=.", "--as-of=2027-03-15");
    assertEquals("3", eq[0], "parsed, then no plans folder: " + eq[2]);
    assertTrue(eq[2].startsWith("pac: error: plans: no plans folder here"), eq[2]);
  }
}
