package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upsert's count of the store in two parts, against the count in one pass. */
class StoreUpsertTest {
  @TempDir Path dir;

  private static final String[] KPIS = {"mql", "revenue", "sql"};
  private static final String[] SEGMENTS = {"", "enterprise", "smb"};

  /** Sorted, unique rows on a few days. */
  private static List<Actual> stored(Random random, int size) {
    List<Actual> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      rows.add(row(random, 20270101 + random.nextInt(12)));
    }
    return StoreText.unique(rows);
  }

  private static Actual row(Random random, int date) {
    String value =
        switch (random.nextInt(4)) {
          case 0 -> String.valueOf(random.nextInt(1000));
          case 1 -> random.nextInt(100) + "." + (1 + random.nextInt(9));
          case 2 -> "-" + (1 + random.nextInt(50));
          default -> "0";
        };
    return new Actual(
        date,
        KPIS[random.nextInt(KPIS.length)],
        SEGMENTS[random.nextInt(SEGMENTS.length)],
        random.nextBoolean() ? "" : "web",
        "",
        value);
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /** The rows of a table of {@code n} rows in key order, for a table made in key order. */
  private static int[] inOrder(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Where each row of {@code text} starts, the header's line left out. */
  private static List<Integer> rowStarts(String text) {
    List<Integer> out = new ArrayList<>();
    for (int i = text.indexOf('\n');
        i >= 0 && i + 1 < text.length();
        i = text.indexOf('\n', i + 1)) {
      out.add(i + 1);
    }
    return out;
  }

  private static String summary(StoreUpsert.Counted c) {
    return c.added()
        + " added, "
        + c.updated()
        + " updated, "
        + c.unchanged()
        + " unchanged; first change at "
        + c.firstChange
        + " line "
        + (c.firstChange >= 0 ? c.firstChangeLine : 0)
        + " after "
        + (c.firstChange >= 0 ? c.importedBefore : 0)
        + " imported; "
        + c.info
        + ", "
        + c.size
        + " bytes";
  }

  @Test
  void twoPartsCountAsOnePassAtEverySplit() throws IOException {
    Random random = new Random(20261202);
    for (int round = 0; round < 60; round++) {
      List<Actual> stored = stored(random, 5 + random.nextInt(40));
      List<Actual> imported = new ArrayList<>();
      for (int n = random.nextInt(8); n > 0; n--) {
        switch (random.nextInt(4)) {
          case 0 -> imported.add(stored.get(random.nextInt(stored.size()))); // unchanged
          case 1 -> { // updated
            Actual s = stored.get(random.nextInt(stored.size()));
            imported.add(
                new Actual(s.date(), s.kpi(), s.segment(), s.channel(), s.action(), "12345"));
          }
          case 2 -> // before the first, among the stored rows or after them
              imported.add(
                  row(random, random.nextInt(8) == 0 ? 20261231 : 20270101 + random.nextInt(14)));
          default -> imported.add(row(random, 20280101)); // after the last
        }
      }
      imported = StoreText.unique(imported);
      RowTable table = RowTable.of(imported);
      int[] order = inOrder(imported.size());
      String text = StoreText.of(stored);
      Path f = write(text);
      StoreUpsert.Counted once =
          StoreUpsert.Counted.whole(f, "s", table, order, order.length, true);
      String whole = summary(once);
      // a store without a flaw is digested as it is read: the digest of its bytes
      StoreDigest digest;
      try (FileChannel ch = FileChannel.open(f)) {
        digest = StoreDigest.of(ch, 0, ch.size());
      }
      assertEquals(digest, once.digest);
      for (int middle : rowStarts(text).subList(1, rowStarts(text).size())) {
        StoreUpsert.Counted parts =
            StoreUpsert.Counted.inTwoParts(f, "s", table, order, order.length, middle, true);
        assertNotNull(parts, "split at " + middle + " of\n" + text);
        assertEquals(whole, summary(parts), "split at " + middle + " of\n" + text + imported);
        assertEquals(digest, parts.digest, "split at " + middle);
      }
    }
  }

  @Test
  void anythingNotPlainIsLeftToTheOnePass() throws IOException {
    String header = ActualsStore.HEADER + "\n";
    String a = "2027-01-01,mql,1,,,\n";
    String b = "2027-01-02,mql,2,,,\n";
    List<Actual> none = List.of();
    RowTable empty = RowTable.of(none);
    int[] order = {};
    // in order within each part, out of order across them
    Path f = write(header + b + a);
    assertNull(
        StoreUpsert.Counted.inTwoParts(
            f, "s", empty, order, 0, header.length() + b.length(), false));
    // the same key on both sides of the split
    f = write(header + a + a);
    assertNull(
        StoreUpsert.Counted.inTwoParts(
            f, "s", empty, order, 0, header.length() + a.length(), false));
    // a CRLF, a bad date: in the second part
    for (String second : List.of("2027-01-02,mql,2,,,\r\n", "2027-13-02,mql,2,,,\n")) {
      f = write(header + a + second + b.replace("01-02", "01-03"));
      assertNull(
          StoreUpsert.Counted.inTwoParts(
              f, "s", empty, order, 0, header.length() + a.length(), false),
          second);
    }
    // a value not written canonically is a change, where the one pass finds it too
    f = write(header + a + "2027-01-02,mql,2.0,,,\n" + b.replace("01-02", "01-03"));
    StoreUpsert.Counted parts =
        StoreUpsert.Counted.inTwoParts(f, "s", empty, order, 0, header.length() + a.length(), true);
    assertNotNull(parts);
    assertEquals(header.length() + a.length(), parts.firstChange);
    assertEquals(3, parts.firstChangeLine);
    StoreUpsert.Counted once = StoreUpsert.Counted.whole(f, "s", empty, order, 0, true);
    assertEquals(summary(once), summary(parts));
    // nor is it a store without a flaw: neither count digests it
    assertNull(parts.digest);
    assertNull(once.digest);
    // a bad row in the first part
    f = write(header + "2027-01-01,mql,x,,,\n" + b);
    assertNull(
        StoreUpsert.Counted.inTwoParts(f, "s", empty, order, 0, header.length() + 20, false));
    // a byte order mark
    f = write("\uFEFF" + header + a + b);
    assertNull(
        StoreUpsert.Counted.inTwoParts(
            f, "s", empty, order, 0, 3 + header.length() + a.length(), false));
    // and a plain store is counted in two parts
    f = write(header + a + b);
    assertNotNull(
        StoreUpsert.Counted.inTwoParts(
            f, "s", empty, order, 0, header.length() + a.length(), false));
  }

  @Test
  void theMiddleRowStartsAfterALineEnd() throws IOException {
    Path f = write(ActualsStore.HEADER + "\n2027-01-01,mql,1,,,\n2027-01-02,mql,2,,,\n");
    long size = Files.size(f);
    long middle = StoreParts.middleRow(f, size);
    assertEquals('\n', Files.readAllBytes(f)[(int) middle - 1]);
    assertEquals(-1, StoreParts.middleRow(write("date,kpi,value,segment,channel,action\n"), 38));
  }

  /**
   * A store large enough to be counted in two parts, upserted end to end: the file written is the
   * merge, whether the changes fall in the first part, the second, between the two or after the
   * last row.
   */
  @Test
  void aLargeStoreUpsertedFromItsTwoPartsIsTheMerge() throws IOException {
    List<Actual> stored = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      stored.add(
          new Actual(
              20250101 + i / 5000 * 100 % 1200 + i / 60000 * 10000,
              KPIS[i % 3],
              "s-" + (i / 3 % 1667),
              "",
              "",
              String.valueOf(i * 37 % 100_003)));
    }
    stored = StoreText.unique(stored);
    Path f = dir.resolve("big.csv");
    ActualsStore.upsert(f, "s", stored, true);
    long size = Files.size(f);
    long middle = StoreParts.middleRow(f, size);
    assertEquals(true, size >= StoreParts.FROM, "size " + size);
    // the first row of the second part, and the last of the first
    String text = Files.readString(f);
    int secondFirst = text.substring(0, (int) middle).split("\n", -1).length - 2;
    Actual early = stored.get(100);
    Actual beforeMiddle = stored.get(secondFirst - 1);
    Actual atMiddle = stored.get(secondFirst);
    Actual late = stored.get(stored.size() - 50);
    List<List<Actual>> imports =
        List.of(
            List.of(new Actual(20291231, "mql", "", "", "", "1")), // a week after the last row
            List.of(changed(early), changed(late)), // one in each part
            List.of(changed(atMiddle)), // the second part's first row
            List.of(
                new Actual( // between the two parts
                    beforeMiddle.date(),
                    beforeMiddle.kpi(),
                    beforeMiddle.segment(),
                    "zz",
                    "",
                    "3")),
            List.of(early, late), // unchanged: nothing written
            List.of(changed(late), new Actual(20291231, "sql", "", "", "", "2")));
    for (List<Actual> imported : imports) {
      imported = StoreText.unique(imported);
      Files.writeString(f, text); // back to the stored rows
      RowTable table = RowTable.of(imported);
      int[] order = inOrder(imported.size());
      StoreUpsert.Counted parts =
          StoreUpsert.Counted.inTwoParts(f, "s", table, order, order.length, middle, false);
      assertNotNull(parts, imported.toString());
      assertEquals(
          summary(StoreUpsert.Counted.whole(f, "s", table, order, order.length, false)),
          summary(parts),
          imported.toString());
      ActualsStore.Upserted u = ActualsStore.upsert(f, "s", imported, true);
      Upsert.Result merged = Upsert.merge(stored, imported);
      assertEquals(
          merged.added() + " " + merged.updated() + " " + merged.unchanged(),
          u.added() + " " + u.updated() + " " + u.unchanged(),
          imported.toString());
      assertEquals(StoreText.of(merged.rows()), Files.readString(f), imported.toString());
    }
  }

  private static Actual changed(Actual a) {
    return new Actual(a.date(), a.kpi(), a.segment(), a.channel(), a.action(), "0.25");
  }

  /**
   * Damaged stores (CRLF, a blank line, no final LF, rows swapped or repeated, a bad value, date or
   * id, an extra field, a BOM) and values that are wide or not canonical, at every split: the two
   * parts never throw, count as the one pass does when they count, and leave to it every store it
   * refuses.
   */
  @Test
  void twoPartsNeverDisagreeWithTheOnePassOnDamagedStores() throws IOException {
    String[] values = {
      "0",
      "1",
      "-5",
      "12.5",
      "0.25",
      "999999999999999",
      "12345678.1234567891",
      "123456789012345.12",
      "2.0",
      "+3",
      "007",
      "-0",
      "0.50",
      "1.000000000000"
    };
    String[] kpis = {"a", "a-b", "a0", "mql", "z9"};
    Random random = new Random(20261203);
    int counted = 0;
    for (int round = 0; round < 300; round++) {
      List<Actual> rows = StoreText.rows(random, 20, kpis, values);
      String text = StoreText.damaged(random, rows, 3);
      List<Actual> imported = new ArrayList<>();
      for (Actual a : rows) {
        String canonical = Decimals.canonical(a.value());
        if (canonical != null && random.nextInt(4) == 0) { // unchanged, or updated
          imported.add(
              new Actual(
                  a.date(),
                  a.kpi(),
                  a.segment(),
                  a.channel(),
                  a.action(),
                  random.nextBoolean() ? canonical : "12345678.1234567891"));
        }
      }
      imported.add(new Actual(20270101 + random.nextInt(6), "a0", "", "", "", "7"));
      if (random.nextBoolean()) {
        imported.add(new Actual(20200101, "a", "", "", "", "1")); // before the first
      }
      imported = StoreText.unique(imported);
      RowTable table = RowTable.of(imported);
      int[] order = inOrder(imported.size());
      Path f = write(text);
      String whole;
      try {
        whole = summary(StoreUpsert.Counted.whole(f, "s", table, order, order.length, false));
      } catch (RuntimeException e) {
        whole = null; // refused: the two parts must leave it to the one pass
      }
      byte[] bytes = Files.readAllBytes(f);
      for (int middle = 0; middle <= bytes.length; middle++) {
        if (middle > 0 && bytes[middle - 1] != '\n' && random.nextInt(8) != 0) {
          continue; // every row start, and some offsets within rows
        }
        StoreUpsert.Counted parts =
            StoreUpsert.Counted.inTwoParts(f, "s", table, order, order.length, middle, false);
        if (parts != null) {
          counted++;
          assertEquals(whole, summary(parts), "split at " + middle + " of\n" + text + imported);
        }
      }
    }
    assertEquals(true, counted > 300, "counted in two parts " + counted + " times");
  }
}
