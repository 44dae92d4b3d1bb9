package dev.pac.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The top folder of the git working tree holding a folder: the nearest folder at or above it with a
 * {@code .git} entry that is a repository (a folder holding {@code HEAD}) or points to one (a file
 * starting {@code gitdir:}, as linked worktrees and submodules have).
 *
 * <p>This is the same test git and JGit apply while walking up, done with a few file checks:
 * opening the repository with JGit would cost 70 to 100 ms of a 0.3 s {@code pac validate} (its
 * file-system detection and configuration reading), and only the folder is needed here. {@code pac
 * diff}, which reads the repository, opens it with JGit ({@link GitPlans}).
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  public static Optional<Path> of(Path start) {
    for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path git = d.resolve(".git");
      if (Files.isDirectory(git)
          ? Files.isRegularFile(git.resolve("HEAD"))
          : Files.isRegularFile(git) && pointer(git)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Whether a {@code .git} file points to a repository elsewhere. */
  private static boolean pointer(Path file) {
    byte[] head = new byte[7];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && new String(head, StandardCharsets.US_ASCII).equals("gitdir:");
    } catch (IOException e) {
      return false;
    }
  }
}
