package dev.pac.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The clock the kernel stamps files with, for tests: it moves in steps (a few milliseconds, a
 * second on some file systems), and two writes in the same step leave the same times, which is what
 * {@link FileStamp#settled} guards against in pac and what a test that writes a file twice must
 * wait out.
 */
public final class FileClock {
  private FileClock() {}

  /**
   * Returns once a file written in {@code dir} now gets a later change time than any written before
   * the call: a probe file is written until its change time moves (at most 5 s).
   */
  public static void nextStep(Path dir) throws IOException {
    Path probe = Files.createTempFile(dir, "step", ".tmp");
    try {
      long first = FileStamp.of(probe).changed();
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (FileStamp.of(probe).changed() == first) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the file clock did not move in 5 s");
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
        Files.writeString(probe, "x");
      }
    } finally {
      Files.deleteIfExists(probe);
    }
  }
}
