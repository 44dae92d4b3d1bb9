package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.git.TestRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden CLI cases: each folder {@code src/test/resources/cases/<command>/<case>/} holds
 *
 * <ul>
 *   <li>{@code args}: the arguments, one a line ({@code #} lines are comments);
 *   <li>{@code history} (optional): the name of a scripted git history under {@code
 *       src/test/resources/histories/} that the fresh folder is made of, commit by commit (see
 *       {@link #replay});
 *   <li>{@code workspace/} (optional): copied to a fresh folder that pac runs in (over the
 *       history's last commit, as changes not committed);
 *   <li>{@code env} (optional): {@code NAME=VALUE} lines, the only environment pac sees; {@code
 *       TODAY=YYYY-MM-DD} sets the clock (default 2027-03-15);
 *   <li>{@code stdout}, {@code stderr}, {@code exit}: what pac must print and return;
 *   <li>{@code files/} (optional): files the run must leave in the workspace, byte for byte;
 *   <li>{@code git} (optional, empty): the run's folder is made a git repository (with JGit) before
 *       the run.
 * </ul>
 *
 * The run's folder appears as {@code <WORKSPACE>} in expected output. {@code mvn test
 * -Dgolden.update=true} rewrites stdout, stderr, exit and the files under {@code files/}, for a
 * reviewer to read in the diff; it is refused under CI ({@code CI=true}), where a case always
 * compares. A missing expected file fails the case. Outputs are compared byte for byte, line
 * endings included (the cases are checked in with {@code -text}, so git never rewrites them).
 *
 * <p>Each case runs once more, twice in a row with a cache folder of its own ({@code
 * XDG_CACHE_HOME}): the first run keeps the files it finds clean there, the second takes them from
 * it, and both must print and leave exactly what is expected.
 */
class GoldenCasesTest {
  static final Path CASES = Path.of("src/test/resources/cases");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final Path HISTORIES = Path.of("src/test/resources/histories");

  @TestFactory
  Stream<DynamicNode> cases() throws IOException {
    return cases(c -> run(c, null));
  }

  @TestFactory
  Stream<DynamicNode> casesWithACacheFolder() throws IOException {
    return cases(
        c -> {
          if (UPDATE) {
            return; // the expected files are written by the runs without one
          }
          Path cache = Files.createTempDirectory("pac-golden-cache-");
          try {
            run(c, cache);
            run(c, cache);
          } finally {
            delete(cache);
          }
        });
  }

  private interface CaseRun {
    void run(Path dir) throws Exception;
  }

  private static Stream<DynamicNode> cases(CaseRun each) throws IOException {
    try (Stream<Path> commands = Files.list(CASES)) {
      return commands.filter(Files::isDirectory).sorted().toList().stream()
          .map(
              cmd -> {
                try (Stream<Path> cs = Files.list(cmd)) {
                  List<DynamicNode> tests =
                      cs.filter(Files::isDirectory)
                          .sorted()
                          .map(
                              c ->
                                  (DynamicNode)
                                      DynamicTest.dynamicTest(
                                          c.getFileName().toString(), c.toUri(), () -> each.run(c)))
                          .toList();
                  return DynamicContainer.dynamicContainer(cmd.getFileName().toString(), tests);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * Runs the case in {@code dir} and compares what it prints and leaves; {@code cache}, when not
   * null, is pac's cache folder ({@code XDG_CACHE_HOME}).
   */
  static void run(Path dir, Path cache) throws Exception {
    if (UPDATE && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "-Dgolden.update=true rewrites expected files for review; it is refused under CI"
              + " (CI=true)");
    }
    Path work = Files.createTempDirectory("pac-golden-");
    try {
      if (Files.exists(dir.resolve("history"))) {
        replay(HISTORIES.resolve(Files.readString(dir.resolve("history")).trim()), work);
      }
      Path ws = dir.resolve("workspace");
      if (Files.isDirectory(ws)) {
        copy(ws, work);
      }
      if (Files.exists(dir.resolve("git"))) {
        Git.init().setDirectory(work.toFile()).setInitialBranch("main").call().close();
      }
      Map<String, String> env = new HashMap<>();
      if (Files.exists(dir.resolve("env"))) {
        for (String line : Files.readAllLines(dir.resolve("env"))) {
          int eq = line.indexOf('=');
          if (eq > 0) {
            env.put(line.substring(0, eq), line.substring(eq + 1));
          }
        }
      }
      if (cache != null) {
        env.put("XDG_CACHE_HOME", cache.toString());
      }
      LocalDate today = LocalDate.parse(env.getOrDefault("TODAY", "2027-03-15"));
      Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      List<String> args = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve("args"))) {
        if (!line.startsWith("#")) {
          args.add(line);
        }
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(out),
              new PrintWriter(err),
              new Env(work, env, clock, false, false),
              args.toArray(String[]::new));
      String root = work.toRealPath().toString();
      String stdout =
          out.toString().replace(root, "<WORKSPACE>").replace(work.toString(), "<WORKSPACE>");
      String stderr =
          err.toString().replace(root, "<WORKSPACE>").replace(work.toString(), "<WORKSPACE>");
      if (UPDATE) {
        Files.writeString(dir.resolve("stdout"), stdout);
        Files.writeString(dir.resolve("stderr"), stderr);
        Files.writeString(dir.resolve("exit"), code + "\n");
      }
      assertEquals(read(dir.resolve("stdout")), stdout, "stdout of " + dir);
      assertEquals(read(dir.resolve("stderr")), stderr, "stderr of " + dir);
      assertEquals(read(dir.resolve("exit")).trim(), String.valueOf(code), "exit code of " + dir);
      Path files = dir.resolve("files");
      if (Files.isDirectory(files)) {
        try (Stream<Path> s = Files.walk(files)) {
          for (Path expected : s.filter(Files::isRegularFile).toList()) {
            Path actual = work.resolve(files.relativize(expected).toString());
            assertTrue(Files.exists(actual), "the run should leave " + files.relativize(expected));
            if (UPDATE) {
              Files.copy(actual, expected, StandardCopyOption.REPLACE_EXISTING);
            }
            assertEquals(
                new String(Files.readAllBytes(expected), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(actual), StandardCharsets.UTF_8),
                "content of " + files.relativize(expected));
          }
        }
      }
    } finally {
      delete(work);
    }
  }

  /**
   * Builds a git repository in {@code work} from {@code history}'s folders, in name order, one
   * commit each: the folder's {@code tree/} is copied over the working tree, then its {@code
   * commit} file is read: header lines {@code date: YYYY-MM-DD} (noon UTC) or an ISO instant,
   * {@code author: NAME}, {@code move: FROM TO}, {@code delete: PATH}, then a blank line and the
   * commit message.
   */
  static void replay(Path history, Path work) throws Exception {
    try (TestRepo repo = TestRepo.init(work);
        Stream<Path> s = Files.list(history)) {
      for (Path c : s.filter(Files::isDirectory).sorted().toList()) {
        List<String> lines = Files.readAllLines(c.resolve("commit"));
        String date = null;
        String author = null;
        int i = 0;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
          String[] kv = lines.get(i).split(": ", 2);
          switch (kv[0]) {
            case "date" -> date = kv[1];
            case "author" -> author = kv[1];
            case "move" -> repo.move(kv[1].split(" ")[0], kv[1].split(" ")[1]);
            case "delete" -> Files.delete(work.resolve(kv[1]));
            default ->
                throw new IllegalArgumentException("unknown header in " + c + ": " + lines.get(i));
          }
        }
        if (Files.isDirectory(c.resolve("tree"))) {
          copy(c.resolve("tree"), work);
        }
        repo.commit(String.join("\n", lines.subList(i + 1, lines.size())) + "\n", author, date);
      }
    }
  }

  /** An expected file; a missing one fails (write it with -Dgolden.update=true, then review it). */
  private static String read(Path p) throws IOException {
    assertTrue(
        Files.exists(p),
        p + " is missing: run mvn test -Dgolden.update=true and review what it writes");
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }
}
