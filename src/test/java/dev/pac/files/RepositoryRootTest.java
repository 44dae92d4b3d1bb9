package dev.pac.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {
  @TempDir Path tmp;

  @Test
  void theNearestRepositoryAboveAFolder() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Git.init().setDirectory(repo.toFile()).call().close();
    Path deep = Files.createDirectories(repo.resolve("sales/plans"));
    assertEquals(Optional.of(repo), RepositoryRoot.of(deep));
    assertEquals(Optional.of(repo), RepositoryRoot.of(repo));
    assertEquals(Optional.empty(), RepositoryRoot.of(tmp));
  }

  /** Linked worktrees and submodules have a .git file naming the repository. */
  @Test
  void aGitFileThatPointsToTheRepository() throws Exception {
    Path wt = Files.createDirectories(tmp.resolve("wt/sales"));
    Files.writeString(tmp.resolve("wt/.git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
    assertEquals(Optional.of(tmp.resolve("wt")), RepositoryRoot.of(wt));
  }

  /** A folder named .git without a repository in it, or a stray .git file, is no repository. */
  @Test
  void notEveryDotGitIsARepository() throws Exception {
    Files.createDirectories(tmp.resolve("a/.git"));
    Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(tmp.resolve("a/b/.git"), "not a pointer\n");
    assertEquals(Optional.empty(), RepositoryRoot.of(tmp.resolve("a/b")));
  }
}
