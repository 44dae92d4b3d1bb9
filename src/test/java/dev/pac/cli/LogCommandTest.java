package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.git.TestRepo;
import dev.pac.history.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pac log} over {@link Scenario}'s repository: revisions as range ends, a merge, a shallow
 * clone.
 */
class LogCommandTest {
  @TempDir Path repo;
  Map<String, String> ids;

  @BeforeEach
  void history() throws Exception {
    ids = Scenario.build(repo);
  }

  @Test
  void revisionsAsEndsOfTheRange() {
    PacRun r =
        run(
            "log",
            "--since",
            ids.get("lower").substring(0, 9),
            "--until",
            "HEAD~6",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    // after "lower" (excluded) up to "merge" (HEAD~6), newest first
    assertTrue(
        r.out().indexOf("\"Merge the cold-call budget\"")
            < r.out().indexOf("\"Add a win-rate objective\""),
        r.out());
    assertTrue(r.out().contains("\"Give the MQL objective one more month\""), r.out());
    assertTrue(
        !r.out().contains("after a slow February") && !r.out().contains("File the plan"), r.out());
    // the merge's change carries the merge commit's author and date
    assertTrue(
        r.out()
            .contains(
                "\"date\": \"2027-03-11\",\n"
                    + "      \"author\": \"Ana\",\n"
                    + "      \"subject\": \"Merge the cold-call budget\""),
        r.out());
  }

  @Test
  void aCommitOffTheFirstParentChainIsAUsageError() {
    PacRun r = run("log", "--until", "side");
    assertEquals(2, r.code());
    assertEquals(
        "pac: error: --until: the commit "
            + ids.get("side").substring(0, 7)
            + " ('side') is not on HEAD's first-parent"
            + " history; give a commit of `git log --first-parent`, or a date (YYYY-MM-DD)\n",
        r.err());
  }

  @Test
  void revisionsInTheWrongOrder() {
    PacRun r = run("log", "--since", "HEAD", "--until", "HEAD~3");
    assertEquals(2, r.code());
    assertEquals(
        "pac: error: --since HEAD comes after --until HEAD~3: give the earlier one to --since\n",
        r.err());
    assertEquals(2, run("log", "--since", "2027-02-30").code());
  }

  @Test
  void aShallowCloneLogsWhatItHasWithOneNote() throws Exception {
    try (TestRepo r = TestRepo.init(repo)) {
      r.shallowAt(ids.get("retrofit"));
    }
    PacRun r = run("log");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "pac: note: the clone is shallow: the history before "
                    + ids.get("retrofit").substring(0, 7)
                    + " (2027-03-10) is missing, so what came before is unknown; fetch the whole"
                    + " history (`git fetch --unshallow`, or `fetch-depth: 0` under"
                    + " actions/checkout)\n"),
        r.err());
    assertTrue(r.out().startsWith("Plan history, newest first: 4 commits\n"), r.out());
    assertTrue(!r.out().contains("win-rate"), r.out());
  }

  @Test
  void aBrokenPacYamlIsRefused() throws Exception {
    Files.writeString(repo.resolve("pac.yaml"), "plans: ../elsewhere\n");
    PacRun r = run("log");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("pac.yaml:1:8: schema.range:"), r.err());
    assertTrue(r.err().endsWith("fix it first (`pac validate` lists every finding)\n"), r.err());
  }

  private PacRun run(String... args) {
    return PacRun.in(repo, "2027-03-31", args);
  }
}
