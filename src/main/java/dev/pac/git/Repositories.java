package dev.pac.git;

import java.io.File;
import java.nio.file.Path;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How pac finds a repository with JGit, without starting a {@code git} program: to locate git's
 * system-wide configuration file, JGit runs {@code git --version} and {@code git config --system}
 * (two processes, tens of milliseconds) the first time a repository is opened. pac reads the
 * repository's own configuration and the user's, never the system-wide one, which says nothing
 * about what pac reads (the commits, trees and files of the repository).
 */
final class Repositories {
  private Repositories() {}

  /**
   * A builder that has found the repository holding {@code start} (its git folder set), or null
   * when there is none. JGit is asked only when a folder on the way up may be or hold a repository
   * ({@link #mayHold}): a workspace outside git does not load it (its classes, its logger and its
   * file system's detection, about 20 ms of CPU).
   */
  static FileRepositoryBuilder find(Path start) {
    if (!mayHold(start)) {
      return null;
    }
    // JGit's file system is one object for the whole process; saying there is no system-wide file
    // is the same answer every time, so setting it again is harmless
    FS.DETECTED.setGitSystemConfig(null);
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().setMustExist(true).findGitDir(start.toFile());
    return builder.getGitDir() == null ? null : builder;
  }

  /**
   * Whether a repository may hold {@code start}: false only when no folder from it up to the root
   * (walked as JGit's search walks, by {@link File#getParentFile}) has a {@code .git} (a folder, or
   * a file naming one), an {@code objects} or a {@code commondir}. JGit's search takes a folder's
   * {@code .git}, or the folder itself when it is a git folder, whose objects are in it or in the
   * folder its {@code commondir} names: without one of the three, it finds nothing there.
   */
  static boolean mayHold(Path start) {
    for (File d = start.toFile(); d != null; d = d.getParentFile()) {
      if (new File(d, ".git").exists()
          || new File(d, "objects").exists()
          || new File(d, "commondir").exists()) {
        return true;
      }
    }
    return false;
  }
}
