package dev.pac.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pac.diff.PlanDiff;
import dev.pac.git.GitHistory;
import dev.pac.git.TestRepo;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HistoryReader}: a history read up to a day says what the whole one says as of that day; a
 * loader's failure is the read's.
 */
class HistoryReaderTest {
  @TempDir Path dir;

  private static final BiFunction<String, byte[], LoadedPlan> LOADER =
      (path, bytes) ->
          new PlanLoader().bind(Path.of(path), new YamlReader().parse(bytes, path), null);

  private static History read(
      Path dir, LocalDate until, BiFunction<String, byte[], LoadedPlan> loader) {
    try (GitHistory git = GitHistory.find(dir)) {
      return new HistoryReader(new PlanDiff(null), loader, ZoneOffset.UTC)
          .read(git, git.repoPath(dir.resolve("plans")), until);
    }
  }

  private static void sameAsOf(History whole, History cut, LocalDate d) {
    EntryHistories a = EntryHistories.of(whole, d);
    EntryHistories b = EntryHistories.of(cut, d);
    for (String o : List.of("grow-mql", "win-rate")) {
      assertEquals(a.objective("growth", o), b.objective("growth", o), o + " as of " + d);
    }
    for (String x : List.of("webinars", "cold-calls")) {
      assertEquals(a.action("growth", x), b.action("growth", x), x + " as of " + d);
    }
    Step at = whole.at(d);
    assertEquals(
        at == null ? null : at.commit().id(), cut.at(d) == null ? null : cut.at(d).commit().id());
    assertEquals(whole.missing(), cut.missing());
  }

  @Test
  void upToADayTheHistoryEndsWithItsLastCommitAndSaysTheSame() throws Exception {
    Map<String, String> ids = Scenario.build(dir);
    History whole = read(dir, null, LOADER);
    assertEquals(12, whole.steps().size());
    History cut = read(dir, LocalDate.of(2027, 3, 31), LOADER);
    assertEquals(11, cut.steps().size()); // the 2027-04-02 commit is left out
    assertEquals(ids.get("unknown"), cut.steps().get(10).commit().id());
    for (LocalDate d :
        List.of(
            LocalDate.of(2027, 1, 4),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 3, 11),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 3, 31))) {
      sameAsOf(whole, read(dir, d, LOADER), d);
    }
    // before the first commit: the first commit is still read, and is no state of that day
    History before = read(dir, LocalDate.of(2026, 12, 31), LOADER);
    assertEquals(1, before.steps().size());
    assertNull(before.at(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void aCommitDatedBeforeTheOneAboveItStillCounts() throws Exception {
    String later;
    String skewed;
    try (TestRepo r = TestRepo.init(dir)) {
      r.write("plans/growth.yaml", Scenario.PLAN);
      r.commit("First plan", "Ana", "2027-03-01");
      r.write("plans/growth.yaml", Scenario.PLAN.replace("target: 1200", "target: 1500"));
      later = r.commit("Dated after the report", "Bob", "2027-03-20");
      r.write("plans/growth.yaml", Scenario.PLAN.replace("target: 1200", "target: 1400"));
      skewed = r.commit("A clock behind", "Eve", "2027-03-10");
    }
    LocalDate d = LocalDate.of(2027, 3, 15);
    History whole = read(dir, null, LOADER);
    History cut = read(dir, d, LOADER);
    assertEquals(3, cut.steps().size());
    assertEquals(skewed, cut.at(d).commit().id());
    assertEquals(
        List.of(new Revision(skewed, LocalDate.of(2027, 3, 10), "Eve", "target", 1500.0, 1400.0)),
        EntryHistories.of(cut, d).objective("growth", "grow-mql").revisions());
    sameAsOf(whole, cut, d);
    assertEquals(later, cut.steps().get(1).commit().id());
    // on 2027-03-09 only the first commit counts, and the others are not read
    assertEquals(1, read(dir, LocalDate.of(2027, 3, 9), LOADER).steps().size());
  }

  @Test
  void aLoaderThatFailsFailsTheReadWithItsOwnException() throws Exception {
    Scenario.build(dir);
    IllegalStateException boom = new IllegalStateException("cannot load");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                read(
                    dir,
                    null,
                    (path, bytes) -> {
                      throw boom;
                    }));
    assertSame(boom, thrown);
  }
}
