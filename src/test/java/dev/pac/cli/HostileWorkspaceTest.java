package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile workspace, pull request or command line can try: devices, FIFOs and folders where
 * files are expected, links and settings that lead out of the workspace, outputs over inputs, huge
 * and extreme values, control characters and HTML. Each answer is a one-line located error or
 * finding with the contract's exit code, nothing read or written outside the workspace, no input
 * overwritten. FIFOs stand in for devices (opening one blocks, as reading a device never ends); a
 * guard fails a test that hangs instead of hanging the build.
 */
class HostileWorkspaceTest {
  @TempDir Path tmp;
  Path ws;

  record Run(int code, String out, String err) {}

  Run run(Path cwd, Map<String, String> vars, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2027-03-29T09:00:00Z"), ZoneOffset.UTC);
    Env env = new Env(cwd, vars, clock, false, false).withStdin(new ByteArrayInputStream(stdin));
    int code =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Main.run(new PrintWriter(out), new PrintWriter(err), env, args),
            "pac hung");
    return new Run(code, out.toString(), err.toString());
  }

  Run run(String... args) {
    return run(ws, Map.of(), new byte[0], args);
  }

  @BeforeEach
  void workspace() {
    ws = tmp.resolve("ws");
    Run r = run(tmp, Map.of(), new byte[0], "init", "ws", "--lang", "en");
    assertEquals(0, r.code(), r.err());
  }

  static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertEquals(0, mk.waitFor());
  }

  static void assertOneLineError(Run r, int code, String contains) {
    assertEquals(code, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(contains), r.err());
    assertFalse(r.err().contains("\tat "), "a stack trace: " + r.err());
    assertFalse(r.err().contains("internal error"), r.err());
  }

  // 1. --output onto a device (a FIFO here), a folder, a missing folder; - is stdout

  @Test
  void outputOntoAFifoOrAFolderIsRefusedAndLeftAsItIs() throws Exception {
    Path fifo = tmp.resolve("out.fifo");
    mkfifo(fifo);
    Run r = run("report", "--as-of", "2027-03-29", "--output", fifo.toString());
    assertOneLineError(r, 3, "a FIFO (named pipe), not a regular file");
    assertTrue(
        Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "the FIFO is still one");

    Files.createDirectory(ws.resolve("out"));
    assertOneLineError(
        run("report", "--as-of", "2027-03-29", "--output", "out"),
        3,
        "a folder, not a regular file");
  }

  @Test
  void outputIntoAMissingFolderIsAnErrorAndCreatesNothing() {
    Run r = run("report", "--as-of", "2027-03-29", "--output", "missing/sub/report.txt");
    assertOneLineError(r, 3, "no such folder: missing/sub");
    assertFalse(Files.exists(ws.resolve("missing")));
  }

  @Test
  void outputDashIsStandardOutput() {
    Run r = run("validate", "--format", "json", "--output", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
    assertFalse(Files.exists(ws.resolve("-")));
  }

  // 2. pac.yaml and links reaching outside the workspace

  @Test
  void plansOutsideTheWorkspaceAreALocatedErrorAndNothingThereIsRead() throws Exception {
    Path secrets = Files.createDirectory(tmp.resolve("secrets"));
    Files.writeString(secrets.resolve("key.yaml"), "password: hunter2-secret\n");
    Files.writeString(ws.resolve("pac.yaml"), "plans: ../secrets\n");
    Run r = run("validate", "--format", "text");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "pac.yaml:1:8: error schema.range: 'plans' is '../secrets', outside the workspace"),
        r.out());
    assertFalse((r.out() + r.err()).contains("hunter2"), r.out());

    Files.writeString(ws.resolve("pac.yaml"), "plans: /usr\n");
    Run abs = run("validate", "--format", "text");
    assertTrue(abs.out().contains("'plans' is '/usr', outside the workspace"), abs.out());
  }

  @Test
  void refusalsAreSaidInTheLanguageOfTheWorkspace() throws Exception {
    Path secrets = Files.createDirectory(tmp.resolve("secrets"));
    Files.writeString(secrets.resolve("key.yaml"), "password: hunter2-secret\n");
    Files.createSymbolicLink(ws.resolve("plans/link.yaml"), secrets.resolve("key.yaml"));
    mkfifo(ws.resolve("plans/pipe.yaml"));
    Files.writeString(ws.resolve("pac.yaml"), "locale: fr\n");
    Run r = run("validate", "--format", "text");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "plans/link.yaml:1:1: erreur syntax: un lien symbolique qui sort de l'espace de"
                    + " travail (vers "
                    + secrets.toRealPath().resolve("key.yaml")
                    + ")\u00A0; pac ne suit les liens que vers des fichiers situés dans "),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "plans/pipe.yaml:1:1: erreur syntax: c'est un FIFO (tube nommé), pas un fichier"),
        r.out());
    assertFalse((r.out() + r.err()).contains("hunter2"), r.out());

    Files.writeString(ws.resolve("pac.yaml"), "locale: fr\nplans: ../secrets\n");
    Run outside = run("validate", "--format", "text");
    assertTrue(
        outside
            .out()
            .contains(
                "pac.yaml:2:8: erreur schema.range: 'plans' vaut '../secrets', hors de l'espace de"
                    + " travail"),
        outside.out());
  }

  @Test
  void aStoreOutsideTheWorkspaceIsRefusedAndNoFolderIsCreated() throws Exception {
    Files.writeString(ws.resolve("pac.yaml"), "actuals: ../victim/sub/dir/store.csv\n");
    Run r = run("import", "data/actuals.csv");
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "pac.yaml:1:10: schema.range: 'actuals' is '../victim/sub/dir/store.csv', outside"
                    + " the workspace"),
        r.err());
    assertFalse(Files.exists(tmp.resolve("victim")));
  }

  @Test
  void aLinkInThePlansFolderIsFollowedOnlyInsideTheWorkspace() throws Exception {
    Path secret = tmp.resolve("secret.yaml");
    Files.writeString(secret, "pac: hunter2-secret\n");
    Files.createSymbolicLink(ws.resolve("plans/evil.yaml"), secret);
    Run r = run("validate", "--format", "text");
    assertEquals(1, r.code());
    assertTrue(
        r.out()
            .contains(
                "plans/evil.yaml:1:1: error syntax: a symbolic link that leads out of the"
                    + " workspace"),
        r.out());
    assertFalse(r.out().contains("hunter2"), r.out());

    // inside the workspace, a link is followed
    Files.delete(ws.resolve("plans/evil.yaml"));
    Files.createDirectory(ws.resolve("common"));
    Files.move(ws.resolve("plans/h1-2027.yaml"), ws.resolve("common/h1-2027.yaml"));
    Files.createSymbolicLink(ws.resolve("plans/h1-2027.yaml"), Path.of("../common/h1-2027.yaml"));
    assertEquals(0, run("validate").code());
  }

  @Test
  void insideAGitRepositoryTheRootIsTheRepositorysTop() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    Git.init().setDirectory(repo.toFile()).call().close();
    Run init = run(repo, Map.of(), new byte[0], "init", "sales", "--lang", "en");
    assertEquals(0, init.code(), init.err());
    Path sales = repo.resolve("sales");
    Files.createDirectory(repo.resolve("common"));
    Files.move(sales.resolve("plans/h1-2027.yaml"), repo.resolve("common/h1-2027.yaml"));
    Files.writeString(sales.resolve("pac.yaml"), "plans: ../common\n");
    Run r = run(sales, Map.of(), new byte[0], "validate");
    assertEquals(0, r.code(), r.out() + r.err());
  }

  // 3. a plan that is a link to a device (a FIFO here): a finding at once

  @Test
  void aPlanLinkedToAFifoIsAFindingNotAHang() throws Exception {
    Path fifo = ws.resolve("data/pipe");
    mkfifo(fifo);
    Files.createSymbolicLink(ws.resolve("plans/zero.yaml"), fifo);
    Run r = run("validate", "--format", "text");
    assertEquals(1, r.code());
    assertTrue(
        r.out()
            .contains("plans/zero.yaml:1:1: error syntax: this is a FIFO (named pipe), not a file"),
        r.out());

    Run imp = run("import", "--dry-run", "data/pipe");
    assertOneLineError(imp, 3, "data/pipe: this is a FIFO (named pipe), not a file");
  }

  // 7. FIFOs as a plan, the store, pac.yaml

  @Test
  void aFifoAsTheStoreOrAsPacYamlIsRefused() throws Exception {
    Path store = ws.resolve("data/actuals.csv");
    Files.delete(store);
    mkfifo(store);
    assertOneLineError(
        run("report", "--as-of", "2027-03-29"),
        3,
        "data/actuals.csv: this is a FIFO (named pipe), not a file");
    assertOneLineError(
        run("import", "imports/hubspot-2027-w13.csv", "--mapping", "hubspot"), 3, "this is a FIFO");

    Files.delete(ws.resolve("pac.yaml"));
    mkfifo(ws.resolve("pac.yaml"));
    Run v = run("validate", "--format", "text");
    assertEquals(1, v.code(), v.err());
    assertTrue(
        v.out().contains("pac.yaml:1:1: error syntax: this is a FIFO (named pipe), not a file"),
        v.out());
  }

  @Test
  void aFifoInThePlansFolderIsAFinding() throws Exception {
    mkfifo(ws.resolve("plans/pipe.yaml"));
    Run r = run("validate", "--format", "text");
    assertEquals(1, r.code());
    assertTrue(
        r.out()
            .contains("plans/pipe.yaml:1:1: error syntax: this is a FIFO (named pipe), not a file"),
        r.out());
    Files.delete(ws.resolve("plans/pipe.yaml"));

    mkfifo(ws.resolve("other.yaml"));
    assertOneLineError(
        run("report", "--as-of", "2027-03-29", "other.yaml"),
        1,
        "other.yaml:1:1: syntax: this is a FIFO");
    assertOneLineError(
        run("import", "imports/hubspot-2027-w13.csv", "--mapping", "other.yaml"),
        1,
        "other.yaml:1:1: syntax: this is a FIFO");
  }

  // 5. a store that is a link: its target is rewritten, the link kept

  @Test
  void aLinkedStoreKeepsItsLinkAndItsTargetIsRewritten() throws Exception {
    Path store = ws.resolve("data/actuals.csv");
    Path real = Files.createDirectory(ws.resolve("common")).resolve("actuals.csv");
    Files.move(store, real);
    Files.createSymbolicLink(store, Path.of("../common/actuals.csv"));
    Files.writeString(ws.resolve("new.csv"), "date,kpi,value\n2027-03-29,mql,7\n");
    Run r = run("import", "new.csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(store), "the link is kept");
    assertTrue(
        Files.readString(real).contains("2027-03-29,mql,7,,,"), "the target holds the new row");
  }

  @Test
  void aStoreLinkedOutsideTheWorkspaceIsRefusedAndTheFileThereKept() throws Exception {
    Path store = ws.resolve("data/actuals.csv");
    Path victim = tmp.resolve("victim.csv");
    Files.writeString(victim, "date,kpi,value,segment,channel,action\n");
    Files.delete(store);
    Files.createSymbolicLink(store, victim);
    Files.writeString(ws.resolve("new.csv"), "date,kpi,value\n2027-03-29,mql,7\n");
    assertOneLineError(
        run("import", "new.csv"),
        3,
        "data/actuals.csv: a symbolic link that leads out of the workspace");
    assertEquals("date,kpi,value,segment,channel,action\n", Files.readString(victim));
  }

  // 6. --output over the workspace's inputs

  @Test
  void outputOverAnInputIsRefusedAndTheInputKept() throws Exception {
    byte[] store = Files.readAllBytes(ws.resolve("data/actuals.csv"));
    assertOneLineError(
        run("report", "--as-of", "2027-03-29", "--output", "data/actuals.csv"),
        3,
        "one of the inputs");
    assertEquals(
        new String(store, StandardCharsets.UTF_8),
        Files.readString(ws.resolve("data/actuals.csv")));
    byte[] plan = Files.readAllBytes(ws.resolve("plans/h1-2027.yaml"));
    assertOneLineError(
        run("validate", "--output", "plans/h1-2027.yaml"), 3, "--output would replace it");
    assertOneLineError(
        run("report", "--as-of", "2027-03-29", "--output", "plans/new.yaml"),
        3,
        "reads as an input");
    assertOneLineError(run("score", "--output", "pac.yaml"), 3, "one of the inputs");
    assertOneLineError(
        run(
            "import",
            "imports/hubspot-2027-w13.csv",
            "--mapping",
            "hubspot",
            "--output",
            "imports/hubspot-2027-w13.csv"),
        3,
        "one of the inputs");
    assertEquals(
        new String(plan, StandardCharsets.UTF_8),
        Files.readString(ws.resolve("plans/h1-2027.yaml")));
    assertEquals(
        new String(store, StandardCharsets.UTF_8),
        Files.readString(ws.resolve("data/actuals.csv")));
  }

  // 8. pac diff on files too large to read

  @Test
  void diffOfACommittedHugePlanAndAnUncommittedSparseOneIsANote() throws Exception {
    Git git = Git.init().setDirectory(ws.toFile()).call();
    Path big = ws.resolve("plans/big.yaml");
    byte[] line =
        "# padding padding padding padding padding padding padding padding padding\n"
            .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (int i = 0; i < 60_000_000 / line.length; i++) {
        out.write(line);
      }
    }
    PersonIdent who = new PersonIdent("Ana", "ana@example.com");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("plans").setAuthor(who).setCommitter(who).setSign(false).call();
    git.close();
    // the working tree: a 3 GB file that takes no room (sparse)
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    Run r = run("diff");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("bytes; pac reads files of at most 1,048,576 bytes (1 MiB)"), r.out());
    assertTrue(r.out().contains("3,221,225,472 bytes"), r.out());
  }

  // 9. extreme dates

  @Test
  void datesOutsideTheYears1900To2999AreUsageErrorsOrFindings() throws Exception {
    assertOneLineError(
        run("report", "--as-of", "+999999999-12-31"),
        2,
        "outside the dates pac handles: years 1900 to 2999");
    assertOneLineError(run("report", "--as-of", "-999999999-01-01"), 2, "years 1900 to 2999");
    assertOneLineError(run("validate", "--as-of", "1899-12-31"), 2, "years 1900 to 2999");

    Path plan = ws.resolve("plans/h1-2027.yaml");
    Files.writeString(
        plan, Files.readString(plan).replaceFirst("start: 2027-01-01", "start: 0001-01-01"));
    Run v = run("validate", "--format", "text");
    assertEquals(1, v.code());
    assertTrue(
        v.out()
            .contains("'start' is '0001-01-01', outside the dates pac handles: years 1900 to 2999"),
        v.out());

    Files.writeString(ws.resolve("old.csv"), "date,kpi,value\n1800-01-01,mql,7\n");
    Run imp = run("import", "old.csv");
    assertEquals(1, imp.code());
  }

  // 10. huge values

  @Test
  void valuesBeyondTheBoundsAreRejectedSayingWhy() throws Exception {
    Files.writeString(
        ws.resolve("huge.csv"),
        "date,kpi,value\n2027-03-22,mql," + "9".repeat(308) + "\n2027-03-29,mql,0.1234567890123\n");
    Run r = run("import", "huge.csv", "--format", "json");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("is beyond ±1e15"), r.out());
    assertTrue(r.out().contains("has 13 decimals; pac takes values with at most 12"), r.out());

    Path store = ws.resolve("data/actuals.csv");
    Files.writeString(
        store,
        "date,kpi,value,segment,channel,action\n2027-03-22,mql,1" + "0".repeat(20) + ",,,\n");
    assertOneLineError(
        run("report", "--as-of", "2027-03-29"),
        1,
        "data/actuals.csv:2: value '1" + "0".repeat(20) + "' is beyond ±1e15");
  }

  // 4. an unknown KPI of 2 MB: no did-you-mean search, a short message

  @Test
  void aHugeUnknownKpiCellGivesAShortMessage() throws Exception {
    String kpi = "x".repeat(2_000_000);
    Files.writeString(ws.resolve("wide.csv"), "date,kpi,value\n2027-03-29," + kpi + ",1\n");
    Run r = run("import", "wide.csv");
    assertEquals(1, r.code(), r.err());
    String all = r.out() + r.err();
    assertTrue(all.length() < 2_000, "the message is " + all.length() + " characters");
    assertTrue(all.contains("unknown KPI '" + "x".repeat(119) + "…'"), all);
  }

  // 11. control characters and HTML

  @Test
  void controlCharactersFromFileNamesAndTheStoreAreShownEscaped() throws Exception {
    Path odd = ws.resolve("plans/odd\u001b]0;pwned\u0007.yaml");
    Files.writeString(odd, "nothing: here\n");
    Run r = run("validate", "--format", "text");
    assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), r.out());
    assertTrue(r.out().contains("odd\\u001b]0;pwned\\u0007.yaml"), r.out());
    Files.delete(odd);

    Files.writeString(
        ws.resolve("data/actuals.csv"),
        "date,kpi,value,segment,channel,action\n2027-03-22,mql,\u001b[2J\u0000\u0007,,,\n");
    Run s = run("report", "--as-of", "2027-03-29");
    assertEquals(1, s.code(), s.err());
    assertFalse(
        s.err().contains("\u001b") || s.err().contains("\u0000") || s.err().contains("\u0007"),
        s.err());
    assertTrue(s.err().contains("\\u001b[2J\\u0000\\u0007"), s.err());
  }

  @Test
  void theStepSummaryShowsHtmlFromFileNamesAndValuesAsText() throws Exception {
    Files.writeString(ws.resolve("plans/<img src=x onerror=alert(1)>.yaml"), "pac: <b>x</b>\n");
    Path summary = tmp.resolve("summary.md");
    Map<String, String> vars =
        new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));
    Run r = run(ws, vars, new byte[0], "validate");
    assertEquals(1, r.code());
    String md = Files.readString(summary);
    assertFalse(md.contains("<img") || md.contains("<b>"), md);
    assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;.yaml"), md);
    assertTrue(md.contains("&lt;b&gt;x&lt;/b&gt;"), md);
  }

  // 12. pac init that fails leaves nothing

  @Test
  void initThatFailsOnTheWayLeavesNothing() throws Exception {
    // a file where the template needs a folder: the files are written, then cannot be moved into
    // place
    Path target = Files.createDirectory(tmp.resolve("blocked"));
    Files.writeString(target.resolve("data"), "not a folder\n");
    Run r = run(tmp, Map.of(), new byte[0], "init", "blocked", "--lang", "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    try (var s = Files.list(target)) {
      assertEquals(List.of(target.resolve("data")), s.toList(), "only what was there before");
    }
  }

  @Test
  void initOnAFullDiskLeavesNothingAndCanBeRunAgain() throws Exception {
    // a child JVM whose files may not grow past 2 KiB (ulimit -f): the example store is larger
    String java = ProcessHandle.current().info().command().orElse("java");
    Path target = tmp.resolve("full");
    String cmd =
        "ulimit -f 2 && exec '"
            + java
            + "' -XX:-UsePerfData -Xshare:off -cp '"
            + System.getProperty("java.class.path")
            + "' dev.pac.cli.Main init '"
            + target
            + "' --lang en";
    Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor(), output);
    assertTrue(output.contains("nothing was written"), output);
    assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), "no folder left");
    try (var s = Files.list(tmp)) {
      assertTrue(
          s.noneMatch(f -> f.getFileName().toString().contains("pac-init")),
          "no staging folder left");
    }
    assertEquals(0, run(tmp, Map.of(), new byte[0], "init", "full", "--lang", "en").code());
  }

  // standard input

  @Test
  void aFileArgumentDashReadsStandardInput() throws Exception {
    byte[] plan = Files.readAllBytes(ws.resolve("plans/h1-2027.yaml"));
    Run v = run(ws, Map.of(), plan, "validate", "-");
    assertEquals(0, v.code(), v.out() + v.err());
    Run bad =
        run(
            ws,
            Map.of(),
            "pac: 1\nid: [\n".getBytes(StandardCharsets.UTF_8),
            "validate",
            "--format",
            "text",
            "-");
    assertEquals(1, bad.code());
    assertTrue(bad.out().startsWith("<stdin>:"), bad.out());

    Run imp =
        run(
            ws,
            Map.of(),
            "date,kpi,value\n2027-03-29,mql,7\n".getBytes(StandardCharsets.UTF_8),
            "import",
            "-");
    assertEquals(0, imp.code(), imp.err());
    assertTrue(Files.readString(ws.resolve("data/actuals.csv")).contains("2027-03-29,mql,7,,,"));
  }
}
