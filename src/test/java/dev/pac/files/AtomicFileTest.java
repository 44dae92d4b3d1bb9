package dev.pac.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws Exception {
    Path f = dir.resolve("store.csv");
    AtomicFile.write(f, "a\n".getBytes(StandardCharsets.UTF_8), "store.csv");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFile.write(f, "b\n".getBytes(StandardCharsets.UTF_8), "store.csv");
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertEquals("b\n", Files.readString(f));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path f = dir.resolve("store.csv");
    Files.writeString(f, "old\n");
    PacException e =
        assertThrows(
            PacException.class,
            () ->
                AtomicFile.write(
                    f,
                    "store.csv",
                    ch -> {
                      ch.write(ByteBuffer.wrap("half".getBytes(StandardCharsets.UTF_8)));
                      throw new IOException("No space left on device");
                    }));
    assertEquals(ExitCode.IO, e.exitCode());
    assertEquals("old\n", Files.readString(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void aWriteErrorCarriedThroughACallbackIsAnInputOutputErrorToo() throws Exception {
    // the store's rewrite streams rows through callbacks that cannot throw IOException themselves
    Path f = dir.resolve("store.csv");
    Files.writeString(f, "old\n");
    PacException e =
        assertThrows(
            PacException.class,
            () ->
                AtomicFile.write(
                    f,
                    "store.csv",
                    ch -> {
                      throw new UncheckedIOException(new IOException("File too large"));
                    }));
    assertEquals(ExitCode.IO, e.exitCode());
    assertEquals("store.csv: cannot write: File too large", e.line());
    assertEquals("old\n", Files.readString(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count());
    }
  }
}
