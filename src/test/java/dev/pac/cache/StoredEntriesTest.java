package dev.pac.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoredEntries}: written only when an entry was added, the entries this run used or added
 * first, then the others while the file keeps to its budget; a file written for another identity
 * reads as empty. And {@link RecordCodec}'s values declared {@code Object}.
 */
public class StoredEntriesTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("entries.bin");
  }

  private static byte[] bytes(int n) {
    return new byte[n];
  }

  @Test
  void nothingAddedNothingWritten() {
    StoredEntries e = StoredEntries.at(file(), "id", 1 << 20);
    assertNull(e.get("a"));
    assertFalse(e.save());
    assertFalse(Files.exists(file()));
  }

  @Test
  void usedAndAddedEntriesGoFirstAndTheOthersWhileTheBudgetLasts() {
    // each entry weighs 8 + 1 + 100 bytes, the header and checksum 26: a budget of 380 holds three
    StoredEntries first = StoredEntries.at(file(), "id", 380);
    for (String k : List.of("a", "b", "c")) {
      first.put(k, bytes(100));
    }
    assertTrue(first.save());
    StoredEntries second = StoredEntries.at(file(), "id", 380);
    assertTrue(second.has("a") && second.has("b") && second.has("c"));
    assertArrayEquals(bytes(100), second.get("c")); // used this run
    second.put("d", bytes(100)); // added
    assertTrue(second.save());
    StoredEntries third = StoredEntries.at(file(), "id", 380);
    assertTrue(third.has("c") && third.has("d"), "used and added are kept");
    assertTrue(third.has("a"), "then the others in their order, while they fit");
    assertFalse(third.has("b"), "what fits no more leaves");
  }

  @Test
  void beyondTheBudgetWhatFitsIsKeptAndNothingIsRewrittenForNothing() {
    StoredEntries e = StoredEntries.at(file(), "id", 150);
    e.put("a", bytes(100));
    e.put("b", bytes(100));
    assertTrue(e.save(), "the entry that fits is kept");
    StoredEntries again = StoredEntries.at(file(), "id", 150);
    assertTrue(again.has("a") ^ again.has("b"), "one of the two");
    String kept = again.has("a") ? "a" : "b";
    again.get(kept);
    again.put(kept.equals("a") ? "b" : "a", bytes(100));
    assertFalse(again.save(), "the other still does not fit: the file is not written again");
  }

  @Test
  void aFileFilledToItsBudgetIsReadBack() {
    // entries of 8 + 3 + 100 bytes up to exactly the budget: the header and checksum fit too
    long budget = 111 * 3;
    StoredEntries e = StoredEntries.at(file(), "an identity", budget);
    for (String k : List.of("k01", "k02", "k03", "k04")) {
      e.put(k, bytes(100));
    }
    assertTrue(e.save());
    assertTrue(file().toFile().length() <= budget, file().toFile().length() + " bytes");
    StoredEntries again = StoredEntries.at(file(), "an identity", budget);
    int kept = 0;
    for (String k : List.of("k01", "k02", "k03", "k04")) {
      kept += again.has(k) ? 1 : 0;
    }
    assertEquals(2, kept, "as many as the file holds with its header, and all read back");
  }

  @Test
  void anEntryPutAgainReplacesTheStoredOne() {
    StoredEntries e = StoredEntries.at(file(), "id", 1 << 20);
    e.put("a", new byte[] {1});
    assertTrue(e.save());
    StoredEntries again = StoredEntries.at(file(), "id", 1 << 20);
    again.get("a"); // read, found unreadable by its reader, say
    again.put("a", new byte[] {2});
    assertTrue(again.save());
    assertArrayEquals(new byte[] {2}, StoredEntries.at(file(), "id", 1 << 20).get("a"));
  }

  @Test
  void aFolderThatCannotBeWrittenCostsOnlyTheEntries() throws IOException {
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "x");
    StoredEntries e = StoredEntries.in(notAFolder, "", "id", 1 << 20, 4);
    e.put("a", bytes(3));
    assertFalse(e.save(), "not written, and nothing thrown");
    assertEquals("x", Files.readString(notAFolder));
  }

  @Test
  void anotherIdentitysFileReadsAsEmpty() {
    StoredEntries e = StoredEntries.at(file(), "build 1", 1 << 20);
    e.put("a", bytes(3));
    assertTrue(e.save());
    assertFalse(StoredEntries.at(file(), "build 2", 1 << 20).has("a"));
    assertTrue(StoredEntries.at(file(), "build 1", 1 << 20).has("a"));
  }

  @Test
  void twoIdentitiesUsedInTurnKeepAFileEach() {
    Path folder = dir.resolve("plans");
    for (String build : List.of("build 1", "build 2")) {
      StoredEntries e = StoredEntries.in(folder, "/repo", build, 1 << 20, 4);
      e.put("a", bytes(1));
      assertTrue(e.save());
    }
    assertTrue(StoredEntries.in(folder, "/repo", "build 1", 1 << 20, 4).has("a"));
    assertTrue(StoredEntries.in(folder, "/repo", "build 2", 1 << 20, 4).has("a"));
    assertFalse(StoredEntries.in(folder, "/other", "build 1", 1 << 20, 4).has("a"));
  }

  @Test
  void theFolderKeepsTheFilesWrittenLast() throws IOException {
    int keep = 4;
    for (int i = 0; i < keep + 3; i++) {
      Path f = dir.resolve("repo-" + i + ".bin");
      Files.writeString(f, "x");
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    Files.writeString(dir.resolve("other.txt"), "not a store");
    StoredEntries.prune(dir, keep);
    for (int i = 0; i < 3; i++) {
      assertFalse(Files.exists(dir.resolve("repo-" + i + ".bin")), "oldest " + i);
    }
    for (int i = 3; i < keep + 3; i++) {
      assertTrue(Files.exists(dir.resolve("repo-" + i + ".bin")), "kept " + i);
    }
    assertTrue(Files.exists(dir.resolve("other.txt")));
  }

  @Test
  void theFolderIsXdgCacheHomeElseHomesCache() {
    assertEquals(
        Path.of("/x/pac/checked"),
        StoredEntries.folder(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h"), "checked"));
    assertEquals(
        Path.of("/h/.cache/pac/plans"), StoredEntries.folder(Map.of("HOME", "/h"), "plans"));
    assertNull(StoredEntries.folder(Map.of("XDG_CACHE_HOME", "rel"), "plans"));
    assertNull(StoredEntries.folder(Map.of(), "plans"));
  }

  /** A record with a field declared Object, as import mappings have. */
  public record Plain(Object value) {}

  @Test
  void valuesDeclaredObjectComeBackEqual() throws IOException {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("column", "Amount");
    mapping.put("count", true);
    mapping.put("rows", 3);
    mapping.put("where", List.of("Closed Won", 2, List.of(false)));
    for (Object v : List.of("auto", 7, false, List.of("Total", "Grand Totals"), mapping)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RecordCodec.write(new DataOutputStream(out), Plain.class, new Plain(v));
      assertEquals(new Plain(v), RecordCodec.value(out.toByteArray(), Plain.class));
    }
  }

  @Test
  void textThatUtf8CannotCarryIsRefusedNotChanged() {
    for (String s : List.of("\ud800", "a\udc00b", "x\ud83d", "\udc00\ud83d")) {
      assertNull(RecordCodec.bytes(Plain.class, new Plain(s)), s);
      assertNull(RecordCodec.bytes(Plain.class, new Plain(List.of(Map.of("k", s)))), s);
    }
    Plain emoji = new Plain("\ud83d\ude00 ok"); // a pair: stored, and read back the same
    assertEquals(emoji, RecordCodec.value(RecordCodec.bytes(Plain.class, emoji), Plain.class));
  }

  @Test
  void aValueDeclaredObjectOfAnotherKindIsRefused() {
    for (Object v : List.of(2.5, 'c', Map.of(1, "a"))) {
      try {
        RecordCodec.write(
            new DataOutputStream(new ByteArrayOutputStream()), Plain.class, new Plain(v));
      } catch (IllegalArgumentException | IOException e) {
        continue;
      }
      throw new AssertionError("stored " + v);
    }
  }
}
