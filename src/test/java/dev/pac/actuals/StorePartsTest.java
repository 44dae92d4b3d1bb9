package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.PacException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoreParts}: a store read in two parts hands the sink exactly the rows one pass hands it,
 * in the same order, at every split; a store one pass refuses, or one whose parts are out of order
 * with each other, is left to the one pass.
 */
class StorePartsTest {
  @TempDir Path dir;

  /** Records the rows it is handed, as text; its parts append theirs. */
  static final class Recorder implements PartedSink {
    final List<String> rows = new ArrayList<>();

    @Override
    public void row(int date, String kpi, String segment, String channel, String action, double v) {
      rows.add(date + "," + kpi + "," + segment + "," + channel + "," + action + "," + v);
    }

    @Override
    public PartedSink part() {
      return new Recorder();
    }

    @Override
    public void append(PartedSink later) {
      rows.addAll(((Recorder) later).rows);
    }
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /** The rows one pass hands on, or the message it refuses the store with. */
  private static Object onePass(Path f) {
    List<String> rows = new ArrayList<>();
    try {
      ActualsStore.read(
          f,
          "actuals.csv",
          (d, k, s, c, a, v) -> rows.add(d + "," + k + "," + s + "," + c + "," + a + "," + v));
    } catch (PacException e) {
      return "refused: " + e.getMessage();
    }
    return rows;
  }

  private static List<Integer> rowStarts(String text) {
    List<Integer> out = new ArrayList<>();
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length - 1; i++) {
      if (b[i] == '\n') {
        out.add(i + 1);
      }
    }
    return out;
  }

  private static final String[] KPIS = {"a", "a-b", "a0", "mql", "z9"};
  private static final String[] VALUES = {"0", "1", "-5", "12.5", "999999999999999", "2.0", "007"};

  @Test
  void twoPartsHandOnWhatOnePassDoesAtEverySplit() throws IOException {
    Random random = new Random(20261202);
    int read = 0;
    int left = 0;
    for (int round = 0; round < 400; round++) {
      String text = StoreText.damaged(random, StoreText.rows(random, 25, KPIS, VALUES), 2);
      Path f = write(text);
      Object one = onePass(f);
      for (int middle : rowStarts(text)) {
        Recorder parts = new Recorder();
        if (StoreParts.read(f, "actuals.csv", parts, middle)) {
          read++;
          assertEquals(one, parts.rows, text + "split at " + middle);
        } else {
          left++;
          assertTrue(parts.rows.isEmpty(), "nothing handed on when left to the one pass");
        }
      }
    }
    assertTrue(read > 1000 && left > 100, read + " read in two parts, " + left + " left");
  }

  @Test
  void twoPartsReadTellTheDigestOfTheWholeFileAtEverySplit() throws IOException {
    Random random = new Random(20261203);
    int told = 0;
    for (int round = 0; round < 60; round++) {
      String text = StoreText.damaged(random, StoreText.rows(random, 25, KPIS, VALUES), 3);
      Path f = write(text);
      StoreDigest whole;
      try (FileChannel ch = FileChannel.open(f)) {
        whole = StoreDigest.of(ch, 0, ch.size());
      }
      for (int middle : rowStarts(text)) {
        List<StoreDigest> digests = new ArrayList<>();
        boolean inParts = StoreParts.read(f, "actuals.csv", new Recorder(), middle, digests::add);
        if (inParts) {
          told++;
          assertEquals(List.of(whole), digests, text + "split at " + middle);
        } else {
          assertTrue(digests.isEmpty(), "no digest when left to the one pass");
        }
      }
    }
    assertTrue(told > 100, told + " digests told");
  }

  @Test
  void aStoreOnePassRefusesIsAlwaysLeftToIt() throws IOException {
    String text =
        ActualsStore.HEADER
            + "\n"
            + "2027-01-01,mql,1,,,\n"
            + "2027-01-02,mql,2,,,\n"
            + "2027-01-02,mql,3,,,\n"
            + "2027-01-03,mql,4,,,\n";
    Path f = write(text);
    assertTrue(onePass(f).toString().startsWith("refused: "), onePass(f).toString());
    for (int middle : rowStarts(text)) {
      assertFalse(StoreParts.read(f, "actuals.csv", new Recorder(), middle), "split at " + middle);
    }
  }

  @Test
  void theSameKeyOnBothSidesOfTheSplitIsLeftToTheOnePass() throws IOException {
    String head = ActualsStore.HEADER + "\n2027-01-01,mql,1,,,\n";
    String text = head + "2027-01-01,mql,2,,,\n";
    Path f = write(text);
    assertFalse(StoreParts.read(f, "actuals.csv", new Recorder(), head.length()));
  }

  @Test
  void aLargeStoreIsReadInPartsThroughTheStoresReader() throws IOException {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(ActualsStore.HEADER).append('\n');
    for (LocalDate d = LocalDate.of(2020, 1, 1); text.length() < StoreParts.FROM + 1000; ) {
      for (String k : KPIS) {
        text.append(d).append(',').append(k).append(',').append(random.nextInt(1000));
        text.append(",smb,web,\n");
      }
      d = d.plusDays(1);
    }
    Path f = write(text.toString());
    Object one = onePass(f);
    Recorder parts = new Recorder();
    long middle = StoreParts.middleRow(f, Files.size(f));
    assertTrue(StoreParts.read(f, "actuals.csv", parts, middle));
    assertEquals(one, parts.rows);
    Recorder through = new Recorder();
    assertTrue(ActualsStore.read(f, "actuals.csv", through));
    assertEquals(one, through.rows);
  }

  @Test
  void theSplitSaysTheBytesARowTakesAroundTheMiddle() throws IOException {
    String row = "2026-01-05,mql,12.5,smb,webinar,\n"; // 33 bytes
    StringBuilder text = new StringBuilder(ActualsStore.HEADER).append('\n');
    while (text.length() < 300_000) {
      text.append(row);
    }
    Path f = write(text.toString());
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f)) {
      StoreParts.Split split = StoreParts.split(ch, ch.size());
      assertEquals(StoreParts.middleRow(f, Files.size(f)), split.middle());
      assertEquals(row.length(), split.rowBytes(), 1e-9);
      // blank lines around the middle: never fewer bytes than the shortest row's
      Path blank = write(ActualsStore.HEADER + "\n" + row + "\n".repeat(300_000) + row);
      try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(blank)) {
        assertEquals(
            StoreLayoutReader.SHORTEST_ROW, StoreParts.split(c, c.size()).rowBytes(), 1e-9);
      }
      // and nothing to tell in a file without a line end
      Path one = write("2026-01-05,mql,1,,,");
      try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(one)) {
        assertEquals(0, StoreParts.split(c, c.size()).rowBytes());
      }
    }
  }

  /** A store of just over {@link StoreParts#FROM} bytes, every value {@code value}. */
  private static String large(String value) {
    StringBuilder text = new StringBuilder(ActualsStore.HEADER).append('\n');
    for (LocalDate d = LocalDate.of(2000, 1, 1); text.length() < StoreParts.FROM + 100_000; ) {
      for (String k : new String[] {"a", "b", "c"}) {
        text.append(d).append(',').append(k).append(',').append(value).append(",smb,web,\n");
      }
      d = d.plusDays(1);
    }
    return text.toString();
  }

  @Test
  void aStoreReplacedWhileItIsReadIsReadAsOneVersion() throws Exception {
    // an import renames its new store into place while a report may be reading the old one: the
    // two parts must come from one version, the rows the same length in both so that the split
    // lands on a row start in either
    Path old = write(large("100"));
    Path store = dir.resolve("store.csv");
    Path next = dir.resolve("next.csv");
    Files.copy(old, store);
    Files.writeString(next, large("200"), StandardCharsets.UTF_8);
    AtomicBoolean stop = new AtomicBoolean();
    Thread imports =
        new Thread(
            () -> {
              try {
                for (int i = 0; !stop.get(); i++) {
                  Path t = dir.resolve("t.csv");
                  Files.copy(i % 2 == 0 ? next : old, t, StandardCopyOption.REPLACE_EXISTING);
                  Files.move(
                      t,
                      store,
                      StandardCopyOption.ATOMIC_MOVE,
                      StandardCopyOption.REPLACE_EXISTING);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    imports.start();
    try {
      for (int n = 0; n < 40; n++) {
        Recorder parts = new Recorder();
        if (StoreParts.read(store, "store.csv", parts)) {
          Set<String> values = new HashSet<>();
          parts.rows.forEach(r -> values.add(r.substring(r.lastIndexOf(',') + 1)));
          assertEquals(1, values.size(), "one version's values: " + values);
        }
      }
    } finally {
      stop.set(true);
      imports.join();
    }
  }

  @Test
  void aLastLineWithoutLfIsReadAsWrittenWhereverTheReadingStarts() throws IOException {
    // the window moves its bytes on its way to the end of the file: the line is then read again,
    // not from where its bytes were (which gave the row before's kpi, 'mql' for 'a-b')
    String rows = "2027-01-03,mql,1,smb,web,\n2027-01-03,mql,0,smb,web,x\n2027-01-05,a-b,12.5,,,";
    String text = ActualsStore.HEADER + "\n" + rows;
    Path f = write(text);
    int from = text.indexOf("2027-01-03,mql,0");
    for (int mode : new int[] {StoreRows.DOUBLE, StoreRows.PACKED}) {
      try (InputStream in = Files.newInputStream(f)) {
        in.skipNBytes(from);
        StoreRows p = StoreRows.from(in, f, "actuals.csv", from, 1, mode);
        List<String> kpis = new ArrayList<>();
        while (p.next()) {
          kpis.add(p.kpi + " " + p.valueFrom + ".." + p.valueTo);
        }
        assertEquals(List.of("mql 15..16", "a-b 15..19"), kpis);
      }
    }
  }
}
