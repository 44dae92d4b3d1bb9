package dev.pac.history;

import dev.pac.cache.RecordCodec;
import dev.pac.cache.StoredEntries;
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
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plan versions of a repository's history as bound in earlier runs, in one file of pac's cache
 * folder ({@code $XDG_CACHE_HOME/pac/plans}, else {@code ~/.cache/pac/plans}, beside the start-up
 * archives), named after the repository's git folder. Not in the repository: a report only reads
 * it, and the cache folder is pac's own, safe to delete at any time.
 *
 * <p>Never wrong, at worst slower ({@link StoredEntries}): each version is stored under its blob
 * id, which names its bytes; the file holds the identity of the build and settings that bound it
 * and the shape of the model ({@link RecordCodec#shape}), and is read only when both are this
 * run's. A version that cannot be read back is loaded from git. Only plans that loaded without a
 * finding are stored: a version with findings is loaded again each run, with its findings.
 */
public final class StoredVersions implements PlanVersions {
  /** What the file of a repository may hold (a few thousand plan versions take a few MiB). */
  static final long BUDGET = 32L << 20;

  /** The files (repositories) the cache folder keeps: the least recently written go first. */
  static final int FILES = 16;

  private final Path file;
  private final StoredEntries entries;

  private StoredVersions(Path file, String identity) {
    this.file = file;
    this.entries = StoredEntries.at(file, identity, BUDGET);
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
    Path folder = StoredEntries.folder(vars, "plans");
    if (folder == null) {
      return NONE;
    }
    return at(folder.resolve(name(gitDir)), build);
  }

  /** The versions stored in {@code file}, for {@code build}. */
  static StoredVersions at(Path file, String build) {
    return new StoredVersions(file, build + "\n" + RecordCodec.shape(Plan.class));
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
    return entries.has(blob);
  }

  @Override
  public LoadedPlan stored(String blob, String path) {
    byte[] bytes = entries.get(blob);
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
    if (plan.plan() == null || !plan.findings().isEmpty() || entries.has(blob)) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RecordCodec.write(out, Plan.class, plan.plan());
    } catch (IOException | IllegalArgumentException e) {
      return; // a value the codec does not know: this version is loaded each run
    }
    entries.put(blob, bytes.toByteArray());
  }

  @Override
  public void save() {
    if (entries.save()) {
      prune(file.getParent());
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
}
