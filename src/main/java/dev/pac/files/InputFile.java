package dev.pac.files;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.threads.Threads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one place pac opens what it reads. A file is read only when it is a regular file: a folder, a
 * FIFO, a device or a socket is refused before it is opened (opening a FIFO blocks, reading a
 * device can go on for ever). A symbolic link inside a workspace is followed only to a file inside
 * that workspace's {@link Confinement#rootOf root}, so a link committed into a pull request cannot
 * make pac read or echo what lies elsewhere. Text inputs are read with a size limit, never past it,
 * whatever the file claims to be.
 */
public final class InputFile {
  /**
   * The most pac reads of a plan, a mapping, {@code pac.yaml} or a plan in a git revision: 1 MiB.
   */
  public static final long MAX_TEXT_BYTES = 1L << 20;

  private InputFile() {}

  /**
   * Why {@code path} cannot be read as a file (a folder, a FIFO, a device, a socket, a link out of
   * its workspace), or null when it can or does not exist. Only file attributes are read: nothing
   * is opened.
   */
  public static Text refusal(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null; // missing or unreadable: the read says which
    }
    Path real;
    try {
      real = abs.toRealPath();
    } catch (IOException e) {
      return own.isSymbolicLink() ? Text.of("errors.input.dangling-link") : null;
    }
    if (!real.equals(abs)) {
      Text outside = Confinement.escape(abs, real);
      if (outside != null) {
        return outside;
      }
    }
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    if (target.isRegularFile()) {
      return null;
    }
    Text link = real.equals(abs) ? Text.plain("") : Text.of("errors.input.link-leads", real);
    return target.isDirectory()
        ? Text.of("errors.input.folder", link)
        : Text.of("errors.input.not-a-file", kind(real, target), link);
  }

  /** Whether {@code refusal} (from {@link #refusal}) says the path is a folder. */
  public static boolean isFolder(Text refusal) {
    return refusal != null && "errors.input.folder".equals(refusal.key());
  }

  /**
   * "a folder", "a FIFO (named pipe)", "a character device"...: what a path that is not a regular
   * file is.
   */
  public static Text kind(Path path, BasicFileAttributes a) {
    if (a.isDirectory()) {
      return Text.of("errors.input.kind.folder");
    }
    int mode;
    try {
      mode = (Integer) Files.getAttribute(path, "unix:mode");
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return Text.of("errors.input.kind.special");
    }
    return Text.of(
        switch (mode & 0170000) {
          case 0010000 -> "errors.input.kind.fifo";
          case 0020000 -> "errors.input.kind.character-device";
          case 0060000 -> "errors.input.kind.block-device";
          case 0140000 -> "errors.input.kind.socket";
          default -> "errors.input.kind.special";
        });
  }

  /**
   * The bytes of {@code path}, refusing what {@link #refusal} refuses (exit {@code 3}); {@code
   * where} names it in errors. A missing file is an error too.
   */
  public static byte[] readAll(Path path, String where) {
    Text refused = refusal(path);
    if (refused != null) {
      throw PacException.io(where, refused, null);
    }
    try {
      return bytes(path);
    } catch (IOException e) {
      throw failure(where, e);
    } catch (OutOfMemoryError e) {
      throw PacException.io(where, Text.of("errors.too-large-for-memory"), null);
    }
  }

  /**
   * {@code path} open for reading, refusing what {@link #refusal} refuses (exit {@code 3}), for a
   * caller that reads it in parts; {@code where} names it in errors.
   */
  public static FileChannel open(Path path, String where) {
    Text refused = refusal(path);
    if (refused != null) {
      throw PacException.io(where, refused, null);
    }
    try {
      return FileChannel.open(path);
    } catch (IOException e) {
      throw failure(where, e);
    }
  }

  /** Files from this size on are read in two halves at once ({@link #bytes}). */
  static final long TWO_PARTS_FROM = 4L << 20;

  /** The most a read asks the channel for at once (the JDK copies through a buffer that size). */
  private static final int CHUNK = 1 << 20;

  /**
   * The bytes of a regular file. A large one (an export of a million rows) is read in two halves at
   * once, the later one on a thread of its own, and in chunks of a MiB; a file whose size changed
   * meanwhile is read again whole.
   */
  static byte[] bytes(Path path) throws IOException {
    if (Files.size(path) < TWO_PARTS_FROM || Threads.cores() < 2) {
      return Files.readAllBytes(path);
    }
    try (FileChannel ch = FileChannel.open(path)) {
      long size = ch.size();
      if (size < TWO_PARTS_FROM || size > Integer.MAX_VALUE - 16) {
        return Files.readAllBytes(path);
      }
      byte[] b = new byte[(int) size];
      int half = (int) (size / 2);
      Threads.Ahead<Object> later =
          Threads.ahead(
              "pac-file-read",
              () -> {
                try {
                  return fill(ch, b, half, b.length);
                } catch (IOException e) {
                  return e;
                }
              });
      boolean whole = fill(ch, b, 0, half);
      Object rest = later.get();
      if (rest instanceof IOException e) {
        throw e;
      }
      if (!whole || !(Boolean) rest || ch.size() != size) {
        return Files.readAllBytes(path);
      }
      return b;
    }
  }

  /** Reads {@code b[from..to)} from the same place in the file; false when the file ended first. */
  private static boolean fill(FileChannel ch, byte[] b, int from, int to) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(b);
    int at = from;
    while (at < to) {
      buf.limit(Math.min(to, at + CHUNK)).position(at);
      int n = ch.read(buf, at);
      if (n < 0) {
        return false;
      }
      at += n;
    }
    return true;
  }

  /**
   * What {@link #readAtMost} read: the bytes, or only the size when there were more than allowed.
   */
  public record Bounded(byte[] bytes, long size) {
    public boolean tooLarge() {
      return bytes == null;
    }
  }

  /**
   * At most {@code max} bytes of an already checked regular file ({@link #refusal}): the size on
   * disk is looked at first, and the read stops one byte past {@code max} in case the file grew
   * meanwhile.
   */
  public static Bounded readAtMost(Path path, String where, long max) {
    try {
      long size = Files.size(path);
      if (size > max) {
        return new Bounded(null, size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readAtMost(in, max);
      }
    } catch (IOException e) {
      throw failure(where, e);
    }
  }

  /** A read that failed, as the user sees it (exit 3). */
  private static PacException failure(String where, IOException e) {
    if (e instanceof NoSuchFileException) {
      return PacException.io(where, Text.of("errors.no-such-file"), e);
    }
    if (e instanceof AccessDeniedException) {
      return PacException.io(where, Text.of("errors.permission-denied"), e);
    }
    return PacException.io(where, Text.of("errors.cannot-read", e.getMessage()), e);
  }

  /**
   * At most {@code max} bytes of a stream (standard input, a git blob): beyond, the count read so
   * far.
   */
  public static Bounded readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        return new Bounded(null, total);
      }
      out.write(buf, 0, n);
    }
    return new Bounded(out.toByteArray(), total);
  }

  /**
   * "the file is 2,000,000 bytes; pac reads files of at most 1,048,576 bytes (1 MiB)"; {@code
   * more}: the size is a lower bound.
   */
  public static Text tooLarge(long size, long max, boolean more) {
    return Text.of(
        more ? "errors.input.too-large-more" : "errors.input.too-large",
        Text.count(size),
        Text.count(max),
        max == MAX_TEXT_BYTES ? Text.of("errors.input.one-mib") : Text.plain(""));
  }
}
