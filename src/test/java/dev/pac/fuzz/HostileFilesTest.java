package dev.pac.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.cli.Env;
import dev.pac.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no one should hand pac, answered with one located finding and exit 1 (exit 3 when
 * unreadable).
 */
class HostileFilesTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run validate(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env =
        new Env(
            dir,
            Map.of(),
            Clock.fixed(Instant.parse("2027-03-15T00:00:00Z"), ZoneOffset.UTC),
            false,
            false);
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            env,
            "validate",
            "--format",
            "text",
            file.toString());
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, byte[] content) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  void assertOneSyntaxFinding(Run r, String where, String text) {
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith(where + ": error syntax: "), r.out());
    assertTrue(r.out().contains(text), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aBillionLaughsIsRefusedAtTheFirstAnchor() throws Exception {
    StringBuilder y =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      y.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(("*" + p + ",").repeat(8))
          .append('*')
          .append(p)
          .append("]\n");
    }
    Run r = validate(write("bomb.yaml", y.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, r.code());
    assertTrue(r.out().contains("bomb.yaml:1:4: error schema.alias: an anchor (&a)"), r.out());
    assertTrue(r.out().contains("bomb.yaml:2:8: error schema.alias: an alias (*a)"), r.out());
  }

  @Test
  void aTwentyMegabyteLineIsRefusedBeforeParsing() throws Exception {
    byte[] big = new byte[20_000_000];
    Arrays.fill(big, (byte) 'x');
    big[0] = 'a';
    big[1] = ':';
    big[2] = ' ';
    Run r = validate(write("line.yaml", big));
    assertOneSyntaxFinding(r, "line.yaml:1:1", "pac reads files of at most 1,048,576 bytes");
  }

  @Test
  void twentyThousandLevelsOfNestingStopAtTheLimit() throws Exception {
    Run r =
        validate(
            write(
                "deep.yaml",
                ("[".repeat(20_000) + "]".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8)));
    assertOneSyntaxFinding(r, "deep.yaml:1:65", "nesting deeper than 64 levels");
  }

  @Test
  void binaryJunkIsNotUtf8() throws Exception {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    junk[0] = 'a';
    junk[1] = (byte) 0xC3; // a lead byte without its continuation
    junk[2] = '\n';
    Run r = validate(write("junk.yaml", junk));
    assertOneSyntaxFinding(r, "junk.yaml:1:2", "not UTF-8");
  }

  @Test
  void aControlCharacterIsLocated() throws Exception {
    Run r =
        validate(write("nul.yaml", "title: x\nid: a\u0000b\n".getBytes(StandardCharsets.UTF_8)));
    assertOneSyntaxFinding(r, "nul.yaml:2:6", "U+0000");
  }

  @Test
  void anEmptyFileIsAFinding() throws Exception {
    assertOneSyntaxFinding(
        validate(write("empty.yaml", new byte[0])), "empty.yaml:1:1", "the file is empty");
  }

  @Test
  void aFolderNamedLikeAPlanIsAFinding() throws Exception {
    Path plans = dir.resolve("plans");
    Files.createDirectories(plans.resolve("folder.yaml"));
    Files.writeString(plans.resolve("folder.yaml/inner.txt"), "x");
    // named on the command line, and met while searching a folder for plans
    for (Path arg : new Path[] {plans.resolve("folder.yaml"), plans}) {
      Run r = validate(arg);
      assertOneSyntaxFinding(r, "plans/folder.yaml:1:1", "this is a folder, not a YAML file");
    }
  }

  @Test
  void anUnreadableFileIsExit3() throws Exception {
    Path p = write("secret.yaml", "pac: 1\n".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as a user who reads every file (root)");
    Run r = validate(p);
    assertEquals(3, r.code());
    assertEquals("pac: error: secret.yaml: permission denied\n", r.err());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void aMissingPathIsExit3() {
    Run r = validate(dir.resolve("nope.yaml"));
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("pac: error: "), r.err());
    assertTrue(r.err().contains("nope.yaml: no such file or folder"), r.err());
  }
}
