package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file in the store's own form is read in two parts at once, and a new store written in two
 * parts at once: each gives what one pass gives, wherever the parts meet.
 */
class StoreLayoutPartsTest {
  private static final String HEADER = ActualsStore.HEADER;

  @TempDir Path tmp;

  /** Every column of every row, the ids' numbering included, as one string a row. */
  static List<String> rows(RowTable t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(
          t.date(i)
              + " "
              + t.kpiSymbol(i)
              + "="
              + t.kpi(i)
              + " "
              + t.dimensionSymbol(i, 0)
              + "="
              + t.segment(i)
              + " "
              + t.dimensionSymbol(i, 1)
              + "="
              + t.channel(i)
              + " "
              + t.dimensionSymbol(i, 2)
              + "="
              + t.action(i)
              + " "
              + t.value(i)
              + " file "
              + t.file(i)
              + " line "
              + t.line(i));
    }
    return out;
  }

  private static String text(Random random, boolean damaged) {
    StringBuilder b = new StringBuilder(HEADER).append(random.nextBoolean() ? "\n" : "\r\n");
    int rows = 1 + random.nextInt(60);
    int bad = damaged ? random.nextInt(rows) : -1;
    for (int i = 0; i < rows; i++) {
      if (random.nextInt(15) == 0) {
        b.append(random.nextBoolean() ? "\n" : "\r\n"); // a blank line: no row
        continue;
      }
      if (i == bad) {
        b.append(random.nextBoolean() ? "2027-13-01,mql,1,,," : "2027-01-01,mql,\"1\",,,");
      } else {
        row(b, random);
      }
      if (i < rows - 1 || random.nextBoolean()) {
        b.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
      }
    }
    return b.toString();
  }

  /** A row in the store's form, without its line end. */
  private static void row(StringBuilder b, Random random) {
    String[] kpis = {"mql", "revenue", "sql", "meetings"};
    String[] ids = {"", "smb", "mid-market", "webinar", "x-1"};
    String[] values = {"0", "12.5", "-3", "1000000", "999999999999999.999999999999", "7"};
    b.append("2027-0")
        .append(1 + random.nextInt(9))
        .append("-1")
        .append(random.nextInt(10))
        .append(',')
        .append(kpis[random.nextInt(kpis.length)])
        .append(',')
        .append(values[random.nextInt(values.length)])
        .append(',')
        .append(ids[random.nextInt(ids.length)])
        .append(',')
        .append(ids[random.nextInt(ids.length)])
        .append(',')
        .append(ids[random.nextInt(ids.length)]);
  }

  /**
   * The table the reader makes of {@code raw} in a file, the rows from {@code split} read apart
   * (-1: one pass), through windows of {@code window} bytes to start with.
   */
  private RowTable read(byte[] raw, int fileIndex, long split, int window) throws IOException {
    Path file = tmp.resolve("in.csv");
    Files.write(file, raw);
    try (FileChannel ch = FileChannel.open(file)) {
      return StoreLayoutReader.read(
          ch, raw.length, fileIndex, "f.csv", ImportProgress.NONE, split, 0, window);
    }
  }

  @Test
  void twoPartsGiveTheTableOnePassGivesWhereverTheyMeet() throws IOException {
    Random random = new Random(17);
    int splits = 0;
    for (int round = 0; round < 300; round++) {
      byte[] raw = text(random, round % 3 == 0).getBytes(StandardCharsets.US_ASCII);
      int from = StoreLayoutReader.rowsFrom(raw, raw.length);
      RowTable one = read(raw, 2, -1, raw.length + 1); // the whole file in one window
      if (round % 3 != 0) {
        assertNotNull(one, "a clean file");
      }
      for (int s = from; s < raw.length; s++) { // from the line right after the header
        if (raw[s - 1] != '\n') {
          continue; // parts meet at a line's start
        }
        splits++;
        // windows from 48 bytes (a row or two) up: they move and grow at every place in a row
        int window = 48 + random.nextInt(100);
        RowTable two = read(raw, 2, s, window);
        RowTable windowed = read(raw, 2, -1, window);
        if (one == null) {
          assertNull(two, "split at " + s);
          assertNull(windowed, "window " + window);
        } else {
          assertNotNull(two, "split at " + s);
          assertEquals(rows(one), rows(two), "split at " + s + ", window " + window);
          assertEquals(one.symbols(), two.symbols());
          assertEquals(rows(one), rows(windowed), "window " + window);
        }
      }
    }
    assertEquals(true, splits > 5_000, "splits tried: " + splits);
  }

  @Test
  void aLineLongerThanTheLongestIsLeftToCommonsCsv() throws IOException {
    String first = "2027-01-04,mql,1,,,\n";
    String prefix = "2027-01-04,mql,1,";
    String suffix = ",,";
    for (String lineEnd : List.of("\n", "\r\n", "")) {
      for (int over : new int[] {0, 1}) {
        // a line of exactly the longest, its end not counted, then one byte more
        String id =
            "x".repeat(StoreLayoutReader.LONGEST_LINE - prefix.length() - suffix.length() + over);
        byte[] raw =
            (HEADER + "\n" + first + prefix + id + suffix + lineEnd)
                .getBytes(StandardCharsets.US_ASCII);
        for (int window : new int[] {64, StoreWindow.SIZE, raw.length + 1}) {
          RowTable t = read(raw, 0, -1, window);
          String what = "over " + over + ", end " + lineEnd.length() + ", window " + window;
          if (over == 0) {
            assertNotNull(t, what);
            assertEquals(2, t.size(), what);
          } else {
            assertNull(t, what);
          }
        }
      }
    }
  }

  @Test
  void aLargeFileIsReadInTwoPartsAsInOne() throws IOException {
    Random random = new Random(4);
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    while (b.length() < StoreParts.FROM + 1000) {
      row(b, random);
      b.append('\n');
    }
    byte[] raw = b.toString().getBytes(StandardCharsets.US_ASCII);
    Path file = tmp.resolve("large.csv");
    Files.write(file, raw);
    long split;
    try (FileChannel ch = FileChannel.open(file)) {
      split = StoreParts.split(ch, raw.length).middle();
    }
    assertEquals(true, split > raw.length / 2 && raw[(int) split - 1] == '\n', "split at " + split);
    RowTable two = read(raw, 0, split, StoreWindow.SIZE);
    RowTable one = read(raw, 0, -1, StoreWindow.SIZE);
    assertNotNull(one);
    assertEquals(rows(one), rows(two));
    // and as the import reads it (in two parts on two cores)
    try (FileChannel ch = FileChannel.open(file)) {
      assertEquals(rows(one), rows(StoreLayoutReader.read(ch, 0, "f.csv", ImportProgress.NONE)));
    }
  }

  @Test
  void aNewStoreWrittenInTwoPartsIsTheStoreOneWriterWrites() throws IOException {
    Random random = new Random(8);
    for (int round = 0; round < 40; round++) {
      byte[] raw = text(random, false).getBytes(StandardCharsets.US_ASCII);
      RowTable t = read(raw, 0, -1, StoreWindow.SIZE);
      int[] order = new int[t.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = random.nextInt(order.length); // any rows, in any order: the bytes must agree
      }
      String one = written(t, order, order.length);
      assertEquals(
          StoreWriter.headerLength() + StoreWriter.length(t, order, 0, order.length),
          one.length(),
          "the rows' bytes counted as the writer writes them");
      for (int half = 0; half <= order.length; half++) {
        assertEquals(one, written(t, order, half), "half " + half);
      }
    }
  }

  /**
   * The store {@link NewStore} writes, in a file; the later part from {@code half} written at its
   * place by its own thread, the channel left at the end.
   */
  private String written(RowTable t, int[] order, int half) throws IOException {
    Path file = tmp.resolve("actuals.csv");
    try (FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      NewStore.write(ch, t, order, order.length, half);
      assertEquals(ch.size(), ch.position(), "the channel at the end of the store");
    }
    return Files.readString(file, StandardCharsets.US_ASCII);
  }

  @Test
  void aTableIsSizedFromTheBytesItsFirstRowsTake() {
    String row = "2026-01-05,mql,12.5,smb,webinar,\n"; // 33 bytes
    byte[] raw = (HEADER + "\n" + row.repeat(3_000)).getBytes(StandardCharsets.US_ASCII);
    int pos = StoreLayoutReader.rowsFrom(raw, raw.length);
    long bytes = raw.length - pos;
    assertEquals(3_000 + 3_000 / 16 + 16, StoreLayoutReader.rowsAbout(raw, pos, raw.length, bytes));
    // blank lines first: never more rows than the shortest row allows
    byte[] blank =
        (HEADER + "\n" + "\n".repeat(70_000) + row.repeat(10)).getBytes(StandardCharsets.US_ASCII);
    int b = StoreLayoutReader.rowsFrom(blank, blank.length);
    long most = (blank.length - b) / StoreLayoutReader.SHORTEST_ROW;
    assertTrue(
        StoreLayoutReader.rowsAbout(blank, b, blank.length, blank.length - b)
            <= most + most / 16 + 16,
        "a table for blank lines");
    // too few rows to tell: 40 bytes a row
    byte[] few = (HEADER + "\n" + row.repeat(3)).getBytes(StandardCharsets.US_ASCII);
    int at = StoreLayoutReader.rowsFrom(few, few.length);
    long rows = (few.length - at) / 40;
    assertEquals(
        rows + rows / 16 + 16, StoreLayoutReader.rowsAbout(few, at, few.length, few.length - at));
  }

  @Test
  void aPackedValueTakesTheBytesItsTextTakes() {
    Random random = new Random(9);
    byte[] out = new byte[40];
    List<String> texts =
        new ArrayList<>(
            List.of(
                "0",
                "7",
                "-3",
                "10",
                "0.5",
                "-0.05",
                "0.000000000001",
                "12.5",
                "100000000000000000",
                "99999999999999999",
                "-9999999999999999.9"));
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        b.append('-');
      }
      int scale = random.nextInt(13);
      String digits = Long.toString(Math.abs(random.nextLong()) % 100_000_000_000_000_000L);
      if (scale == 0 || digits.length() <= scale) {
        b.append(digits);
      } else {
        b.append(digits, 0, digits.length() - scale).append('.');
        b.append(digits.substring(digits.length() - scale));
      }
      texts.add(b.toString());
    }
    int checked = 0;
    for (String text : texts) {
      long packed = PackedDecimal.pack(text);
      if (packed == PackedDecimal.INVALID || packed == PackedDecimal.WIDE) {
        continue; // not canonical (a trailing zero, "-0"), or too long to pack
      }
      assertEquals(PackedDecimal.write(packed, out, 0), PackedDecimal.length(packed), text);
      checked++;
    }
    assertTrue(checked > 10_000, "values checked: " + checked);
  }
}
