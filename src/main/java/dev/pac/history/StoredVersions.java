package dev.pac.history;

import dev.pac.cache.RecordCodec;
import dev.pac.cache.StoredEntries;
import dev.pac.model.Plan;
import dev.pac.workspace.LoadedPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The plan versions of a repository's history as bound in earlier runs, in one file of pac's cache
 * folder ({@code $XDG_CACHE_HOME/pac/plans}, else {@code ~/.cache/pac/plans}, beside the start-up
 * archives), named after the repository's git folder and the build. Not in the repository: a report
 * only reads it, and the cache folder is pac's own, safe to delete at any time.
 *
 * <p>Never wrong, at worst slower ({@link StoredEntries}): each version is stored under its blob
 * id, which names its bytes; the file holds the identity of the build and settings that bound it
 * and the shape of the model ({@link RecordCodec#shape}), and is read only when both are this
 * run's. A version that cannot be read back is loaded from git. Only plans that loaded without a
 * finding are stored: a version with findings is loaded again each run, with its findings.
 */
public final class StoredVersions implements PlanVersions {
  /**
   * What the file of a repository may hold (a few thousand plan versions take a few MiB; saving
   * holds the file several times over in memory).
   */
  static final long BUDGET = 32L << 20;

  /** The files (repositories and builds) the cache folder keeps: the least recently written go. */
  static final int FILES = 16;

  private final StoredEntries entries;

  private StoredVersions(StoredEntries entries) {
    this.entries = entries;
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
    return new StoredVersions(
        StoredEntries.in(folder, real(gitDir).toString(), identity(build), BUDGET, FILES));
  }

  /** The versions stored in {@code file}, for {@code build}. */
  static StoredVersions at(Path file, String build) {
    return new StoredVersions(StoredEntries.at(file, identity(build), BUDGET));
  }

  private static String identity(String build) {
    return build + "\n" + RecordCodec.shape(Plan.class);
  }

  private static Path real(Path gitDir) {
    try {
      return gitDir.toRealPath();
    } catch (IOException e) {
      return gitDir.toAbsolutePath().normalize();
    }
  }

  @Override
  public boolean has(String blob) {
    return entries.has(blob);
  }

  @Override
  public LoadedPlan stored(String blob, String path) {
    Plan plan = RecordCodec.value(entries.get(blob), Plan.class);
    return plan == null ? null : new LoadedPlan(Path.of(path), path, plan, List.of());
  }

  @Override
  public void offer(String blob, LoadedPlan plan) {
    if (plan.plan() == null || !plan.findings().isEmpty()) {
      return;
    }
    byte[] bytes = RecordCodec.bytes(Plan.class, plan.plan());
    if (bytes != null) { // else a value the codec does not know: this version is loaded each run
      entries.put(blob, bytes);
    }
  }

  @Override
  public void save() {
    entries.save();
  }
}
