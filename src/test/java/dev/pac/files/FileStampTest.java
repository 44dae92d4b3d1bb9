package dev.pac.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileStamp}: what it reads of a file, when it is settled, and how it is kept. */
class FileStampTest {
  @TempDir Path dir;

  @Test
  void aStampIsSettledThreeSecondsAfterItsLastChangeNotBefore() {
    // changed at 10.000000000 s and modified at 9.5 s after the epoch
    FileStamp s = new FileStamp(1, 2, 3, 9_500_000_000L, 10_000_000_000L);
    assertFalse(s.settled(10_000), "looked at in the same second");
    assertFalse(s.settled(13_000), "exactly three seconds after: not yet");
    assertTrue(s.settled(13_001));
    FileStamp modifiedLater = new FileStamp(1, 2, 3, 12_000_000_000L, 10_000_000_000L);
    assertFalse(modifiedLater.settled(14_000), "its bytes' time counts too (one set ahead)");
    assertTrue(modifiedLater.settled(15_001));
  }

  @Test
  void theDigestKeptComesBackOnlyForTheSameStamp() {
    FileStamp s = new FileStamp(65024, 2156021, 12443, 1796238442986636134L, 1796238442986636135L);
    byte[] kept = s.encode("ab12");
    assertEquals(
        "65024 2156021 12443 1796238442986636134 1796238442986636135 ab12",
        new String(kept, StandardCharsets.UTF_8));
    assertEquals("ab12", s.digestIn(kept));
    long m = 1796238442986636134L;
    long c = 1796238442986636135L;
    Map<String, FileStamp> others = new LinkedHashMap<>();
    others.put("another device", new FileStamp(65025, 2156021, 12443, m, c));
    others.put("another inode", new FileStamp(65024, 2156022, 12443, m, c));
    others.put("another size", new FileStamp(65024, 2156021, 12444, m, c));
    others.put(
        "another nanosecond of the bytes' time", new FileStamp(65024, 2156021, 12443, m - 1, c));
    others.put(
        "another nanosecond of the change time", new FileStamp(65024, 2156021, 12443, m, c + 1));
    others.forEach((what, other) -> assertNull(other.digestIn(kept), what));
    assertNull(s.digestIn(null));
    assertNull(
        s.digestIn(
            "65024 2156021 12443 1796238442986636134 1796238442986636135 "
                .getBytes(StandardCharsets.UTF_8)),
        "no digest");
    assertNull(
        s.digestIn(
            "x 2156021 12443 1796238442986636134 1796238442986636135 ab12"
                .getBytes(StandardCharsets.UTF_8)),
        "not a number");
    assertNull(
        s.digestIn("65024 2156021 12443 1796238442986636134 ab12".getBytes(StandardCharsets.UTF_8)),
        "a field short");
  }

  @Test
  void aWriteMovesTheStampAndAnotherFileHasAnother() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "id: a\n");
    FileStamp first = FileStamp.of(f);
    assertNotNull(first, "a Unix file system tells the inode and change time");
    assertEquals(6, first.size());
    assertEquals(first, FileStamp.of(f), "nothing changed: the same stamp");
    // the same bytes' time set back as before: the change time still moves on
    FileTime modified = Files.getLastModifiedTime(f);
    FileClock.nextStep(dir);
    Files.writeString(f, "id: b\n");
    Files.setLastModifiedTime(f, modified);
    FileStamp rewritten = FileStamp.of(f);
    assertEquals(first.size(), rewritten.size());
    assertEquals(first.modified(), rewritten.modified());
    assertNotEquals(first.changed(), rewritten.changed(), "a write moves the change time");
    Path other = dir.resolve("q.yaml");
    Files.writeString(other, "id: b\n");
    assertNotEquals(rewritten.inode(), FileStamp.of(other).inode());
    assertNull(FileStamp.of(dir.resolve("missing.yaml")));
  }

  @Test
  void stampsAreTrustedOnlyWhereTheChangeTimeIsTheFileSystemsOwn() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux machine");
    // the kernel's own files: times made up on each look
    assertFalse(FileStamp.keepsChangeTimes(Path.of("/proc/self/status")));
    assertFalse(FileStamp.keepsChangeTimes(dir.resolve("missing/file")), "nowhere: not trusted");
    assumeTrue(Files.isDirectory(Path.of("/dev/shm")));
    assertTrue(FileStamp.keepsChangeTimes(Path.of("/dev/shm")), "tmpfs");
  }
}
