package dev.pac.history;

import dev.pac.model.Plan;
import dev.pac.workspace.LoadedPlan;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The plan versions of a repository's history as bound in earlier runs, in one file of pac's cache
 * folder ({@code $XDG_CACHE_HOME/pac/plans}, else {@code ~/.cache/pac/plans}, beside the start-up
 * archives), named after the repository's git folder. Not in the repository: a report only reads
 * it, and the cache folder is pac's own, safe to delete at any time.
 *
 * <p>Never wrong, at worst slower: each version is stored under its blob id, which names its bytes;
 * the file holds the identity of the build and settings that bound it and the shape of the model
 * ({@link RecordCodec#shape}), and is read only when both are this run's; a checksum covers the
 * whole file. A file that is missing, damaged, from another build or unreadable is ignored (and
 * written anew), and a version that cannot be read back is loaded from git. Only plans that loaded
 * without a finding are stored: a version with findings is loaded again each run, with its
 * findings.
 */
public final class StoredVersions implements PlanVersions {
  private static final int MAGIC = 0x70616376; // "pacv"
  private static final int FORMAT = 1;

  /** Past this many versions the file starts again from this run's. */
  private static final int MOST = 100_000;

  /** The files (repositories) the cache folder keeps: the least recently written go first. */
  static final int FILES = 16;

  private final Path file;
  private final String identity;
  private final Map<String, byte[]> stored;

  /** A stored file larger than this is not read (a few thousand plan versions take a few MiB). */
  static final long MAX_FILE_BYTES = 64L << 20;

  private final Map<String, byte[]> fresh = new ConcurrentHashMap<>();

  private StoredVersions(Path file, String identity) {
    this.file = file;
    this.identity = identity;
    this.stored = load(file, identity);
  }

  /**
   * The versions stored for the repository whose git folder is {@code gitDir}, in the cache folder
   * the environment {@code vars} name ({@code XDG_CACHE_HOME}, else {@code HOME}); {@link
   * PlanVersions#NONE} without one, or when {@code PAC_NO_PLAN_CACHE} is 1. {@code build} names the
   * build and the settings that bind the plans: versions stored under another are not read.
   */
  public static PlanVersions open(Map<String, String> vars, Path gitDir, String build) {
    if ("1".equals(vars.get("PAC_NO_PLAN_CACHE")) || gitDir == null) {
      return NONE;
    }
    Path folder = folder(vars);
    if (folder == null) {
      return NONE;
    }
    return at(folder.resolve(name(gitDir)), build);
  }

  /** The versions stored in {@code file}, for {@code build}. */
  static StoredVersions at(Path file, String build) {
    return new StoredVersions(file, build + "\n" + RecordCodec.shape(Plan.class));
  }

  private static Path folder(Map<String, String> vars) {
    String xdg = vars.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "pac", "plans");
    }
    String home = vars.get("HOME");
    if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
      return Path.of(home, ".cache", "pac", "plans");
    }
    return null;
  }

  /** The file name for a repository: a digest of its git folder's real path. */
  private static String name(Path gitDir) {
    Path real;
    try {
      real = gitDir.toRealPath();
    } catch (IOException e) {
      real = gitDir.toAbsolutePath().normalize();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(real.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16) + ".bin";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean has(String blob) {
    return stored.containsKey(blob);
  }

  @Override
  public LoadedPlan stored(String blob, String path) {
    byte[] bytes = stored.get(blob);
    if (bytes == null) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Plan plan = (Plan) RecordCodec.read(in, Plan.class);
      if (plan == null || in.read() != -1) {
        return null;
      }
      return new LoadedPlan(Path.of(path), path, plan, List.of());
    } catch (IOException | RuntimeException e) { // written by a build with the same identity: rare
      return null;
    }
  }

  @Override
  public void offer(String blob, LoadedPlan plan) {
    if (plan.plan() == null || !plan.findings().isEmpty() || stored.containsKey(blob)) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RecordCodec.write(out, Plan.class, plan.plan());
    } catch (IOException | IllegalArgumentException e) {
      return; // a value the codec does not know: this version is loaded each run
    }
    fresh.put(blob, bytes.toByteArray());
  }

  @Override
  public void save() {
    if (fresh.isEmpty()) {
      return;
    }
    Map<String, byte[]> all = new LinkedHashMap<>();
    if (stored.size() + fresh.size() <= MOST) {
      all.putAll(stored);
    }
    all.putAll(fresh);
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(tmp, encode(identity, all));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      prune(file.getParent());
    } catch (IOException | RuntimeException e) {
      // not written: the next run loads these versions from git again
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
   * Keeps the {@link #FILES} files of the folder written last (one a repository: a repository no
   * longer used, or a test's, does not stay for ever); a file in use by another run is only renamed
   * over, so removing it costs that run nothing.
   */
  static void prune(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(f -> f.getFileName().toString().endsWith(".bin"))
              .sorted(Comparator.comparing(StoredVersions::written).reversed())
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Path old : files.subList(Math.min(FILES, files.size()), files.size())) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // another run's, or not ours to remove: left
      }
    }
  }

  private static FileTime written(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
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
      Map<String, byte[]> out = new HashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) {
        String blob = readText(in);
        int size = in.readInt();
        if (size < 0 || size > data.length) {
          return Map.of();
        }
        byte[] entry = in.readNBytes(size);
        if (entry.length != size) {
          return Map.of();
        }
        out.put(blob, entry);
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
