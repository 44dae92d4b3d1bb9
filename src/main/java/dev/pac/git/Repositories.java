package dev.pac.git;

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
   * A builder that has looked for the repository holding {@code start} (its git folder is null when
   * there is none).
   */
  static FileRepositoryBuilder find(Path start) {
    // JGit's file system is one object for the whole process; saying there is no system-wide file
    // is the
    // same answer every time, so setting it again is harmless
    FS.DETECTED.setGitSystemConfig(null);
    return new FileRepositoryBuilder().setMustExist(true).findGitDir(start.toFile());
  }
}
