package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.Decimals;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.StoreLock;
import dev.pac.cli.Env;
import dev.pac.cli.Main;
import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.ImportMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading CSV exports: records and quoting, decoding, and whole imports (idempotence, the lock).
 */
class ImportCsvTest {
  @TempDir Path dir;

  /**
   * Each row's line and value, then each rejection's line and reason, of a CSV in the store's
   * layout.
   */
  private static List<String> read(String csv) {
    FileResult r =
        new CsvImport(ImportSettings.STORE, null)
            .read(csv.getBytes(StandardCharsets.UTF_8), "f.csv", 0, ImportProgress.NONE);
    List<String> out = new ArrayList<>();
    r.rows()
        .forEach(in -> out.add("@" + in.line() + " " + in.row().kpi() + "=" + in.row().value()));
    r.rejected().forEach(x -> out.add("@" + x.line() + " " + x.reason()));
    return out;
  }

  @Test
  void recordsFollowRfc4180AndKeepThePhysicalLineWhereTheyStart() {
    assertEquals(
        List.of("@2 mql=1", "@3 sql=2"),
        read("date,kpi,value\r\n2027-03-01,mql,1\r\n\"2027-03-01\",\"sql\",\"2\"\r\n"));
    assertEquals(
        List.of("@4 sql=2"),
        read("date;kpi;value;segment\n2027-03-01;mql;\"\";\"two\nlines\"\n2027-03-01;sql;2;\n"),
        "a quoted line break; the next record starts on line 4 (and an empty value is no row)");
    assertEquals(
        List.of("@2 mql=1"), read("date\tkpi\tvalue\n2027-03-01\tmql\t1"), "no final line end");
    assertEquals(
        List.of("@2 a quoted field is not closed (a '\"' is missing)"),
        read("date,kpi,value\n\"x\n"));
    assertTrue(
        read("date,kpi,value\n\"x\"y,z,1\n").get(0).startsWith("@2 text after a closing quote"),
        read("date,kpi,value\n\"x\"y,z,1\n").toString());
  }

  @Test
  void decodingTakesUtf8ElseWindows1252AndSaysSo() {
    byte[] bom = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8);
    CsvText.Decoded d = CsvText.decode(bom, "auto", "f");
    assertEquals(3, d.start());
    assertNull(d.guess());
    byte[] cp1252 = "Dépenses;CA (€)\n".getBytes(Charset.forName("windows-1252"));
    CsvText.Decoded w = CsvText.decode(cp1252, "auto", "f");
    assertEquals("Dépenses;CA (€)\n", new String(w.bytes(), StandardCharsets.UTF_8));
    assertTrue(english(w.guess()).startsWith("windows-1252"), english(w.guess()));
    byte[] utf16 = "\uFEFFa\tb\n".getBytes(StandardCharsets.UTF_16LE);
    CsvText.Decoded u = CsvText.decode(utf16, "auto", "f");
    assertEquals("a\tb\n", new String(u.bytes(), StandardCharsets.UTF_8));
    assertEquals(
        "Dépenses",
        new String(
            CsvText.decode("Dépenses".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1", "f")
                .bytes(),
            StandardCharsets.UTF_8));
  }

  @Test
  void bytesNoEncodingAcceptsAreAnErrorNeverU_FFFD() {
    byte[] bad =
        "ok\nbad \u0081 here\n"
            .getBytes(StandardCharsets.ISO_8859_1); // 0x81: not UTF-8, undefined in windows-1252
    PacException e = assertThrows(PacException.class, () -> CsvText.decode(bad, "auto", "f.csv"));
    assertEquals("f.csv:2", e.where());
    assertEquals(ExitCode.INVALID, e.exitCode());
    byte[] notUtf8 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    PacException named =
        assertThrows(PacException.class, () -> CsvText.decode(notUtf8, "UTF-8", "f.csv"));
    assertEquals("f.csv:1", named.where());
  }

  @Test
  void anyBytesGiveRowsOrRejectionsNeverACrash() {
    Random random = new Random(11);
    String alphabet = "date,kpi,value;\"\r\n \t0123456789.-mqlé€\u00A0";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "date,kpi,value\n" : "");
      int len = random.nextInt(80);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] b =
          random.nextInt(10) == 0
              ? sb.toString().getBytes(Charset.forName("windows-1252"))
              : sb.toString().getBytes(StandardCharsets.UTF_8);
      try {
        FileResult r =
            new CsvImport(ImportSettings.STORE, null).read(b, "f.csv", 0, ImportProgress.NONE);
        for (Incoming in : r.rows()) {
          assertTrue(in.line() >= 2, "a row comes after the header");
          assertTrue(Decimals.canonical(in.row().value()) != null, in.row().value());
        }
      } catch (PacException e) {
        assertEquals(ExitCode.INVALID, e.exitCode(), e.getMessage()); // empty file, a bad encoding
      }
    }
  }

  @Test
  void aMappingIsAFileOrANameInTheWorkspacesMappingsFolder() throws IOException {
    Path ws = dir.resolve("ws");
    Path sub = Files.createDirectories(ws.resolve("exports"));
    Path named = Files.createDirectories(ws.resolve("mappings")).resolve("hubspot.yaml");
    Files.writeString(named, "x: 1\n");
    Files.writeString(sub.resolve("local.yml"), "x: 1\n");
    assertEquals(named, MappingLoader.locate("hubspot", sub, ws, Path::toString));
    assertEquals(named, MappingLoader.locate("hubspot.yaml", sub, ws, Path::toString));
    assertEquals(
        sub.resolve("local.yml"), MappingLoader.locate("local.yml", sub, ws, Path::toString));
    PacException e =
        assertThrows(
            PacException.class,
            () -> MappingLoader.locate("hubsopt", sub, ws, p -> "mappings/hubsopt.yaml"));
    assertEquals(ExitCode.IO, e.exitCode());
    assertTrue(
        e.getMessage().contains("did you mean `hubspot`?")
            && e.getMessage().endsWith("mappings: hubspot"),
        e.getMessage());
  }

  @Test
  void datePatternsAreStrictAndMustNameAWholeDate() {
    assertNull(MappingLoader.patternError("dd/MM/yyyy"));
    assertNull(MappingLoader.patternError("M/d/yyyy"));
    assertNull(MappingLoader.patternError("yyyy-MM-dd HH:mm:ss"));
    assertTrue(english(MappingLoader.patternError("dd/MM")).contains("whole date"));
    assertTrue(english(MappingLoader.patternError("yyyy-ww")).contains("whole date"));
    assertTrue(english(MappingLoader.patternError("dd/MM/yyyy{")).startsWith("not a date pattern"));
    DateTimeFormatter f = ImportMapping.dateFormatter("dd/MM/yyyy");
    assertEquals(LocalDate.of(2027, 3, 1), f.parse("01/03/2027", LocalDate::from));
    assertThrows(DateTimeParseException.class, () -> f.parse("31/02/2027", LocalDate::from));
    assertThrows(DateTimeParseException.class, () -> f.parse("1/3/2027", LocalDate::from));
    assertEquals(
        LocalDate.of(2027, 3, 1),
        ImportMapping.dateFormatter("yyyy-MM-dd HH:mm:ss")
            .parse("2027-03-01 17:45:00", LocalDate::from));
  }

  // --- whole imports through the command line

  private static final String PLAN =
      """
      pac: 1
      id: p
      title: Plan
      owner: Ann
      period: {start: 2027-01-01, end: 2027-12-31}
      kpis:
        - {id: mql, name: MQL, unit: count}
        - {id: revenue, name: Revenue, unit: currency}
      objectives:
        - {id: o, title: Grow leads a lot this year, kpi: mql, target: 100, deadline: 2027-12-31}
      actions:
        - {id: a, title: Act, objectives: [o], type: promotion, owner: Ann, start: 2027-01-01, due: 2027-12-31, budget: 10}
      """;

  private Path workspace() throws IOException {
    Files.createDirectories(dir.resolve("plans"));
    Files.writeString(dir.resolve("plans/p.yaml"), PLAN);
    return dir;
  }

  private static int pac(Path cwd, StringWriter out, StringWriter err, String... args) {
    Env env =
        new Env(
            cwd,
            Map.of(),
            Clock.fixed(Instant.parse("2027-03-15T00:00:00Z"), ZoneOffset.UTC),
            false,
            false);
    return Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
  }

  @Test
  void importingTwiceChangesNothingTheSecondTime() throws IOException {
    Path ws = workspace();
    Files.writeString(
        ws.resolve("w.csv"),
        "kpi;date;value;segment\nmql;2027-03-08;12,50;smb\nrevenue;2027-03-01;1 200;\n"
            + "mql;2027-03-01;3;\n");
    StringWriter out = new StringWriter();
    assertEquals(0, pac(ws, out, new StringWriter(), "import", "w.csv"));
    assertTrue(
        out.toString().startsWith("added 3, updated 0, unchanged 0, rejected 0"), out.toString());
    Path store = ws.resolve("data/actuals.csv");
    byte[] first = Files.readAllBytes(store);
    assertEquals(
        "date,kpi,value,segment,channel,action\n2027-03-01,mql,3,,,\n2027-03-01,revenue,1200,,,\n"
            + "2027-03-08,mql,12.5,smb,,\n",
        new String(first, StandardCharsets.UTF_8));
    long modified = Files.getLastModifiedTime(store).toMillis();
    StringWriter again = new StringWriter();
    assertEquals(0, pac(ws, again, new StringWriter(), "import", "w.csv"));
    assertTrue(
        again.toString().startsWith("added 0, updated 0, unchanged 3, rejected 0"),
        again.toString());
    assertArrayEquals(first, Files.readAllBytes(store));
    assertEquals(modified, Files.getLastModifiedTime(store).toMillis(), "not even rewritten");
    // the store itself imports as all unchanged
    StringWriter self = new StringWriter();
    assertEquals(0, pac(ws, self, new StringWriter(), "import", "data/actuals.csv"));
    assertTrue(
        self.toString().startsWith("added 0, updated 0, unchanged 3, rejected 0"), self.toString());
  }

  @Test
  void aSecondImportWaitsForTheLockThenGivesUp() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("w.csv"), "date,kpi,value\n2027-03-01,mql,3\n");
    Path store = ws.resolve("data/actuals.csv");
    Files.createDirectories(store.getParent());
    Path lockFile = StoreLock.lockFile(store);
    assertEquals(".actuals.csv.lock", lockFile.getFileName().toString());
    List<String> told = new ArrayList<>();
    List<String> toldInFrench = new ArrayList<>();
    try (StoreLock held =
        StoreLock.acquire(
            store, "data/actuals.csv", Duration.ZERO, t -> told.add(Catalogue.english().say(t)))) {
      assertTrue(Files.exists(lockFile), "held: " + held);
      Importer second =
          new Importer(
              () -> Set.of("mql"),
              null,
              ImportProgress.NONE,
              t -> {
                told.add(Catalogue.english().say(t));
                toldInFrench.add(Catalogue.of(true).say(t));
              },
              Duration.ofMillis(120));
      PacException e =
          assertThrows(
              PacException.class,
              () ->
                  second.run(
                      List.of(new Importer.Source(ws.resolve("w.csv"), "w.csv")),
                      store,
                      "data/actuals.csv",
                      false));
      assertEquals(ExitCode.IO, e.exitCode());
      assertTrue(e.getMessage().contains("another import"), e.getMessage());
      assertEquals(List.of("waiting for another import into data/actuals.csv to finish"), told);
      assertEquals(
          List.of("attente de la fin d'un autre import dans data/actuals.csv"), toldInFrench);
      assertFalse(Files.exists(store), "nothing written");
    }
    // released: the import goes through
    Importer next =
        new Importer(
            () -> Set.of("mql"),
            null,
            ImportProgress.NONE,
            t -> told.add(Catalogue.english().say(t)),
            Duration.ZERO);
    Importer.Outcome o =
        next.run(
            List.of(new Importer.Source(ws.resolve("w.csv"), "w.csv")),
            store,
            "data/actuals.csv",
            false);
    assertTrue(o.result().written());
  }

  @Test
  void theLockIsAnOsLockOtherProcessesSee() throws IOException {
    Path store = dir.resolve("data/actuals.csv");
    try (StoreLock held = StoreLock.acquire(store, "s", Duration.ZERO, s -> {});
        FileChannel ch = FileChannel.open(StoreLock.lockFile(store), StandardOpenOption.WRITE)) {
      assertTrue(held != null);
      assertThrows(OverlappingFileLockException.class, ch::tryLock);
    }
    try (FileChannel ch = FileChannel.open(StoreLock.lockFile(store), StandardOpenOption.WRITE);
        FileLock l = ch.tryLock()) {
      assertTrue(l != null && l.isValid(), "released on close");
    }
  }

  @Test
  void staleTemporaryFilesOfAKilledImportAreRemovedUnderTheLock() throws IOException {
    Path store = dir.resolve("data/actuals.csv");
    Files.createDirectories(store.getParent());
    Path stale = store.resolveSibling(".actuals.csv.123456.tmp");
    Files.writeString(stale, "date,kpi,val");
    Path other = store.resolveSibling(".report.html.1.tmp");
    Files.writeString(other, "x");
    try (StoreLock l = StoreLock.acquire(store, "s", Duration.ZERO, s -> {})) {
      assertTrue(l != null);
      assertFalse(Files.exists(stale));
      assertTrue(Files.exists(other), "only the store's own temporaries");
    }
  }

  private static String english(Text text) {
    return Catalogue.english().say(text);
  }
}
