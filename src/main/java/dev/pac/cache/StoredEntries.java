package dev.pac.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * One file of pac's cache folder ({@link #folder}): entries, each the id of a content (a git blob
 * id, a digest of a file's bytes) and the bytes stored for it, all written for one identity (the
 * build, and whatever else decides what the bytes say).
 *
 * <p>Never wrong, at worst slower: the file is read only whole (a checksum covers it), when it is a
 * regular file and not a link, under {@link #MAX_FILE_BYTES}, and written for the same identity;
 * any other file reads as empty, and is written anew. It is written only when an entry was added,
 * through a temporary file moved over it: the entries this run used first, then those it added,
 * then the others in the order they were stored, each while the file stays under its budget, so
 * that what is no longer used leaves first. Safe to use from several threads.
 */
public final class StoredEntries {
  private static final int MAGIC = 0x70616376; // "pacv"
  private static final int FORMAT = 1;

  /** A file larger than this is not read. */
  static final long MAX_FILE_BYTES = 64L << 20;

  private final Path file;
  private final String identity;
  private final long budget;
  private final int keep;
  private final Map<String, byte[]> stored;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Map<String, byte[]> fresh = new ConcurrentHashMap<>();

  private StoredEntries(Path file, String identity, long budget, int keep) {
    this.file = file;
    this.identity = identity;
    // the budget holds the file whole: its header (magic, format, identity, count) and checksum too
    this.budget =
        Math.min(budget, MAX_FILE_BYTES) - (24L + identity.getBytes(StandardCharsets.UTF_8).length);
    this.keep = keep;
    this.stored = load(file, identity);
  }

  /**
   * The entries of {@code file} written for {@code identity} (none when it is missing, damaged or
   * another's); when written, the file keeps to {@code budget} bytes.
   */
  public static StoredEntries at(Path file, String identity, long budget) {
    return new StoredEntries(file, identity, budget, 0);
  }

  /**
   * The entries of {@code scope} (a repository's git folder, say; empty for none) written for
   * {@code identity}, in a file of {@code folder} named after both: two builds used in turn each
   * keep their own file rather than write over the other's. Saving keeps the {@code keep} files of
   * the folder written last (a repository or build no longer used does not stay for ever).
   */
  public static StoredEntries in(
      Path folder, String scope, String identity, long budget, int keep) {
    String name = digest(scope + "\n" + identity).substring(0, 32) + ".bin";
    return new StoredEntries(folder.resolve(name), identity, budget, keep);
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes, in hexadecimal. */
  public static String digest(String text) {
    return digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, in hexadecimal. */
  public static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The folder of pac's cache files of one kind, {@code $XDG_CACHE_HOME/pac/KIND}, else {@code
   * $HOME/.cache/pac/KIND} (beside the start-up archives), in the environment {@code vars}; null
   * when neither names an absolute folder.
   */
  public static Path folder(Map<String, String> vars, String kind) {
    String xdg = vars.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "pac", kind);
    }
    String home = vars.get("HOME");
    if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
      return Path.of(home, ".cache", "pac", kind);
    }
    return null;
  }

  /** Whether an earlier run stored an entry under a key {@code key} accepts. */
  public boolean anyStored(Predicate<String> key) {
    return stored.keySet().stream().anyMatch(key);
  }

  /** Whether an entry is stored under {@code key} (by an earlier run). */
  public boolean has(String key) {
    return stored.containsKey(key);
  }

  /** The bytes stored under {@code key}, or null; an entry read is kept first when saving. */
  public byte[] get(String key) {
    byte[] b = stored.get(key);
    if (b != null) {
      used.add(key);
    }
    return b;
  }

  /**
   * Adds an entry, saved by {@link #save}: the first bytes put under a key this run, in place of
   * any stored under it (an entry its reader could not read back is so replaced).
   */
  public void put(String key, byte[] value) {
    fresh.putIfAbsent(key, value);
  }

  /**
   * Writes the file when an entry was added; whether it was written (a failure to write costs only
   * speed).
   */
  public boolean save() {
    if (fresh.isEmpty()) {
      return false;
    }
    Map<String, byte[]> all = new LinkedHashMap<>();
    long[] size = {0};
    stored.forEach(
        (k, v) -> fit(all, size, k, used.contains(k) && !fresh.containsKey(k) ? v : null));
    boolean added = false;
    for (Map.Entry<String, byte[]> e : fresh.entrySet()) {
      added |= fit(all, size, e.getKey(), e.getValue());
    }
    if (!added) {
      return false; // nothing new fits: the file would say what it says now
    }
    stored.forEach((k, v) -> fit(all, size, k, fresh.containsKey(k) ? null : v));
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(tmp, encode(identity, all));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      if (keep > 0) {
        prune(file.getParent(), keep);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // not written: the next run works these entries out again
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

  /**
   * Keeps the {@code keep} files of {@code folder} written last; a file in use by another run is
   * only renamed over, so removing it costs that run nothing.
   */
  static void prune(Path folder, int keep) {
    prune(folder, ".bin", keep);
  }

  /**
   * Keeps the {@code keep} files of {@code folder} whose names end with {@code suffix} written (or
   * marked used) last.
   */
  static void prune(Path folder, String suffix, int keep) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(f -> f.getFileName().toString().endsWith(suffix))
              .sorted(Comparator.comparing(StoredEntries::written).reversed())
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // another run's, or not ours to remove: left
      }
    }
  }

  /** When {@code f} was last written, or the epoch when that cannot be told. */
  static FileTime written(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /**
   * Puts an entry into {@code all} when it is not there yet and fits the budget ({@code size}
   * counts what {@code all} takes); whether it was put. A null value is not put.
   */
  private boolean fit(Map<String, byte[]> all, long[] size, String key, byte[] value) {
    if (value == null || all.containsKey(key)) {
      return false;
    }
    long weight = 8L + key.getBytes(StandardCharsets.UTF_8).length + value.length;
    if (size[0] + weight > budget) {
      return false;
    }
    all.put(key, value);
    size[0] += weight;
    return true;
  }

  static byte[] encode(String identity, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeText(out, identity);
    out.writeInt(entries.size());
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      writeText(out, e.getKey());
      out.writeInt(e.getValue().length);
      out.write(e.getValue());
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }

  /** The entries of {@code file} when it is whole and written for {@code identity}; else none. */
  private static Map<String, byte[]> load(Path file, String identity) {
    try {
      // a regular file, not a link, and of a size the folder's limits allow: else read anew
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > MAX_FILE_BYTES) {
        return Map.of();
      }
      byte[] data = Files.readAllBytes(file);
      if (data.length < 16) {
        return Map.of();
      }
      CRC32 crc = new CRC32();
      crc.update(data, 0, data.length - 8);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      in.skipNBytes(data.length - 8);
      if (in.readLong() != crc.getValue()) {
        return Map.of();
      }
      in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - 8));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !identity.equals(readText(in))) {
        return Map.of();
      }
      int n = in.readInt();
      if (n < 0 || n > data.length / 8) {
        return Map.of();
      }
      Map<String, byte[]> out = new LinkedHashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) {
        String key = readText(in);
        int size = in.readInt();
        if (size < 0 || size > data.length) {
          return Map.of();
        }
        byte[] entry = in.readNBytes(size);
        if (entry.length != size) {
          return Map.of();
        }
        out.put(key, entry);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("bad length " + n);
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
