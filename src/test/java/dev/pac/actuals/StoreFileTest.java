package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store file: reading for the report, strict content, lenient form, and the streamed upsert.
 */
class StoreFileTest {
  @TempDir Path dir;

  private Path store(String content) throws IOException {
    Path f = dir.resolve("data/actuals.csv");
    Files.createDirectories(f.getParent());
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  @Test
  void readsRowsForTheReport() throws IOException {
    Path f =
        store(
            "date,kpi,value,segment,channel,action\n"
                + "2027-03-01,mql,40,,,\n"
                + "2027-03-01,revenue,1250.5,smb,webinar,spring-push\n");
    List<ActualRow> rows = ActualRows.read(f, "data/actuals.csv");
    assertEquals(
        List.of(
            new ActualRow(LocalDate.of(2027, 3, 1), "mql", 40, "", "", ""),
            new ActualRow(
                LocalDate.of(2027, 3, 1), "revenue", 1250.5, "smb", "webinar", "spring-push")),
        rows);
  }

  @Test
  void aStoreOfItsHeaderAloneWithoutLfIsEmpty() throws IOException {
    Path f = store("date,kpi,value,segment,channel,action");
    assertEquals(List.of(), ActualRows.read(f, "s"));
    List<String> streamed = new ArrayList<>();
    assertTrue(ActualsStore.read(f, "s", (d, k, s, c, a, v) -> streamed.add(k)));
    assertEquals(List.of(), streamed);
    assertFalse(ActualsStore.load(f, "s").canonical());
  }

  @Test
  void aMissingStoreIsEmpty() {
    assertEquals(List.of(), ActualRows.read(dir.resolve("none.csv"), "none.csv"));
  }

  @Test
  void toleratesBomCrlfAndOrder() throws IOException {
    Path f =
        store(
            "\uFEFFdate,kpi,value,segment,channel,action\r\n"
                + "2027-03-08,mql,44,,,\r\n"
                + "2027-03-01,mql,40.0,,,\r\n");
    assertEquals(2, ActualRows.read(f, "s").size());
    ActualsStore.Loaded l = ActualsStore.load(f, "s");
    assertFalse(l.canonical());
    assertEquals(20270301, l.rows().get(0).date(), "sorted on load");
    assertEquals("40", l.rows().get(0).value());
  }

  @Test
  void badContentIsAnErrorAtItsLine() throws IOException {
    String h = "date,kpi,value,segment,channel,action\n";
    assertError(store(h + "2027-03-01,mql,40,,,\n2027-03-01,mql,4e1,,,\n"), "s:3", "value '4e1'");
    assertError(store(h + "2027-02-30,mql,40,,,\n"), "s:2", "not a date");
    assertError(store(h + "2027-03-01,MQL,40,,,\n"), "s:2", "kpi 'MQL'");
    assertError(store(h + "2027-03-01,mql,40,Big Co,,\n"), "s:2", "segment 'Big Co'");
    assertError(store(h + "2027-03-01,mql,40,,\n"), "s:2", "expected 6 fields");
    assertError(store("date,kpi,value\n"), "s:1", "header");
    assertError(
        store(h + "2027-03-08,mql,1,,,\n2027-03-01,mql,2,,,\n2027-03-08,mql,3,,,\n"),
        "s:4",
        "as line 2");
  }

  private static void assertError(Path f, String where, String part) {
    PacException e = assertThrows(PacException.class, () -> ActualRows.read(f, "s"));
    assertEquals(ExitCode.INVALID, e.exitCode());
    assertEquals(where, e.where());
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  private static Actual row(int date, String kpi, String value) {
    return new Actual(date, kpi, "", "", "", value);
  }

  @Test
  void upsertRewritesOnlyWhenSomethingChanges() throws IOException {
    Path f = dir.resolve("data/actuals.csv");
    ActualsStore.Upserted first =
        ActualsStore.upsert(
            f, "s", List.of(row(20270301, "mql", "40"), row(20270308, "mql", "44")), true);
    assertEquals(2, first.added());
    assertTrue(first.written());
    String expected =
        "date,kpi,value,segment,channel,action\n2027-03-01,mql,40,,,\n2027-03-08,mql,44,,,\n";
    assertEquals(expected, Files.readString(f));
    ActualsStore.Upserted again =
        ActualsStore.upsert(f, "s", List.of(row(20270308, "mql", "44")), true);
    assertEquals(1, again.unchanged());
    assertFalse(again.written());
    ActualsStore.Upserted update =
        ActualsStore.upsert(
            f, "s", List.of(row(20270201, "sql", "3"), row(20270301, "mql", "41")), true);
    assertEquals(1, update.updated());
    assertEquals(1, update.added());
    assertEquals(
        "date,kpi,value,segment,channel,action\n"
            + "2027-02-01,sql,3,,,\n"
            + "2027-03-01,mql,41,,,\n"
            + "2027-03-08,mql,44,,,\n",
        Files.readString(f));
  }

  @Test
  void theNewFileCopiesTheStoreUpToItsFirstChangeThenMerges() throws IOException {
    String head =
        "date,kpi,value,segment,channel,action\n2027-03-01,mql,40,,,\n2027-03-01,sql,9,,,\n";
    // a row added in the middle, a row updated after it, a row added after every stored row
    Path f = store(head + "2027-03-08,mql,44,,,\n2027-03-08,sql,10,,,\n");
    ActualsStore.Upserted u =
        ActualsStore.upsert(
            f,
            "s",
            List.of(
                row(20270301, "sql", "9"),
                row(20270308, "demos", "3"),
                row(20270308, "sql", "11"),
                row(20270315, "mql", "41")),
            true);
    assertEquals(2, u.added());
    assertEquals(1, u.updated());
    assertEquals(1, u.unchanged());
    assertEquals(
        head
            + "2027-03-08,demos,3,,,\n"
            + "2027-03-08,mql,44,,,\n"
            + "2027-03-08,sql,11,,,\n"
            + "2027-03-15,mql,41,,,\n",
        Files.readString(f));
    // only rows after the store's last: the store is copied whole, then the new rows
    ActualsStore.Upserted weekly =
        ActualsStore.upsert(f, "s", List.of(row(20270322, "mql", "39")), true);
    assertEquals(1, weekly.added());
    assertTrue(Files.readString(f).endsWith("2027-03-15,mql,41,,,\n2027-03-22,mql,39,,,\n"));
    // a value not written canonically is where the copy stops
    Path g = store(head + "2027-03-08,mql,44.0,,,\n2027-03-08,sql,10,,,\n");
    ActualsStore.Upserted c =
        ActualsStore.upsert(g, "s", List.of(row(20270308, "sql", "10")), true);
    assertEquals(1, c.unchanged());
    assertTrue(c.written());
    assertEquals(head + "2027-03-08,mql,44,,,\n2027-03-08,sql,10,,,\n", Files.readString(g));
  }

  @Test
  void aStoreNotInCanonicalFormIsRewrittenEvenWithoutChanges() throws IOException {
    Path f =
        store(
            "date,kpi,value,segment,channel,action\r\n"
                + "2027-03-08,mql,44.0,,,\r\n"
                + "2027-03-01,mql,40,,,\r\n");
    ActualsStore.Upserted u =
        ActualsStore.upsert(f, "s", List.of(row(20270301, "mql", "40")), true);
    assertEquals(1, u.unchanged());
    assertTrue(u.written());
    assertEquals(
        "date,kpi,value,segment,channel,action\n2027-03-01,mql,40,,,\n2027-03-08,mql,44,,,\n",
        Files.readString(f));
  }

  @Test
  void aValueWrittenAsLongAsItsCanonicalFormIsStillRewritten() throws IOException {
    // '+.5' and '.50' are as long as '0.5': the canonical test compares the text, not its length
    Path f =
        store(
            "date,kpi,value,segment,channel,action\n"
                + "2027-03-01,mql,+.5,,,\n"
                + "2027-03-08,mql,.50,,,\n");
    assertFalse(ActualsStore.load(f, "s").canonical());
    ActualsStore.Upserted u =
        ActualsStore.upsert(f, "s", List.of(row(20270301, "mql", "0.5")), true);
    assertEquals(1, u.unchanged());
    assertTrue(u.written());
    assertEquals(
        "date,kpi,value,segment,channel,action\n2027-03-01,mql,0.5,,,\n2027-03-08,mql,0.5,,,\n",
        Files.readString(f));
  }

  @Test
  void aDryRunCountsWithoutWriting() throws IOException {
    String content = "date,kpi,value,segment,channel,action\n2027-03-01,mql,40,,,\n";
    Path f = store(content);
    ActualsStore.Upserted u =
        ActualsStore.upsert(f, "s", List.of(row(20270301, "mql", "41")), false);
    assertEquals(1, u.updated());
    assertFalse(u.written());
    assertEquals(content, Files.readString(f));
  }

  /**
   * A store of several MiB: read through the reader's window, rows cut at every place across its
   * refills.
   */
  private static String largeStore(int rows, boolean crlf) {
    StringBuilder b =
        new StringBuilder("date,kpi,value,segment,channel,action" + (crlf ? "\r\n" : "\n"));
    String[] segments = {"", "smb", "mid-market", "enterprise-accounts-with-a-long-name"};
    for (int i = 0; i < rows; i++) {
      int day = 1 + i / 4000;
      int m = 1 + (day - 1) / 28;
      int dd = 1 + (day - 1) % 28;
      b.append("2027-")
          .append(m < 10 ? "0" : "")
          .append(m)
          .append(dd < 10 ? "-0" : "-")
          .append(dd)
          .append(',')
          .append(i % 2 == 0 ? "mql" : "revenue")
          .append(',')
          .append(i % 7 == 0 ? "-" : "")
          .append(i * 37 % 100_003)
          .append(i % 3 == 0 ? ".25" : "")
          .append(',')
          .append(segments[i / 2 % 4])
          .append(",,a-")
          .append(i / 8 % 500)
          .append(crlf ? "\r\n" : "\n");
    }
    return b.toString();
  }

  @Test
  void aLargeStoreStreamsAsItsBytesRead() throws IOException {
    for (boolean crlf : new boolean[] {false, true}) {
      String text = largeStore(60_000, crlf);
      Path f = store(text);
      List<String> streamed = new ArrayList<>();
      assertTrue(
          ActualsStore.read(f, "s", (d, k, s, c, a, v) -> streamed.add(d + k + s + c + a + v)));
      List<String> whole = new ArrayList<>();
      ActualsStore.rows(
          text.getBytes(StandardCharsets.UTF_8),
          "s",
          (d, k, s, c, a, v) -> whole.add(d + k + s + c + a + v));
      assertEquals(60_000, streamed.size());
      assertEquals(whole, streamed);
      assertEquals(
          "20270101mqla-0-0.25", streamed.get(0), "the first row: 2027-01-01,mql,-0.25,,,a-0");
      assertEquals("20270101revenuea-037.0", streamed.get(1), "2027-01-01,revenue,37,,,a-0");
    }
  }

  @Test
  void aLargeStoreNamesTheLineOfABadRowPastItsFirstMebibyte() throws IOException {
    String text = largeStore(60_000, false);
    int line = 50_001; // the header is line 1
    int at = -1;
    for (int i = 0, l = 1; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && ++l == line) {
        at = i + 1;
        break;
      }
    }
    String broken = text.substring(0, at) + "2027-13-01" + text.substring(at + 10);
    Path f = store(broken);
    PacException e =
        assertThrows(PacException.class, () -> ActualsStore.read(f, "s", (d, k, s, c, a, v) -> {}));
    assertEquals("s:" + line, e.where());
    assertTrue(e.getMessage().contains("'2027-13-01' is not a date"), e.getMessage());
    // a line longer than the window is read whole (and refused for its field count)
    Path g = store(text.substring(0, at) + "x".repeat(3 << 20) + "\n");
    PacException long_ =
        assertThrows(PacException.class, () -> ActualsStore.read(g, "s", (d, k, s, c, a, v) -> {}));
    assertEquals("s:" + line, long_.where());
    assertTrue(long_.getMessage().contains("expected 6 fields"), long_.getMessage());
  }

  @Test
  void aLargeStoreIsCopiedUpToItsFirstChangeThenMergedThroughTheWindow() throws IOException {
    Path f = dir.resolve("data/actuals.csv");
    List<Actual> rows = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      rows.add(
          new Actual(
              20270101 + i / 2000 * 100 % 1200 + i / 24000,
              i % 2 == 0 ? "mql" : "revenue",
              "s-" + (i / 2 % 1000),
              "",
              "",
              String.valueOf(i * 37 % 100_003)));
    }
    rows.sort(Actual.KEY_ORDER);
    List<Actual> unique = new ArrayList<>();
    for (Actual a : rows) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).sameKey(a)) {
        unique.add(a);
      }
    }
    ActualsStore.upsert(f, "s", unique, true);
    String before = Files.readString(f);
    assertTrue(before.length() > 1 << 20, "larger than the window: " + before.length());
    // one row updated past the first MiB, one added between stored rows after it, one after the
    // last
    Actual late = unique.get(unique.size() * 3 / 4);
    Actual updated =
        new Actual(late.date(), late.kpi(), late.segment(), late.channel(), late.action(), "0.5");
    Actual added = new Actual(late.date(), late.kpi(), late.segment(), "web", "", "7");
    Actual last = new Actual(20291231, "mql", "", "", "", "1");
    List<Actual> imported = new ArrayList<>(List.of(updated, added, last));
    imported.sort(Actual.KEY_ORDER);
    ActualsStore.Upserted u = ActualsStore.upsert(f, "s", imported, true);
    assertEquals(2, u.added());
    assertEquals(1, u.updated());
    String expected = StoreText.of(Upsert.merge(unique, imported).rows());
    String after = Files.readString(f);
    assertEquals(expected, after);
    int at =
        before.indexOf(
            Dates.text(late.date())
                + ","
                + late.kpi()
                + ","
                + late.value()
                + ","
                + late.segment()
                + ",,\n");
    assertTrue(at > 1 << 20, "the first change lies past the first MiB: " + at);
    assertEquals(before.substring(0, at), after.substring(0, at), "copied up to the first change");
  }
}
