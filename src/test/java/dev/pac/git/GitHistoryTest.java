package dev.pac.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GitHistory#planFiles}: a folder listed from the one listed before it is the folder listed
 * in full.
 */
class GitHistoryTest {
  @TempDir Path dir;

  private static GitHistory.FileVersion v(String path, TestRepo r) throws Exception {
    // the blob id git gives the file's content
    return new GitHistory.FileVersion(
        path,
        new ObjectInserter.Formatter()
            .idFor(Constants.OBJ_BLOB, Files.readAllBytes(r.dir().resolve(path)))
            .getName());
  }

  /**
   * A history that adds, changes, removes and moves plan files, hides one, and turns a folder into
   * a file and back.
   */
  private List<List<GitHistory.FileVersion>> build() throws Exception {
    List<List<GitHistory.FileVersion>> expected = new ArrayList<>();
    try (TestRepo r = TestRepo.init(dir)) {
      r.write("README.md", "plans\n")
          .write("plans/a.yaml", "id: a\n")
          .write("plans/b.yml", "id: b\n")
          .write("plans/notes.txt", "not a plan\n")
          .write("plans/.hidden/x.yaml", "id: x\n")
          .write("plans/sub/c.yaml", "id: c\n");
      r.commit("first", "Ana", "2027-01-04");
      expected.add(List.of(v("plans/a.yaml", r), v("plans/b.yml", r), v("plans/sub/c.yaml", r)));
      r.write("plans/a.yaml", "id: a\ntitle: changed\n");
      r.commit("change a", "Ana", "2027-01-05");
      expected.add(List.of(v("plans/a.yaml", r), v("plans/b.yml", r), v("plans/sub/c.yaml", r)));
      Files.delete(dir.resolve("plans/b.yml"));
      r.move("plans/sub/c.yaml", "plans/sub/deeper/c.yaml");
      r.commit("remove b, move c deeper", "Ana", "2027-01-06");
      expected.add(List.of(v("plans/a.yaml", r), v("plans/sub/deeper/c.yaml", r)));
      r.write("README.md", "plans, and more\n");
      r.commit("outside the plans folder", "Ana", "2027-01-07");
      expected.add(expected.get(expected.size() - 1));
      Files.delete(dir.resolve("plans/sub/deeper/c.yaml"));
      Files.delete(dir.resolve("plans/sub/deeper"));
      Files.delete(dir.resolve("plans/sub"));
      r.write("plans/sub", "a file where the folder was\n").write("plans/sub.yaml", "id: s\n");
      r.commit("a file for a folder", "Ana", "2027-01-08");
      expected.add(List.of(v("plans/a.yaml", r), v("plans/sub.yaml", r)));
      Files.delete(dir.resolve("plans/sub"));
      r.write("plans/sub/c.yaml", "id: c\n");
      r.commit("the folder again", "Ana", "2027-01-09");
      expected.add(List.of(v("plans/a.yaml", r), v("plans/sub.yaml", r), v("plans/sub/c.yaml", r)));
      for (String f :
          List.of(
              "plans/a.yaml",
              "plans/sub.yaml",
              "plans/sub/c.yaml",
              "plans/notes.txt",
              "plans/.hidden/x.yaml")) {
        Files.delete(dir.resolve(f));
      }
      r.commit("no plans folder", "Ana", "2027-01-10");
      expected.add(List.of());
      r.write("plans/a.yaml", "id: a\n");
      r.commit("back", "Ana", "2027-01-11");
      expected.add(List.of(v("plans/a.yaml", r)));
    }
    return expected;
  }

  @Test
  void walkingTheChainListsWhatEachCommitHolds() throws Exception {
    List<List<GitHistory.FileVersion>> expected = build();
    try (GitHistory git = GitHistory.find(dir)) {
      List<GitHistory.Commit> chain = new ArrayList<>(git.chain());
      Collections.reverse(chain);
      assertEquals(expected.size(), chain.size());
      for (int i = 0; i < chain.size(); i++) {
        assertEquals(
            expected.get(i), git.planFiles(chain.get(i).id(), "plans"), chain.get(i).subject());
      }
      // a commit that leaves the folder as it was gets the same list
      assertSame(
          git.planFiles(chain.get(2).id(), "plans"), git.planFiles(chain.get(3).id(), "plans"));
      // newest first, and skipping around, the same lists
      for (int i = chain.size() - 1; i >= 0; i -= 3) {
        assertEquals(
            expected.get(i), git.planFiles(chain.get(i).id(), "plans"), chain.get(i).subject());
      }
    }
  }

  @Test
  void eachCommitAloneListsTheSame() throws Exception {
    List<List<GitHistory.FileVersion>> expected = build();
    List<String> ids;
    try (GitHistory git = GitHistory.find(dir)) {
      ids = new ArrayList<>(git.chain().stream().map(GitHistory.Commit::id).toList());
    }
    Collections.reverse(ids);
    for (int i = 0; i < ids.size(); i++) {
      try (GitHistory fresh = GitHistory.find(dir)) { // no chain walked, nothing listed before
        assertEquals(expected.get(i), fresh.planFiles(ids.get(i), "plans"));
      }
    }
  }

  @Test
  void theTopFolderListsEveryPlanOfTheRepository() throws Exception {
    build();
    try (GitHistory git = GitHistory.find(dir)) {
      List<GitHistory.Commit> chain = git.chain(); // newest first
      assertEquals(
          List.of("plans/a.yaml"),
          git.planFiles(chain.get(0).id(), "").stream().map(GitHistory.FileVersion::path).toList());
      assertEquals(List.of(), git.planFiles(chain.get(1).id(), ""));
      assertEquals(
          List.of("plans/a.yaml", "plans/sub.yaml", "plans/sub/c.yaml"),
          git.planFiles(chain.get(2).id(), "").stream().map(GitHistory.FileVersion::path).toList());
    }
  }

  @Test
  void openingARepositoryDoesNotAskGitForItsSystemConfiguration() throws Exception {
    build();
    try (GitHistory git = GitHistory.find(dir)) {
      git.chain();
      // JGit runs `git config --system` to find this file unless it is told there is none
      assertNull(FS.DETECTED.getGitSystemConfig());
    }
  }
}
