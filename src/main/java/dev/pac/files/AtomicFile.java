package dev.pac.files;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe file writes: the content goes to a temporary file in the target's folder, is synced,
 * then renamed over the target, and the folder is synced; a crash or a full disk leaves the old
 * file.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes {@code content} to {@code target}; {@code where} names it in errors (exit 3). */
  public static void write(Path target, byte[] content, String where) {
    write(
        target,
        where,
        ch -> {
          ByteBuffer b = ByteBuffer.wrap(content);
          while (b.hasRemaining()) {
            ch.write(b);
          }
        });
  }

  /** Content written by a caller, for large files that should not be held in memory. */
  public interface Body {
    void writeTo(FileChannel channel) throws IOException;
  }

  public static void write(Path target, String where, Body body) {
    target = throughLinks(target);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      keepPermissions(tmp, target);
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        body.writeTo(ch);
        ch.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      syncFolder(dir);
    } catch (IOException e) {
      throw failure(where, e);
    } catch (UncheckedIOException e) {
      // a body that streams rows through callbacks carries its write error this way (a full disk,
      // say)
      throw failure(where, e.getCause());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and harmless; the target is intact
        }
      }
    }
  }

  /**
   * The file a write to {@code target} replaces: {@code target} itself, or the file a symbolic link
   * there leads to, so that the link is kept and its target replaced (atomically, beside it).
   */
  public static Path throughLinks(Path target) {
    Path p = target.toAbsolutePath();
    for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
      try {
        p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
      } catch (IOException e) {
        return p;
      }
    }
    return p;
  }

  private static PacException failure(String where, IOException e) {
    if (e instanceof AccessDeniedException) {
      return PacException.io(where, Text.of("errors.permission-denied"), e);
    }
    if (e instanceof FileSystemException f) {
      return PacException.io(
          where,
          Text.of("errors.cannot-write", f.getReason() == null ? f.getMessage() : f.getReason()),
          e);
    }
    return PacException.io(where, Text.of("errors.cannot-write", e.getMessage()), e);
  }

  /**
   * Gives the temporary file the target's permissions, or rw-r--r-- for a new file: a temporary
   * file is created private (rw-------), and renaming it over the store must not make the store
   * private.
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  public static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every file system can sync a folder; the rename is done either way
    }
  }
}
