package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.PacException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  private static final String[] SEGMENTS = {"", "enterprise", "smb"};
  private static final String[] VALUES = {"0", "1", "-5", "12.5", "999999999999999", "2.0", "007"};

  private static List<Actual> rows(Random random) {
    List<Actual> rows = new ArrayList<>();
    for (int n = random.nextInt(25); n > 0; n--) {
      rows.add(
          new Actual(
              20270101 + random.nextInt(5),
              KPIS[random.nextInt(KPIS.length)],
              SEGMENTS[random.nextInt(SEGMENTS.length)],
              random.nextBoolean() ? "" : "web",
              random.nextBoolean() ? "" : "x",
              VALUES[random.nextInt(VALUES.length)]));
    }
    rows.sort(Actual.KEY_ORDER);
    List<Actual> unique = new ArrayList<>();
    for (Actual a : rows) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).sameKey(a)) {
        unique.add(a);
      }
    }
    return unique;
  }

  /** A store's lines, sometimes damaged the ways a hand edit damages one. */
  private static String text(Random random, List<Actual> rows) {
    List<String> lines = new ArrayList<>(List.of(StoreText.of(rows).split("(?<=\n)")));
    lines.remove(0);
    if (!lines.isEmpty() && random.nextInt(2) == 0) {
      int i = random.nextInt(lines.size());
      String[] f = lines.get(i).replace("\n", "").split(",", -1);
      switch (random.nextInt(8)) {
        case 0 -> lines.set(i, lines.get(i).replace("\n", "\r\n"));
        case 1 -> lines.add(i, "\n");
        case 2 -> lines.add(i, lines.get(i)); // the same key twice
        case 3 -> lines.add(lines.get(i)); // out of order, maybe twice
        case 4 -> lines.add(0, lines.remove(lines.size() - 1)); // out of order
        case 5 -> {
          f[2] = "x";
          lines.set(i, String.join(",", f) + "\n");
        }
        case 6 -> {
          f[0] = "2027-13-01";
          lines.set(i, String.join(",", f) + "\n");
        }
        default -> lines.set(i, lines.get(i).replace("\n", ",\n"));
      }
    }
    return ActualsStore.HEADER + "\n" + String.join("", lines);
  }

  @Test
  void twoPartsHandOnWhatOnePassDoesAtEverySplit() throws IOException {
    Random random = new Random(20261202);
    int read = 0;
    int left = 0;
    for (int round = 0; round < 400; round++) {
      String text = text(random, rows(random));
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
    long middle = StoreUpsert.middleRow(f, Files.size(f));
    assertTrue(StoreParts.read(f, "actuals.csv", parts, middle));
    assertEquals(one, parts.rows);
    Recorder through = new Recorder();
    assertTrue(ActualsStore.read(f, "actuals.csv", through));
    assertEquals(one, through.rows);
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
}
