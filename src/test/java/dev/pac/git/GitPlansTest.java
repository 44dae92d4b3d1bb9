package dev.pac.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitPlansTest {
  @TempDir Path repo;

  @Test
  void planFilesAreTheYamlFilesUnderTheFolderThatAreNotHidden() {
    assertTrue(GitPlans.isPlan("plans", "plans/a.yaml"));
    assertTrue(GitPlans.isPlan("plans", "plans/2027/b.yml"));
    assertTrue(GitPlans.isPlan("", "a.yaml"));
    assertFalse(GitPlans.isPlan("plans", "plans/notes.md"));
    assertFalse(GitPlans.isPlan("plans", "plans/.draft.yaml"));
    assertFalse(GitPlans.isPlan("plans", "plans/.archive/old.yaml"));
    assertFalse(GitPlans.isPlan("plans", "plans-old/a.yaml"));
    assertFalse(GitPlans.isPlan("plans", "other/a.yaml"));
  }

  @Test
  void readsACommitAndTheWorkingTree() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      write("plans/a.yaml", "id: a\n");
      write("plans/sub/b.yml", "id: b\n");
      write("plans/.hidden.yaml", "id: h\n");
      write("plans/readme.md", "# plans\n");
      write("plans-old/c.yaml", "id: c\n");
      PersonIdent who = new PersonIdent("Ana", "ana@example.com");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("plans").setAuthor(who).setCommitter(who).setSign(false).call();
      write("plans/a.yaml", "id: a2\n");
      write("plans/new.yaml", "id: n\n");
    }
    try (GitPlans plans = GitPlans.open(repo.resolve("plans/sub"), "plans/sub")) {
      assertEquals(repo.toRealPath(), plans.workTree());
      String folder = plans.repoPath(repo.resolve("plans"), "plans");
      assertEquals("plans", folder);
      List<PlanSource> head = plans.atRevision("HEAD", folder);
      assertEquals(
          List.of("plans/a.yaml", "plans/sub/b.yml"), head.stream().map(PlanSource::path).toList());
      assertArrayEquals("id: a\n".getBytes(StandardCharsets.UTF_8), head.get(0).bytes());
      List<PlanSource> work = plans.inWorkingTree(folder);
      assertEquals(
          List.of("plans/a.yaml", "plans/new.yaml", "plans/sub/b.yml"),
          work.stream().map(PlanSource::path).toList());
      assertArrayEquals("id: a2\n".getBytes(StandardCharsets.UTF_8), work.get(0).bytes());
      // a folder that does not exist (yet) holds no plans
      assertEquals(
          List.of(), plans.atRevision("HEAD", plans.repoPath(repo.resolve("missing"), "missing")));
      assertEquals(List.of(), plans.inWorkingTree("missing"));
      PacException bad = assertThrows(PacException.class, () -> plans.atRevision("nope", folder));
      assertEquals(ExitCode.USAGE, bad.exitCode());
      PacException outside =
          assertThrows(PacException.class, () -> plans.repoPath(repo.getParent(), "elsewhere"));
      assertEquals(ExitCode.IO, outside.exitCode());
    }
  }

  private void write(String path, String text) throws Exception {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
