package dev.pac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Lang;
import dev.pac.workspace.WorkspaceTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code mvn package} makes, used as a user would: unpacked in a temporary folder and
 * run from there. Runs in the integration-test phase, after the archives are made.
 */
class DistributionIT {
  static final String VERSION = System.getProperty("pac.version", "");
  static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path tmp;

  /** The self-contained archive runs with no Java on PATH, and maps its class-data archive. */
  @Test
  void theRuntimeArchiveRunsWithoutAJava() throws Exception {
    Path tar = TARGET.resolve("pac-" + VERSION + "-linux-x64.tar.gz");
    Assumptions.assumeTrue(
        Files.exists(tar),
        "no "
            + tar.getFileName()
            + ": the build made no runtime archive (a JDK without jmods, not Linux x64, or"
            + " -Dpac.dist.skip=true); its absence is said in the build log");
    assertEquals(
        0, run(tmp, Map.of("PATH", System.getenv("PATH")), "tar", "-xzf", tar.toString()).code);
    Path home = tmp.resolve("pac-" + VERSION);
    for (String f :
        List.of(
            "bin/pac",
            "lib/pac.jar",
            "lib/pac.jsa",
            "runtime/bin/java",
            "man/man1/pac.1",
            "man/man1/pac-validate.1")) {
      assertTrue(Files.exists(home.resolve(f)), f + " in the archive");
    }
    assertTrue(
        Files.getPosixFilePermissions(home.resolve("bin/pac"))
            .contains(PosixFilePermission.OWNER_EXECUTE));

    // a PATH with the few tools the launcher uses, and no java
    Path bin = Files.createDirectories(tmp.resolve("path"));
    for (String tool : List.of("dirname", "sed", "ls", "awk")) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }
    assertFalse(Files.exists(bin.resolve("java")));
    Map<String, String> env =
        Map.of("PATH", bin.toString(), "HOME", tmp.toString(), "PAC_JAVA_OPTS", "-Xshare:on");

    Result version = run(tmp, env, home.resolve("bin/pac").toString(), "--version");
    assertEquals(0, version.code, version.err);
    List<String> lines = version.out.lines().toList();
    assertEquals("pac " + VERSION, lines.get(0));
    assertTrue(
        lines.get(1).matches("commit \\S+, built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        lines.get(1));
    assertTrue(
        lines.get(2).startsWith("Java 17")
            && lines.get(2).endsWith(" at " + home.resolve("runtime")),
        lines.get(2));

    // a validate from another folder, with the class-data archive required (-Xshare:on fails the
    // run if it cannot map)
    Path ws = tmp.resolve("plans repo");
    copy(Path.of("examples/acme"), ws);
    Result validate =
        run(
            ws,
            env,
            home.resolve("bin/pac").toString(),
            "validate",
            "--as-of",
            "2027-03-29",
            "--format",
            "json");
    assertEquals(0, validate.code, validate.err);
    assertTrue(validate.out.contains("\"files\": 2"), validate.out);
    Result missing =
        run(ws, env, home.resolve("bin/pac").toString(), "validate", "plans/nope.yaml");
    assertEquals(3, missing.code, missing.err);
    assertTrue(
        missing.err.startsWith("pac: error: plans/nope.yaml"),
        "paths are named from the user's folder: " + missing.err);
  }

  /**
   * The plain zip holds the jar, the launcher (executable) and the man pages, and runs on an
   * installed Java.
   */
  @Test
  void theZipRunsOnAnInstalledJava() throws Exception {
    Path zip = TARGET.resolve("pac-" + VERSION + ".zip");
    Assumptions.assumeTrue(
        Files.exists(zip), "no " + zip.getFileName() + ": built with -Dpac.dist.skip=true");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (String f :
          List.of(
              "bin/pac",
              "lib/pac.jar",
              "lib/pac.commands",
              "man/man1/pac.1",
              "examples/acme/pac.yaml")) {
        assertTrue(z.getEntry("pac-" + VERSION + "/" + f) != null, f + " in the zip");
      }
      assertTrue(
          z.stream().map(ZipEntry::getName).noneMatch(n -> n.contains("/runtime/")),
          "no runtime in the zip");
    }
    assertEquals(
        0, run(tmp, Map.of("PATH", System.getenv("PATH")), "unzip", "-q", zip.toString()).code);
    Path home = tmp.resolve("pac-" + VERSION);
    Result version =
        run(
            tmp,
            Map.of(
                "PATH",
                System.getenv("PATH"),
                "HOME",
                tmp.toString(),
                "JAVA_HOME",
                System.getProperty("java.home")),
            home.resolve("bin/pac").toString(),
            "--version");
    assertEquals(0, version.code, version.err);
    assertEquals("pac " + VERSION, version.out.lines().findFirst().orElse(""));
    // the launcher starts each command with the JVM flags of its kind in the command table beside
    // the jar
    Map<String, String> flags =
        Map.of(
            "PATH",
            System.getenv("PATH"),
            "HOME",
            tmp.toString(),
            "JAVA_HOME",
            System.getProperty("java.home"),
            "PAC_NO_CDS",
            "1",
            "PAC_JAVA_OPTS",
            "-XX:+PrintFlagsFinal");
    Result quick = run(tmp, flags, home.resolve("bin/pac").toString(), "validate", "--help");
    assertTrue(
        quick.out.matches("(?s).*\\bTieredStopAtLevel\\s+= 1\\s.*"), "validate is quick: C1 only");
    assertTrue(
        quick.out.matches("(?s).*\\bC1MaxInlineSize\\s+= 20\\s.*"),
        "a quick command inlines less than C1's default");
    Result report = run(tmp, flags, home.resolve("bin/pac").toString(), "report", "--help");
    assertTrue(
        report.out.matches("(?s).*\\bTieredStopAtLevel\\s+= 1\\s.*"),
        "report is quick too: C1 only");
    // without its table beside the jar, every command is quick
    Files.delete(home.resolve("lib/pac.commands"));
    Result untabled = run(tmp, flags, home.resolve("bin/pac").toString(), "import", "--help");
    assertTrue(untabled.out.matches("(?s).*\\bTieredStopAtLevel\\s+= 1\\s.*"), "no table: quick");
  }

  /**
   * Two unpacked copies used in turn (as two checkouts would be) each keep the start-up archive
   * their first run made: neither run deletes the other's, so neither pays a training run again.
   */
  @Test
  void twoCopiesUsedInTurnKeepAnArchiveEach() throws Exception {
    Path zip = TARGET.resolve("pac-" + VERSION + ".zip");
    Assumptions.assumeTrue(
        Files.exists(zip), "no " + zip.getFileName() + ": built with -Dpac.dist.skip=true");
    Map<String, String> env =
        Map.of(
            "PATH",
            System.getenv("PATH"),
            "HOME",
            tmp.toString(),
            "JAVA_HOME",
            System.getProperty("java.home"));
    List<Path> launchers = new ArrayList<>();
    for (String copy : List.of("a", "b")) {
      Files.createDirectories(tmp.resolve(copy));
      assertEquals(0, run(tmp.resolve(copy), env, "unzip", "-q", zip.toString()).code);
      launchers.add(tmp.resolve(copy).resolve("pac-" + VERSION + "/bin/pac"));
    }
    Path cache = tmp.resolve(".cache/pac");
    assertEquals(0, run(tmp, env, launchers.get(0).toString(), "--version").code);
    assertEquals(0, run(tmp, env, launchers.get(1).toString(), "--version").code);
    Map<String, Long> made = archives(cache);
    assertEquals(2, made.size(), made.toString());
    // the Java's version, read from its release file once and remembered beside the archives,
    // names them
    String version = System.getProperty("java.version");
    List<Path> memos;
    try (Stream<Path> s = Files.list(cache)) {
      memos = s.filter(p -> p.getFileName().toString().matches("java-.+\\.version")).toList();
    }
    assertEquals(1, memos.size(), memos.toString());
    assertEquals(version, Files.readString(memos.get(0)).strip());
    for (String name : made.keySet()) {
      assertTrue(name.contains("-java" + version + "-"), name);
    }
    assertEquals(0, run(tmp, env, launchers.get(0).toString(), "--version").code);
    assertEquals(0, run(tmp, env, launchers.get(1).toString(), "--version").code);
    assertEquals(made, archives(cache), "the same archives, none made again");
  }

  /** The archives in the launcher's cache folder, with their time stamps. */
  private static Map<String, Long> archives(Path cache) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(cache)) {
      for (Path p :
          s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList()) {
        out.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }

  /**
   * pac init writes from the jar: every file of both templates is in it, dotfiles (.gitignore) too.
   */
  @Test
  void theJarHoldsEveryFileOfTheWorkspaceTemplates() throws Exception {
    Path jar = TARGET.resolve("pac.jar");
    Assumptions.assumeTrue(Files.exists(jar), "no target/pac.jar: run mvn package");
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (Lang lang : Lang.values()) {
        for (String f : WorkspaceTemplate.of(lang).files()) {
          String entry = "dev/pac/init/" + lang.id() + "/" + f;
          assertTrue(z.getEntry(entry) != null, entry + " is in the jar");
        }
      }
    }
  }

  record Result(int code, String out, String err) {}

  static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile("pac-out", ".txt");
    Path err = Files.createTempFile("pac-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("no answer from " + String.join(" ", command));
    }
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  static Path which(String tool) {
    for (String d : System.getenv("PATH").split(":")) {
      Path p = Path.of(d, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(tool + " is not on PATH");
  }

  static void copy(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(all::add);
    }
    for (Path p : all) {
      Path t = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(t);
      } else {
        Files.copy(p, t);
      }
    }
  }
}
