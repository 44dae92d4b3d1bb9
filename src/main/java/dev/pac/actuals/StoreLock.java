package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.files.AtomicFile;
import dev.pac.i18n.Text;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The lock that keeps two imports into one store from interleaving: an OS file lock on {@code
 * .STORE.lock} next to the store (for {@code data/actuals.csv}: {@code data/.actuals.csv.lock}),
 * held from reading the store to renaming the new one into place. The OS releases it when the
 * process ends, even killed, so a crash never leaves a stale lock. The lock file itself is left in
 * place (deleting it would let two processes lock two different files). A second import waits for
 * the first, up to a limit, then fails (exit 3).
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static Path lockFile(Path store) {
    return store.resolveSibling("." + store.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code store}, waiting up to {@code wait}; {@code waiting} is told once when
   * another process holds it. Then removes temporary files a killed import may have left.
   */
  public static StoreLock acquire(Path store, String where, Duration wait, Consumer<Text> waiting) {
    Path file = lockFile(store);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long deadline = System.nanoTime() + wait.toNanos();
      boolean told = false;
      while (true) {
        FileLock l;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null; // held by this process (another import in the same JVM)
        }
        if (l != null) {
          StoreLock held = new StoreLock(ch, l);
          held.removeStaleTemporaries(store);
          return held;
        }
        if (System.nanoTime() >= deadline) {
          ch.close();
          throw PacException.io(where, Text.of("errors.store.locked", file.getFileName()), null);
        }
        if (!told) {
          // the import hands its warnings on as sentences: said in English until it takes texts
          waiting.accept(Text.of("notes.store.waiting", where));
          told = true;
        }
        Thread.sleep(50);
      }
    } catch (IOException e) {
      throw PacException.io(where, Text.of("errors.store.cannot-lock", e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PacException.io(where, Text.of("errors.store.interrupted"), e);
    }
  }

  /**
   * Temporary files of {@link AtomicFile} for the store, left by a killed import: safe to remove
   * under the lock.
   */
  private void removeStaleTemporaries(Path store) {
    Path file =
        AtomicFile.throughLinks(store); // the temporary files are beside the file a link leads to
    Path dir = file.getParent();
    String glob = "." + file.getFileName() + ".*.tmp";
    try (DirectoryStream<Path> s =
        Files.newDirectoryStream(dir, glob.replace("[", "\\[").replace("{", "\\{"))) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // harmless: the store never reads them
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing releases the lock; nothing to do
    }
  }
}
