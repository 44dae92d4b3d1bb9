package dev.pac.history;

import dev.pac.workspace.LoadedPlan;

/**
 * Plan versions kept from one run to the next, by the id of their content (a git blob id names the
 * bytes, so a version stored under it is right for any path and repository holding those bytes).
 * Only what changes speed: a version not stored is read from git and loaded again.
 */
public interface PlanVersions {
  /** Keeps nothing. */
  PlanVersions NONE =
      new PlanVersions() {
        @Override
        public boolean has(String blob) {
          return false;
        }

        @Override
        public LoadedPlan stored(String blob, String path) {
          return null;
        }

        @Override
        public void offer(String blob, LoadedPlan plan) {}

        @Override
        public void save() {}
      };

  /** Whether a version of {@code blob} is stored. */
  boolean has(String blob);

  /**
   * The stored version of {@code blob}, as loading it from the file at {@code path} gives it; null
   * when there is none or it cannot be read back. Safe to call from several threads.
   */
  LoadedPlan stored(String blob, String path);

  /**
   * A version just loaded from the bytes of {@code blob}, to store if it can be (a plan that loaded
   * without a finding). Safe to call from several threads.
   */
  void offer(String blob, LoadedPlan plan);

  /** Writes what was offered, when anything was; a failure to write costs only speed. */
  void save();
}
