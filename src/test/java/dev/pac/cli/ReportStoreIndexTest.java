package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.cache.KeptIndexes;
import dev.pac.error.PacException;
import dev.pac.report.ActualsIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's index of a large store: kept once read through, taken from the cache while the
 * store's bytes stay the same, and read through again when they change, even to a store of the same
 * length; in every case the index reading the store through gives.
 */
class ReportStoreIndexTest {
  @TempDir Path dir;

  private Path cache() {
    return dir.resolve("cache");
  }

  private KeptIndexes kept() {
    return KeptIndexes.open(Map.of("XDG_CACHE_HOME", cache().toString()), "b");
  }

  /** The kept index files, each with the time it was last used, all marked used long ago. */
  private Map<String, Long> keptFiles() throws IOException {
    Map<String, Long> out = new TreeMap<>();
    Path folder = cache().resolve("pac/indexes");
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.getLastModifiedTime(f).toMillis());
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000));
      }
    }
    return out;
  }

  private static byte[] bytes(ActualsIndex index) {
    ByteBuffer b = index.bytes();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  /** A store of about 5 MB in the store's order, {@code first} the first row's value (4 digits). */
  private Path store(int first) throws IOException {
    StringBuilder text = new StringBuilder("date,kpi,value,segment,channel,action\n");
    LocalDate d = LocalDate.of(2020, 1, 6);
    text.append(d).append(",mql,").append(first).append(",,,\n");
    for (int i = 0; text.length() < KeptIndexes.FROM + (1 << 20); i++) {
      d = d.plusDays(1);
      for (String s : new String[] {"enterprise", "smb"}) {
        text.append(d).append(",mql,").append(i % 97).append(',').append(s).append(",web,\n");
      }
      for (String s : new String[] {"enterprise", "smb"}) {
        text.append(d).append(",revenue,").append(i * 10).append(',').append(s).append(",,\n");
      }
    }
    Path f = dir.resolve("actuals.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aStoreReadThroughIsKeptAndTakenFromTheCacheUntilItChanges() throws IOException {
    Path f = store(1000);
    byte[] through = bytes(ReportInputs.index(f, "actuals.csv", KeptIndexes.NONE));

    KeptIndexes first = kept();
    assertArrayEquals(through, bytes(ReportInputs.index(f, "actuals.csv", first)));
    first.finish();
    Map<String, Long> files = keptFiles();
    assertEquals(1, files.size(), "read through plain, in two parts: kept " + files);
    String one = files.keySet().iterator().next();

    KeptIndexes second = kept();
    assertArrayEquals(through, bytes(ReportInputs.index(f, "actuals.csv", second)));
    second.finish();
    files = keptFiles();
    assertEquals(Set.of(one), files.keySet());
    assertTrue(files.get(one) > 1_000_000, "the same bytes: the kept index, marked used");

    // the same length, another value: read through, the new figures, and kept
    long size = Files.size(f);
    f = store(2000);
    assertEquals(size, Files.size(f));
    byte[] changed = bytes(ReportInputs.index(f, "actuals.csv", KeptIndexes.NONE));
    assertFalse(Arrays.equals(through, changed));
    KeptIndexes third = kept();
    assertArrayEquals(changed, bytes(ReportInputs.index(f, "actuals.csv", third)));
    third.finish();
    files = keptFiles();
    assertEquals(2, files.size(), files.toString());
    assertEquals(1_000_000, files.get(one), "the index of the other bytes is not used");
  }

  @Test
  void aStoreReadingRefusesIsRefusedWithItsBytesIndexKept() throws IOException {
    Path f = store(1000);
    KeptIndexes first = kept();
    ReportInputs.index(f, "actuals.csv", first);
    first.finish();
    assertEquals(1, keptFiles().size());
    // a workspace whose store is a link out of it, to a store of the same bytes
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws.resolve("data"));
    Files.writeString(ws.resolve("pac.yaml"), "plans: plans\n");
    Path link = Files.createSymbolicLink(ws.resolve("data/actuals.csv"), f);
    PacException without =
        assertThrows(
            PacException.class, () -> ReportInputs.index(link, "actuals.csv", KeptIndexes.NONE));
    PacException with =
        assertThrows(PacException.class, () -> ReportInputs.index(link, "actuals.csv", kept()));
    assertEquals(without.line(), with.line());
    assertEquals(without.exitCode(), with.exitCode());
  }

  @Test
  void anIndexThatCannotBeReadIsWrittenAgain() throws IOException {
    Path f = store(1000);
    byte[] through = bytes(ReportInputs.index(f, "actuals.csv", KeptIndexes.NONE));
    KeptIndexes first = kept();
    ReportInputs.index(f, "actuals.csv", first);
    first.finish();
    Path index;
    try (Stream<Path> files = Files.list(cache().resolve("pac/indexes"))) {
      index = files.findFirst().orElseThrow();
    }
    byte[] good = Files.readAllBytes(index);
    byte[] damaged = good.clone();
    damaged[damaged.length / 2] ^= 1;
    Files.write(index, damaged);
    KeptIndexes second = kept();
    assertArrayEquals(through, bytes(ReportInputs.index(f, "actuals.csv", second)));
    second.finish();
    assertArrayEquals(good, Files.readAllBytes(index), "written again, whole");
  }

  @Test
  void anUnsortedStoreIsReadThroughEachTime() throws IOException {
    Path f = store(1000);
    String text = Files.readString(f);
    int second = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    int third = text.indexOf('\n', second) + 1;
    // the first two rows swapped: the one pass sorts them, and nothing is kept
    String swapped =
        text.substring(0, text.indexOf('\n') + 1)
            + text.substring(second, third)
            + text.substring(text.indexOf('\n') + 1, second)
            + text.substring(third);
    Files.writeString(f, swapped);
    byte[] through = bytes(ReportInputs.index(f, "actuals.csv", KeptIndexes.NONE));
    KeptIndexes kept = kept();
    assertArrayEquals(through, bytes(ReportInputs.index(f, "actuals.csv", kept)));
    kept.finish();
    assertEquals(Map.of(), keptFiles());
  }

  @Test
  void noStoreIsAnEmptyIndexAndNothingKept() throws IOException {
    KeptIndexes kept = kept();
    ActualsIndex none = ReportInputs.index(dir.resolve("actuals.csv"), "actuals.csv", kept);
    kept.finish();
    assertTrue(none.kpis().isEmpty());
    assertEquals(Map.of(), keptFiles());
  }
}
