package dev.pac.cache;

import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.StoreDigest;
import dev.pac.threads.Threads;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The report's index of a large store (its bytes, as the report writes and reads them), kept in
 * pac's cache folder ({@code $XDG_CACHE_HOME/pac/indexes}, else {@code ~/.cache/pac/indexes}) under
 * the digest of the store's bytes it was built from ({@link StoreDigest}: their length and two
 * checksums), one file a store: a report over a store it read through before, unchanged since,
 * reads the store's checksums and the index rather than parsing every row again.
 *
 * <p>Kept only for a store of {@link #FROM} bytes or more read in two parts and found plain
 * (sorted, every row well formed, no key twice: what the report would have said of it is nothing),
 * and only for this very build (version, commit and build time, in the file's name and header).
 * Never wrong by accident, at worst slower: a file that is not whole (its own checksum) or not this
 * build's is not read; a store changed since, by hand, by git or by an import, has another length
 * or, but for a chance of one in 2^64 or a change made on purpose to match (the checksums are not a
 * defence against forgery), other checksums. The {@link #FILES} files used last are kept (each
 * about 28 bytes a row). {@code PAC_NO_STORE_CACHE=1} turns it off, as it does the stores' digests.
 */
public final class KeptIndexes {
  /** Keeps none and has none. */
  public static final KeptIndexes NONE = new KeptIndexes(null, "");

  /** The smallest store kept: the one the report reads in two parts. */
  public static final long FROM = ActualsStore.IN_PARTS_FROM;

  /** The index files the folder keeps: the least recently used go. */
  static final int FILES = 2;

  private static final int MAGIC = 0x70616369; // "paci"
  private static final int FORMAT = 1;

  /** A temporary file this old was left by a run that ended while writing it. */
  private static final long LEFT_MILLIS = 10L * 60 * 1000;

  private final Path folder;
  private final String identity;
  private final String suffix;
  private volatile Threads.Ahead<Boolean> writing;

  private KeptIndexes(Path folder, String identity) {
    this.folder = folder;
    this.identity = identity;
    this.suffix =
        folder == null ? "" : "-" + StoredEntries.digest(identity).substring(0, 16) + ".idx";
  }

  /**
   * The indexes kept in the cache folder the environment {@code vars} name ({@code XDG_CACHE_HOME},
   * else {@code HOME}) by the build {@code build} names; {@link #NONE} without a folder, or when
   * {@code PAC_NO_STORE_CACHE} is 1.
   */
  public static KeptIndexes open(Map<String, String> vars, String build) {
    Path folder = StoredEntries.folder(vars, "indexes");
    return "1".equals(vars.get("PAC_NO_STORE_CACHE")) || folder == null
        ? NONE
        : new KeptIndexes(folder, build);
  }

  /** The indexes kept in {@code folder}, for {@code build}. */
  static KeptIndexes in(Path folder, String build) {
    return new KeptIndexes(folder, build);
  }

  /**
   * Whether an index of a store of {@code size} bytes may be kept, else none is looked for: a store
   * changed since its index was kept almost always has another length, and its checksums are not
   * read.
   */
  public boolean mayHave(long size) {
    if (folder == null || size < FROM) {
      return false;
    }
    String glob = StoreDigest.keyPrefix(size) + "*" + suffix;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
      return files.iterator().hasNext();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The index kept for the store whose bytes have {@code digest} (a buffer of its bytes, which the
   * file's checksum says are those written), or null.
   */
  public ByteBuffer find(StoreDigest digest) {
    if (folder == null) {
      return null;
    }
    Path file = file(digest);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      ByteBuffer index;
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        if (ch.size() > Integer.MAX_VALUE) {
          return null;
        }
        MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        index = read(mapped.order(ByteOrder.LITTLE_ENDIAN), digest);
      }
      if (index != null) {
        touch(file);
      }
      return index;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The index in {@code b} when the file is whole and written by this build for that store. */
  private ByteBuffer read(ByteBuffer b, StoreDigest digest) {
    if (b.remaining() < 16 || b.getInt() != MAGIC || b.getInt() != FORMAT) {
      return null;
    }
    if (!identity.equals(text(b)) || !digest.key().equals(text(b))) {
      return null;
    }
    int start = b.position();
    int end = b.limit() - 4;
    if (end < start) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(b.duplicate().position(0).limit(end));
    if ((int) crc.getValue() != b.getInt(end)) {
      return null;
    }
    return b.duplicate().position(start).limit(end);
  }

  /**
   * Keeps the index {@code index} gives the bytes of, built from the store's bytes whose digest is
   * {@code digest}: written on a thread of its own, while the report is made from it (the index is
   * only read from then on); {@link #finish} waits for it.
   */
  public void keep(StoreDigest digest, Supplier<ByteBuffer> index) {
    if (folder != null && digest.size() >= FROM && writing == null) {
      writing = Threads.ahead("pac-index-keep", () -> write(digest, index));
    }
  }

  /** Waits for what {@link #keep} started: called once the command is done. */
  public void finish() {
    Threads.Ahead<Boolean> w = writing;
    if (w != null) {
      w.get();
    }
  }

  /** Writes {@code index} under {@code digest}; whether it is kept. */
  boolean write(StoreDigest digest, Supplier<ByteBuffer> index) {
    // a file already of that name is replaced: one the report could not read (damaged, cut
    // short), or a whole one another run has just renamed into place (the rename is atomic)
    Path file = file(digest);
    ByteBuffer payload = index.get();
    if (payload == null) {
      return false;
    }
    Path tmp = null;
    try {
      Files.createDirectories(folder);
      byte[] who = identity.getBytes(StandardCharsets.UTF_8);
      byte[] key = digest.key().getBytes(StandardCharsets.UTF_8);
      ByteBuffer head =
          ByteBuffer.allocate(16 + who.length + key.length).order(ByteOrder.LITTLE_ENDIAN);
      head.putInt(MAGIC).putInt(FORMAT).putInt(who.length).put(who).putInt(key.length).put(key);
      head.flip();
      CRC32C crc = new CRC32C();
      crc.update(head.duplicate());
      crc.update(payload.duplicate());
      ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      tail.putInt((int) crc.getValue()).flip();
      tmp = Files.createTempFile(folder, ".index-", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer[] all = {head, payload.duplicate(), tail};
        while (all[2].hasRemaining()) {
          ch.write(all);
        }
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      prune(folder, FILES);
      return true;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return false; // not kept: the next report reads the store through again
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // left behind in the cache folder
        }
      }
    }
  }

  private Path file(StoreDigest digest) {
    return folder.resolve(digest.key() + suffix);
  }

  /** Marks {@code file} used now, so that it is among the last {@link #FILES} kept. */
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // kept the same, only sooner removed
    }
  }

  /**
   * Keeps the {@code keep} index files of {@code folder} used last, and removes the temporary files
   * runs that ended while writing one left behind.
   */
  static void prune(Path folder, int keep) {
    StoredEntries.prune(folder, ".idx", keep);
    long before = System.currentTimeMillis() - LEFT_MILLIS;
    List<Path> left;
    try (Stream<Path> list = Files.list(folder)) {
      left =
          list.filter(f -> f.getFileName().toString().startsWith(".index-"))
              .filter(f -> StoredEntries.written(f).toMillis() < before)
              .toList();
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (Path old : left) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // another run's, or not ours to remove: left
      }
    }
  }

  private static String text(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      return null;
    }
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
