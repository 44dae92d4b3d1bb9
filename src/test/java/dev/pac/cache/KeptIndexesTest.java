package dev.pac.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.StoreDigest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's indexes of large stores, in pac's cache folder. */
class KeptIndexesTest {
  @TempDir Path dir;

  private static final long SIZE = KeptIndexes.FROM + 10;

  /** An index's bytes, as the report gives them: here any bytes of {@code value}'s making. */
  private static ByteBuffer index(int value) {
    ByteBuffer b = ByteBuffer.allocate(1000 + value);
    for (int i = 0; b.hasRemaining(); i++) {
      b.put((byte) (i * 31 + value));
    }
    return b.flip();
  }

  private static byte[] bytes(ByteBuffer index) {
    byte[] out = new byte[index.remaining()];
    index.duplicate().get(out);
    return out;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void anIndexIsFoundByTheDigestOfItsStoreForTheBuildThatKeptIt() throws IOException {
    StoreDigest digest = new StoreDigest(SIZE, 1, 2);
    KeptIndexes first = KeptIndexes.in(dir, "build 1");
    assertFalse(first.mayHave(SIZE), "nothing kept yet: no checksum to read");
    first.keep(digest, () -> index(12));
    first.finish();
    KeptIndexes again = KeptIndexes.in(dir, "build 1");
    assertTrue(again.mayHave(SIZE));
    assertArrayEquals(bytes(index(12)), bytes(again.find(digest)));
    // another store of the same length, or another build's reading of the same store: none
    assertNull(again.find(new StoreDigest(SIZE, 1, 3)));
    assertFalse(again.mayHave(SIZE + 1), "a store of another length needs no checksum");
    assertFalse(KeptIndexes.in(dir, "build 2").mayHave(SIZE));
    assertNull(KeptIndexes.in(dir, "build 2").find(digest));
  }

  @Test
  void aSmallStoreIsReadThroughEachTime() throws IOException {
    KeptIndexes kept = KeptIndexes.in(dir, "b");
    kept.keep(new StoreDigest(KeptIndexes.FROM - 1, 1, 2), () -> index(1));
    kept.finish();
    assertEquals(List.of(), files());
    assertFalse(kept.mayHave(KeptIndexes.FROM - 1));
  }

  @Test
  void aDamagedFileIsNoIndex() throws IOException {
    StoreDigest digest = new StoreDigest(SIZE, 5, 6);
    KeptIndexes kept = KeptIndexes.in(dir, "b");
    kept.keep(digest, () -> index(7));
    kept.finish();
    Path file = files().get(0);
    byte[] whole = Files.readAllBytes(file);
    for (int at = 0; at < whole.length; at += 5) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x10;
      Files.write(file, damaged);
      assertNull(KeptIndexes.in(dir, "b").find(digest), "a bit changed at " + at);
    }
    for (int cut = 0; cut < whole.length; cut += 11) {
      Files.write(file, java.util.Arrays.copyOf(whole, cut));
      assertNull(KeptIndexes.in(dir, "b").find(digest), "cut at " + cut);
    }
    Files.write(file, whole);
    assertNotNull(KeptIndexes.in(dir, "b").find(digest));
  }

  @Test
  void theIndexesUsedLastAreKept() throws IOException {
    KeptIndexes kept = KeptIndexes.in(dir, "b");
    for (int i = 0; i < 4; i++) {
      KeptIndexes one = KeptIndexes.in(dir, "b");
      int v = i;
      one.keep(new StoreDigest(SIZE, i, i), () -> index(v));
      one.finish();
      for (Path f : files()) { // each file written before the next, by the clock
        Files.setLastModifiedTime(
            f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() - 1000));
      }
    }
    assertEquals(KeptIndexes.FILES, files().size());
    assertNull(kept.find(new StoreDigest(SIZE, 0, 0)));
    assertNotNull(kept.find(new StoreDigest(SIZE, 3, 3)));
    // a temporary file a run that ended while writing left behind goes, once old
    Path left = dir.resolve(".index-1.tmp");
    Files.writeString(left, "part");
    Files.setLastModifiedTime(left, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Path writing = dir.resolve(".index-2.tmp");
    Files.writeString(writing, "being written");
    KeptIndexes.prune(dir, KeptIndexes.FILES);
    assertFalse(Files.exists(left));
    assertTrue(Files.exists(writing), "another run's, being written");
  }

  @Test
  void theFolderIsTheCacheFoldersIndexesUnlessTurnedOff() throws IOException {
    assertSame(KeptIndexes.NONE, KeptIndexes.open(Map.of(), "b"));
    assertSame(
        KeptIndexes.NONE,
        KeptIndexes.open(Map.of("HOME", dir.toString(), "PAC_NO_STORE_CACHE", "1"), "b"));
    KeptIndexes kept = KeptIndexes.open(Map.of("XDG_CACHE_HOME", dir.toString()), "b");
    kept.keep(new StoreDigest(SIZE, 1, 1), () -> index(1));
    kept.finish();
    assertTrue(Files.isDirectory(dir.resolve("pac/indexes")));
    assertNotNull(
        KeptIndexes.open(Map.of("XDG_CACHE_HOME", dir.toString()), "b")
            .find(new StoreDigest(SIZE, 1, 1)));
    KeptIndexes.NONE.keep(new StoreDigest(SIZE, 2, 2), () -> index(2));
    KeptIndexes.NONE.finish();
    assertFalse(KeptIndexes.NONE.mayHave(SIZE));
    assertNull(KeptIndexes.NONE.find(new StoreDigest(SIZE, 1, 1)));
  }
}
