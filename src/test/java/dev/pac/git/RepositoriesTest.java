package dev.pac.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the repository that holds a folder, JGit asked only where one may be. */
class RepositoriesTest {
  @TempDir Path dir;

  /** JGit's own answer, asked whatever the folders hold. */
  private static File jgit(Path start) {
    return new FileRepositoryBuilder().findGitDir(start.toFile()).getGitDir();
  }

  @Test
  void whereJGitFindsARepositoryJGitIsAsked() throws Exception {
    Path ws = Files.createDirectories(dir.resolve("outside/ws/plans"));
    // the temporary folder may lie under anything on some machine: JGit finding a repository
    // means it is asked, and where it is not asked it finds none
    if (jgit(ws) != null) {
      assertTrue(Repositories.mayHold(ws));
    }
    if (!Repositories.mayHold(ws)) {
      assertNull(jgit(ws));
      assertNull(Repositories.find(ws), "no repository, and JGit not asked");
    }

    Path repo = dir.resolve("repo");
    TestRepo.init(repo).close();
    Path inside = Files.createDirectories(repo.resolve("a/b"));
    assertTrue(Repositories.mayHold(inside));
    FileRepositoryBuilder found = Repositories.find(inside);
    assertNotNull(found);
    assertEquals(repo.resolve(".git").toFile().getCanonicalFile(), found.getGitDir());

    // a .git file naming the git folder elsewhere (a worktree, a submodule)
    Path linked = Files.createDirectories(dir.resolve("linked/x"));
    Files.writeString(dir.resolve("linked/.git"), "gitdir: " + repo.resolve(".git") + "\n");
    assertTrue(Repositories.mayHold(linked));
    assertNotNull(Repositories.find(linked));

    // a git folder itself (a bare repository): JGit looks at the folder itself too
    Path bare = dir.resolve("bare.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
    assertTrue(Repositories.mayHold(bare));
    assertEquals(jgit(bare), Repositories.find(bare).getGitDir());

    // a folder whose objects are elsewhere, named by its commondir, and one with objects and a
    // reftable but no HEAD: JGit takes both as git folders
    Path common = Files.createDirectories(dir.resolve("worktree-gitdir"));
    Files.writeString(common.resolve("commondir"), bare.toString() + "\n");
    Files.writeString(common.resolve("HEAD"), "ref: refs/heads/main\n");
    assertTrue(Repositories.mayHold(common));
    assertEquals(jgit(common) != null, Repositories.find(common) != null);
    Path reftable = dir.resolve("reftable.git");
    for (String f : new String[] {"objects", "refs", "reftable"}) {
      Files.createDirectories(reftable.resolve(f));
    }
    assertTrue(Repositories.mayHold(reftable));
    assertEquals(jgit(reftable) != null, Repositories.find(reftable) != null);
  }
}
