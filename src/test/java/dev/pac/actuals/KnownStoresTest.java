package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.PacException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores known without a flaw: the weekly import appends to a known store without reading it
 * through, and gives the file and counts the reading through gives; anything else is read through.
 */
class KnownStoresTest {
  @TempDir Path dir;

  private static final String[] KPIS = {"mql", "revenue", "sql"};

  /** A store of about 1.4 MB, over the 1 MiB from which stores are kept: rows on days of 2026. */
  private static List<Actual> stored() {
    List<Actual> rows = new ArrayList<>();
    for (int i = 0; i < 45_000; i++) {
      rows.add(
          new Actual(
              20260101 + i / 4000 * 100 + i % 28,
              KPIS[i % 3],
              "s-" + (i / 3 % 400),
              i % 5 == 0 ? "web" : "",
              "",
              String.valueOf(i * 37 % 100_003)));
    }
    return StoreText.unique(rows);
  }

  private static StoreDigest digest(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f)) {
      return StoreDigest.of(ch, 0, ch.size());
    }
  }

  /** Stores known in memory, as pac's cache folder keeps them: from 1 MiB. */
  private static final class Known implements KnownStores {
    final Set<String> digests = new HashSet<>();

    @Override
    public boolean keeps(long size) {
      return size >= 1 << 20;
    }

    @Override
    public boolean mayKnow(long size) {
      return keeps(size)
          && digests.stream().anyMatch(d -> d.startsWith(StoreDigest.keyPrefix(size)));
    }

    @Override
    public boolean knows(String digest) {
      return digests.contains(digest);
    }

    @Override
    public void add(List<String> added) {
      digests.addAll(added);
    }

    boolean knows(StoreDigest d) {
      return knows(d.key());
    }

    void add(StoreDigest d) {
      add(List.of(d.key()));
    }
  }

  private static ActualsStore.Upserted upsert(Path f, List<Actual> rows, KnownStores checked) {
    rows = StoreText.unique(rows);
    int[] order = new int[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return ActualsStore.upsert(f, "s", RowTable.of(rows), order, order.length, true, checked);
  }

  @Test
  void aStoreReadThroughOrWrittenIsKnownByItsBytes() throws IOException {
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, StoreText.of(stored()), StandardCharsets.UTF_8);
    StoreDigest first = digest(f);
    assertTrue(first.size() >= 1 << 20, "size " + first.size());
    Known checked = new Known();

    // read through: nothing written, the store now known
    List<Actual> same = List.of(stored().get(10));
    assertEquals(new ActualsStore.Upserted(0, 0, 1, false), upsert(f, same, checked));
    assertEquals(Set.of(first.key()), checked.digests);

    // rows after the last: appended, and the new store known from the old digest and the rows
    List<Actual> week = List.of(new Actual(20270104, "mql", "", "", "", "7"));
    assertEquals(new ActualsStore.Upserted(1, 0, 0, true), upsert(f, week, checked));
    StoreDigest second = digest(f);
    assertTrue(checked.knows(second), "the appended store");
    assertTrue(checked.knows(first), "kept: git can bring it back");

    // a store one byte changed (same length) is other bytes: read through, its flaw found
    byte[] b = Files.readAllBytes(f);
    int at = new String(b, StandardCharsets.US_ASCII).indexOf(",mql,", b.length / 2) + 5;
    b[at] = 'x';
    Files.write(f, b);
    assertFalse(checked.knows(digest(f)));
    PacException e =
        assertThrows(
            PacException.class,
            () -> upsert(f, List.of(new Actual(20270111, "mql", "", "", "", "8")), checked));
    assertTrue(e.getMessage().contains("'x"), e.getMessage());
  }

  /**
   * Known is trusted: a store out of order that the cache (wrongly, here by hand) says is without a
   * flaw gets the rows appended, where reading it through sorts and rewrites it. This is how the
   * test tells that the known store was not read.
   */
  @Test
  void aKnownStoreIsNotReadThrough() throws IOException {
    List<Actual> rows = stored();
    String text = StoreText.of(rows);
    String header = ActualsStore.HEADER + "\n";
    String firstRow = text.substring(header.length(), text.indexOf('\n', header.length()) + 1);
    String swapped = header + text.substring(header.length() + firstRow.length()) + firstRow;
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, swapped, StandardCharsets.US_ASCII);
    Known checked = new Known();
    checked.add(digest(f));
    // the rows' last is the first row, which a row of 2026-12-31 comes after
    Actual week = new Actual(20261231, "mql", "", "", "", "7");
    assertEquals(new ActualsStore.Upserted(1, 0, 0, true), upsert(f, List.of(week), checked));
    assertEquals(swapped + "2026-12-31,mql,7,,,\n", Files.readString(f), "appended, not sorted");

    // unknown, the same store is read through: sorted and rewritten whole
    Files.writeString(f, swapped, StandardCharsets.US_ASCII);
    upsert(f, List.of(week), KnownStores.NONE);
    assertEquals(text + "2026-12-31,mql,7,,,\n", Files.readString(f));
  }

  /**
   * Whatever the rows imported, a known store gives the file and counts reading it through does.
   */
  @Test
  void knownOrReadThroughTheImportWritesTheSame() throws IOException {
    String text = StoreText.of(stored());
    Path known = dir.resolve("known.csv");
    Path read = dir.resolve("read.csv");
    Random random = new Random(20261202);
    for (int round = 0; round < 12; round++) {
      Files.writeString(known, text, StandardCharsets.US_ASCII);
      Files.writeString(read, text, StandardCharsets.US_ASCII);
      Known checked = new Known();
      checked.add(digest(known));
      List<Actual> imported = new ArrayList<>();
      int date = round % 3 == 0 ? 20261003 : 20270101; // among the stored rows, or after them
      for (int n = 1 + random.nextInt(20); n > 0; n--) {
        imported.add(
            new Actual(
                date + random.nextInt(20),
                KPIS[random.nextInt(3)],
                random.nextBoolean() ? "" : "s-" + random.nextInt(500),
                "",
                "",
                String.valueOf(random.nextInt(1000))));
      }
      ActualsStore.Upserted a = upsert(known, imported, checked);
      ActualsStore.Upserted b = upsert(read, imported, KnownStores.NONE);
      assertEquals(b, a, "round " + round);
      assertArrayEquals(Files.readAllBytes(read), Files.readAllBytes(known), "round " + round);
      // a store with rows appended is known; one rewritten from a row among the old ones is not
      // (the next import reads it through, and it is known from then on)
      assertEquals(date > 20261231, checked.knows(digest(known)), "round " + round);
    }
  }

  @Test
  void smallStoresAreNotKept() throws IOException {
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, ActualsStore.HEADER + "\n2026-01-01,mql,1,,,\n");
    Known checked = new Known();
    upsert(f, List.of(new Actual(20260102, "mql", "", "", "", "2")), checked);
    upsert(f, List.of(new Actual(20260102, "mql", "", "", "", "2")), checked);
    assertEquals(Set.of(), checked.digests);
  }
}
