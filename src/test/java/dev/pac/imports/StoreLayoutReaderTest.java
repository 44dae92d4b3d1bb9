package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.actuals.Actual;
import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.Dates;
import dev.pac.actuals.Decimals;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.KnownStores;
import dev.pac.actuals.PackedDecimal;
import dev.pac.actuals.RowTable;
import dev.pac.actuals.StoreLayoutReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's reader for files in the store's own form gives exactly the rows Apache Commons CSV
 * gives, and gives up on any other line; the table sorts as the store's key order; the store's
 * writer prints what {@code CSVPrinter} prints.
 */
class StoreLayoutReaderTest {
  @TempDir Path dir;

  private static final String HEADER = "date,kpi,value,segment,channel,action\n";

  /** The rows the store-form reader reads from a file holding {@code text}, as the import does. */
  private RowTable fast(String text) {
    Path file = dir.resolve("fast.csv");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(file)) {
        return StoreLayoutReader.read(ch, 0, "f.csv", ImportProgress.NONE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> commons(String text) {
    FileResult r =
        new CsvImport(ImportSettings.STORE, null)
            .read(text.getBytes(StandardCharsets.UTF_8), "f.csv", 0, ImportProgress.NONE);
    assertEquals(List.of(), r.rejected());
    List<String> rows = new ArrayList<>();
    for (Incoming in : r.rows()) {
      rows.add(in.line() + ":" + in.row());
    }
    return rows;
  }

  private static List<String> rows(RowTable t) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      rows.add(t.line(i) + ":" + t.actual(i));
    }
    return rows;
  }

  @Test
  void givesTheRowsCommonsCsvGives() {
    Random random = new Random(5);
    String[] kpis = {"mql", "revenue", "Pipeline"};
    String[] values = {
      "0",
      "-0.0",
      "+7",
      "007",
      "1234.50",
      ".5",
      "12.",
      "999999999999999.999999999999",
      "1000000000000000",
      "12345678901234.5678",
      "0.000000000001"
    };
    String[] ids = {"", "smb", "mid-market", "Mid_Market"};
    for (int round = 0; round < 50; round++) {
      StringBuilder b = new StringBuilder(HEADER);
      for (int i = 0; i < 200; i++) {
        if (random.nextInt(40) == 0) {
          b.append(random.nextBoolean() ? "\n" : "\r\n");
          continue;
        }
        b.append("2027-0")
            .append(1 + random.nextInt(3))
            .append('-')
            .append(10 + random.nextInt(18))
            .append(',')
            .append(kpis[random.nextInt(kpis.length)])
            .append(',')
            .append(values[random.nextInt(values.length)])
            .append(',')
            .append(ids[random.nextInt(ids.length)])
            .append(',')
            .append(ids[random.nextInt(ids.length)])
            .append(',')
            .append(ids[random.nextInt(ids.length)])
            .append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      String text =
          random.nextBoolean()
              ? b.toString()
              : b.substring(0, b.length() - 1); // without a final LF
      RowTable t = fast(text);
      assertNotNull(t, text);
      assertEquals(commons(text), rows(t));
    }
  }

  @Test
  void givesUpOnAnyLineOutOfTheStoresForm() {
    for (String row :
        List.of(
            "2027-03-01,mql,\"40\",,,",
            "2027-03-01,mql, 40,,,",
            "2027-03-01,mql,40,Mid Market,,",
            "2027-03-01,mql,40,é,,",
            "2027-03-01,mql,40,,",
            "2027-03-01,mql,40,,,,",
            "2027-3-1,mql,40,,,",
            "2027-03-01,,40,,,",
            "2027-03-01,mql,,,,",
            "2027-03-01,mql,4e1,,,",
            "2027-03-01,mql,40%,,,",
            "2027-03-01,mql,1e16,,,",
            "2027-03-01,mql,10000000000000000,,,",
            "2027-03-01,mql,40,,\t,",
            "2027-03-01,mql,4\r0,,,")) {
      assertNull(fast(HEADER + "2027-03-01,sql,1,,,\n" + row + "\n"), row);
    }
    assertNull(fast("\uFEFF" + HEADER + "2027-03-01,sql,1,,,\n"), "a BOM");
    assertNull(fast("date,kpi,value\n2027-03-01,sql,1\n"), "another header");
  }

  @Test
  void packedValuesAreTheCanonicalText() {
    Random random = new Random(3);
    String chars = "0123456789.-+";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(i % 10 == 0 ? 30 : 12);
      for (int k = 0; k < len; k++) {
        b.append(chars.charAt(random.nextInt(k == 0 ? chars.length() : 11)));
      }
      byte[] s = b.toString().getBytes(StandardCharsets.US_ASCII);
      String canonical = Decimals.canonical(s, 0, s.length);
      long packed = PackedDecimal.pack(s, 0, s.length);
      if (canonical == null) {
        assertEquals(PackedDecimal.INVALID, packed, b.toString());
        continue;
      }
      if (packed == PackedDecimal.WIDE) {
        assertEquals(true, canonical.replace("-", "").replace(".", "").length() > 17, b.toString());
        continue;
      }
      assertEquals(canonical, PackedDecimal.text(packed), b.toString());
      assertEquals(packed, PackedDecimal.pack(canonical), b.toString());
      assertEquals(
          canonical.equals(b.toString()),
          PackedDecimal.isCanonical(s, 0, s.length, packed),
          b.toString());
    }
    assertEquals("0.05", PackedDecimal.text(PackedDecimal.pack("0.050")));
    assertEquals("-1200", PackedDecimal.text(PackedDecimal.pack("-1200.0")));
  }

  @Test
  void theTableSortsInTheStoresKeyOrderKeepingFileOrderAmongEqualKeys() {
    Random random = new Random(9);
    String[] ids = {"", "a", "b", "ab", "z-1"};
    RowTable t = new RowTable(0);
    List<Actual> rows = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      Actual a =
          new Actual(
              20270101 + random.nextInt(20) * 100 + random.nextInt(3),
              ids[1 + random.nextInt(4)],
              ids[random.nextInt(5)],
              ids[random.nextInt(5)],
              ids[random.nextInt(5)],
              String.valueOf(i));
      rows.add(a);
      t.add(
          a.date(),
          a.kpi(),
          a.segment(),
          a.channel(),
          a.action(),
          PackedDecimal.pack(a.value()),
          null,
          0,
          i);
    }
    int[] order = t.keyOrder();
    List<Actual> expected = new ArrayList<>(rows);
    expected.sort(Actual.KEY_ORDER); // stable
    List<Actual> sorted = new ArrayList<>();
    for (int i : order) {
      sorted.add(t.actual(i));
    }
    assertEquals(expected, sorted);
  }

  @Test
  void rowsAlreadyInKeyOrderKeepTheirOrderAndOneRowOutOfPlaceIsSorted() {
    Random random = new Random(10);
    String[] ids = {"", "a", "b", "z-1"};
    List<Actual> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(
          new Actual(
              20270101 + random.nextInt(12) * 100,
              ids[1 + random.nextInt(3)],
              ids[random.nextInt(4)],
              ids[random.nextInt(4)],
              "",
              String.valueOf(i)));
    }
    rows.sort(Actual.KEY_ORDER); // equal keys stay in the order made
    RowTable t = RowTable.of(rows);
    int[] order = t.keyOrder();
    for (int i = 0; i < order.length; i++) {
      assertEquals(i, order[i], "rows in key order keep their place");
    }
    List<Actual> swapped = new ArrayList<>(rows);
    Actual last = swapped.remove(swapped.size() - 1);
    swapped.add(0, last);
    RowTable u = RowTable.of(swapped);
    List<Actual> sorted = new ArrayList<>();
    for (int i : u.keyOrder()) {
      sorted.add(u.actual(i));
    }
    List<Actual> expected = new ArrayList<>(swapped);
    expected.sort(Actual.KEY_ORDER); // stable: the moved row first among rows of its key
    assertEquals(true, expected.equals(sorted), "one row out of place, sorted");
  }

  @Test
  void theStoreIsWhatCsvPrinterPrints() throws IOException {
    List<Actual> rows =
        new ArrayList<>(
            List.of(
                new Actual(20270301, "mql", "", "", "", "40"),
                new Actual(20270301, "revenue", "smb", "webinar", "spring-push", "-1250.05"),
                new Actual(20270308, "mql", "mid-market", "", "", "123456789012345.123456789"),
                new Actual(20270308, "rate", "", "events", "", "0.000000000001")));
    rows.sort(Comparator.comparing(a -> a, Actual.KEY_ORDER));
    Path f = dir.resolve("actuals.csv");
    ActualsStore.upsert(f, "s", rows, true);
    StringWriter expected = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      p.printRecord((Object[]) ActualsStore.HEADER.split(","));
      for (Actual a : rows) {
        p.printRecord(
            Dates.text(a.date()), a.kpi(), a.value(), a.segment(), a.channel(), a.action());
      }
    }
    assertEquals(expected.toString(), Files.readString(f));
  }

  private Importer.Outcome importFiles(String... texts) throws IOException {
    List<Importer.Source> sources = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Path f = dir.resolve("in" + i + ".csv");
      Files.writeString(f, texts[i]);
      sources.add(new Importer.Source(f, "in" + i + ".csv"));
    }
    Importer.Known known =
        new Importer.Known(
            Set.of("mql", "sql"), Map.of("segment", Set.of("mid-market", "smb")), Map.of());
    return new Importer(
            () -> known,
            null,
            List::of,
            ImportProgress.NONE,
            w -> {},
            Duration.ZERO,
            KnownStores.NONE)
        .run(sources, dir.resolve("data/actuals.csv"), "data/actuals.csv", false);
  }

  @Test
  void labelsAreMatchedAndDuplicatesCountOnceAcrossFiles() throws IOException {
    Importer.Outcome o =
        importFiles(
            HEADER + "2027-03-08,sql,3,Mid_Market,,\n2027-03-01,mql,40,,,\n",
            HEADER + "2027-03-01,mql,40.0,,,\n2027-03-08,sql,2,smb,,\n");
    assertEquals(List.of(), o.result().rejected());
    assertEquals(3, o.result().added());
    assertEquals(
        HEADER + "2027-03-01,mql,40,,,\n2027-03-08,sql,3,mid-market,,\n2027-03-08,sql,2,smb,,\n",
        Files.readString(dir.resolve("data/actuals.csv")));
  }

  @Test
  void aConflictOrAnUnknownKpiIsExplainedAsByTheGeneralReader() throws IOException {
    Importer.Outcome o =
        importFiles(HEADER + "2027-03-01,mql,40,,,\n2027-03-01,mql,41,,,\n2027-03-01,demos,1,,,\n");
    assertEquals(2, o.result().rejected().size(), o.result().rejected().toString());
    assertEquals(3, o.result().rejected().get(0).line(), "the second mql row: another value");
    assertEquals(
        true,
        o.result()
            .rejected()
            .get(0)
            .reason()
            .contains("in0.csv:2 with another value (41, there 40)"),
        o.result().rejected().get(0).reason());
    assertEquals(
        true,
        o.result().rejected().get(1).reason().startsWith("unknown KPI 'demos'"),
        o.result().rejected().get(1).reason());
    assertEquals(false, Files.exists(dir.resolve("data/actuals.csv")), "nothing written");
  }
}
