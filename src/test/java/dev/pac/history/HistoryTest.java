package dev.pac.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.diff.Change;
import dev.pac.diff.PlanDiff;
import dev.pac.git.GitHistory;
import dev.pac.git.TestRepo;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.WorkspaceSettings;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history layer over {@link Scenario}'s repository: chain, entry histories, log, trailers,
 * shallow clones.
 */
class HistoryTest {
  private static final Catalogue EN = Catalogue.english();

  @TempDir Path dir;
  Map<String, String> ids;

  @BeforeEach
  void build() throws Exception {
    ids = Scenario.build(dir);
  }

  static History read(Path dir, ZoneId zone) {
    YamlReader reader = new YamlReader();
    PlanLoader loader = new PlanLoader(reader);
    HistoryReader r =
        new HistoryReader(
            new PlanDiff(null),
            (path, bytes) ->
                loader.check(
                    Path.of(path),
                    reader.parse(bytes, path),
                    new WorkspaceSettings(null, null, null, null, null),
                    LocalDate.of(2027, 3, 31)),
            zone);
    try (GitHistory git = GitHistory.find(dir)) {
      return r.read(git, git == null ? null : git.repoPath(dir.resolve("plans")));
    }
  }

  private History read() {
    return read(dir, ZoneOffset.UTC);
  }

  private Plan head() {
    List<Step> steps = read().steps();
    return steps.get(steps.size() - 1).after().values().iterator().next().plan();
  }

  @Test
  void theChainIsFirstParentOnlyOldestFirstWithMergeChangesOnTheMerge() {
    History h = read();
    assertNull(h.missing());
    // 13 commits made, the side branch's own commit is not on the first-parent chain
    assertEquals(12, h.steps().size());
    assertEquals(ids.get("first"), h.steps().get(0).commit().id());
    Step merge =
        h.steps().stream()
            .filter(s -> s.commit().id().equals(ids.get("merge")))
            .findFirst()
            .orElseThrow();
    assertEquals("Ana", merge.commit().author());
    assertEquals(LocalDate.of(2027, 3, 11), merge.commit().date());
    assertEquals(
        List.of(
            Change.changed(
                "plans/growth.yaml", Change.Item.ACTION, "cold-calls", "budget", 3000.0, 4000.0)),
        merge.changes());
    assertTrue(h.steps().stream().noneMatch(s -> s.commit().id().equals(ids.get("side"))));
  }

  @Test
  void aMoveWithoutChangeIsNoChangeAndThePlanIsFollowedById() {
    History h = read();
    Step rename = h.steps().get(PlanLog.position(h.steps(), ids.get("rename")));
    assertEquals(List.of(), rename.changes());
    Step later = h.steps().get(PlanLog.position(h.steps(), ids.get("later")));
    assertEquals(
        List.of(
            Change.changed(
                "plans/sales/growth-2027.yaml",
                Change.Item.OBJECTIVE,
                "grow-mql",
                "target",
                1300.0,
                1100.0)),
        later.changes());
    assertEquals("growth", later.planOf(later.changes().get(0)));
  }

  @Test
  void objectiveHistoryAsOfTheReportDate() {
    EntryHistories e = EntryHistories.of(read(), LocalDate.of(2027, 3, 31));
    ObjectiveHistory mql = e.objective("growth", "grow-mql");
    assertEquals(1200.0, mql.originalTarget());
    // the commit that added it is not a revision; the 2027-04-02 commit is after the date
    assertEquals(
        List.of(
            new Revision(
                ids.get("raise"), LocalDate.of(2027, 1, 20), "Bob", "target", 1200.0, 1500.0),
            new Revision(
                ids.get("lower"), LocalDate.of(2027, 3, 1), "Chloé", "target", 1500.0, 1300.0),
            new Revision(
                ids.get("deadline"),
                LocalDate.of(2027, 3, 5),
                "Chloé",
                "deadline",
                "2027-05-31",
                "2027-06-30")),
        mql.revisions());
    Plan plan = head();
    Objective growMql = plan.objective("grow-mql").orElseThrow();
    Objective winRate = plan.objective("win-rate").orElseThrow();
    // target last set 2027-03-01: 59 days after 2027-01-01, 4 × 59 = 236 > 180 days of span
    assertEquals(LocalDate.of(2027, 3, 1), mql.targetSet());
    assertTrue(mql.retrofitted(growMql));
    ObjectiveHistory win = e.objective("growth", "win-rate");
    assertEquals(0.3, win.originalTarget());
    assertEquals(List.of(), win.revisions());
    assertTrue(win.retrofitted(winRate));
    // as of 2027-02-01 only the first two commits count: target set 2027-01-20, 19 days in, 76 <=
    // 150 (span to 05-31)
    ObjectiveHistory early =
        EntryHistories.of(read(), LocalDate.of(2027, 2, 1)).objective("growth", "grow-mql");
    assertEquals(LocalDate.of(2027, 1, 20), early.targetSet());
    assertFalse(
        early.retrofitted(
            new Objective(
                "grow-mql",
                "t",
                "mql",
                null,
                null,
                800.0,
                1500.0,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 5, 31),
                "Ana",
                null,
                List.of())));
    assertEquals(ObjectiveHistory.NONE, e.objective("growth", "never-committed"));
  }

  @Test
  void actionHistoryStaleAndDecisions() {
    EntryHistories e = EntryHistories.of(read(), LocalDate.of(2027, 3, 31));
    Plan plan = head();
    Action webinars = plan.actions().get(0);
    Action coldCalls = plan.actions().get(1);
    ActionHistory w = e.action("growth", "webinars");
    // added 2027-01-04 and never changed since (a decision is not a change of its entry)
    assertEquals(LocalDate.of(2027, 1, 4), w.lastChanged());
    assertTrue(
        w.stale(
            webinars, LocalDate.of(2027, 3, 31), 21)); // 86 days > 21, active, within 01-15..06-15
    assertFalse(w.stale(webinars, LocalDate.of(2027, 1, 10), 21)); // before its start
    assertEquals(
        List.of(
            new DecisionEntry(
                ids.get("decision"),
                LocalDate.of(2027, 3, 16),
                "Bob",
                Verdict.CONTINUE,
                "the pipeline they bring closes in Q2")),
        w.decisions());
    assertTrue(w.touched(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31)));
    assertFalse(w.touched(LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 31)));
    ActionHistory c = e.action("growth", "cold-calls");
    // added 01-04, budget by the merge 03-11, owner at 03-19 (the commit that made the plan load
    // again)
    assertEquals(
        List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 19)),
        c.changes());
    assertFalse(c.stale(coldCalls, LocalDate.of(2027, 3, 31), 21)); // 12 days
    assertTrue(c.stale(coldCalls, LocalDate.of(2027, 3, 31), 11.5));
    assertEquals(ActionHistory.NONE, e.action("growth", "never"));
  }

  @Test
  void logNewestFirstWithDecisionsNotesAndWarnings() {
    PlanLog log = PlanLog.of(read(), null, null, null);
    List<String> subjects = log.entries().stream().map(x -> x.commit().subject()).toList();
    assertEquals(
        List.of(
            "Lower the MQL target again",
            "Fix the YAML",
            "Keep the webinars",
            "Merge the cold-call budget",
            "Add a win-rate objective",
            "Give the MQL objective one more month",
            "Lower the MQL target after a slow February",
            "Raise the MQL target",
            "First plan for H1"),
        subjects);
    LogEntry decision = log.entries().get(2);
    assertEquals(List.of(), decision.changes());
    assertEquals(
        List.of(new Trailer("webinars", Verdict.CONTINUE, "the pipeline they bring closes in Q2")),
        decision.decisions());
    assertEquals(
        List.of(
            "plans/sales/growth-2027.yaml did not load at "
                + ids.get("broken").substring(0, 7)
                + " (1 error; at 41:12: syntax: "),
        log.notes().stream()
            .map(EN::say)
            .map(n -> n.substring(0, n.indexOf("syntax: ") + 8))
            .toList());
    assertEquals(
        List.of(
            "commit "
                + ids.get("unknown").substring(0, 7)
                + ": the decision about 'webinar' names no action"
                + " of the plans at that commit (did you mean `webinars`?); it is ignored"),
        log.warnings().stream().map(EN::say).toList());
    assertEquals(
        List.of(Change.added("plans/growth.yaml", Change.Item.PLAN, "growth")),
        log.entries().get(8).changes());
  }

  @Test
  void logRangeByDayAndByCommit() {
    History h = read();
    PlanLog days =
        PlanLog.of(
            h,
            "growth",
            new PlanLog.Day(LocalDate.of(2027, 3, 1)),
            new PlanLog.Day(LocalDate.of(2027, 3, 5)));
    assertEquals(
        List.of(ids.get("deadline"), ids.get("lower")),
        days.entries().stream().map(x -> x.commit().id()).toList());
    PlanLog revs =
        PlanLog.of(
            h, "growth", new PlanLog.At(ids.get("lower")), new PlanLog.At(ids.get("retrofit")));
    assertEquals(
        List.of(ids.get("retrofit"), ids.get("deadline")),
        revs.entries().stream().map(x -> x.commit().id()).toList());
    assertEquals(List.of(), PlanLog.of(h, "other", null, null).entries());
  }

  @Test
  void commitDatesFollowPacsTimeZone() throws Exception {
    Path other = dir.resolve("late");
    try (TestRepo r = TestRepo.init(other)) {
      r.write("plans/growth.yaml", Scenario.PLAN);
      r.commit("Late on the 31st in Paris", "Ana", "2027-03-31T22:30:00Z");
    }
    assertEquals(
        LocalDate.of(2027, 3, 31), read(other, ZoneOffset.UTC).steps().get(0).commit().date());
    assertEquals(
        LocalDate.of(2027, 4, 1),
        read(other, ZoneId.of("Europe/Paris")).steps().get(0).commit().date());
  }

  @Test
  void aShallowCloneKnowsOnlyWhatItHas() throws Exception {
    try (TestRepo r = TestRepo.init(dir)) {
      r.shallowAt(ids.get("lower"));
    }
    History h = read();
    String missing = EN.say(h.missing());
    assertTrue(
        missing.startsWith(
            "the clone is shallow: the history before "
                + ids.get("lower").substring(0, 7)
                + " (2027-03-01) is missing"),
        missing);
    assertTrue(missing.contains("fetch-depth: 0"));
    assertEquals(ids.get("lower"), h.steps().get(0).commit().id());
    EntryHistories e = EntryHistories.of(h, LocalDate.of(2027, 3, 31));
    ObjectiveHistory mql = e.objective("growth", "grow-mql");
    assertNull(mql.originalTarget()); // the commit that added it is missing
    assertEquals(List.of("deadline"), mql.revisions().stream().map(Revision::field).toList());
    assertEquals(
        0.3, e.objective("growth", "win-rate").originalTarget()); // added after the boundary
    assertEquals(
        List.of(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 19)),
        e.action("growth", "cold-calls").changes());
    assertNull(e.action("growth", "webinars").lastChanged());
    PlanLog log = PlanLog.of(h, null, null, null);
    assertEquals(h.missing(), log.notes().get(0));
    assertFalse(log.entries().stream().anyMatch(x -> x.commit().id().equals(ids.get("lower"))));
  }

  @Test
  void noRepositoryIsAnEmptyHistoryWithANote() {
    History h = read(dir.resolve("plans"), ZoneOffset.UTC);
    assertEquals(12, h.steps().size()); // the folder is inside the repository
    Path outside = dir.getParent().resolve(dir.getFileName() + "-nogit");
    History none = read(outside, ZoneOffset.UTC);
    assertEquals(List.of(), none.steps());
    assertEquals(Text.of("notes.history.no-repository"), none.missing());
  }

  @Test
  void trailersReadDecisionsWhyAndProblems() {
    Trailers.Parsed p =
        Trailers.parse(
            List.of(
                new GitHistory.Footer("Why", "first reason"),
                new GitHistory.Footer("Decision", "a adjust"),
                new GitHistory.Footer("decision", "b STOP"),
                new GitHistory.Footer("Why", "b costs too much"),
                new GitHistory.Footer("Decision", "c maybe"),
                new GitHistory.Footer("Signed-off-by", "Ana")));
    assertEquals(
        List.of(
            new Trailer("a", Verdict.ADJUST, "first reason"),
            new Trailer("b", Verdict.STOP, "b costs too much")),
        p.decisions());
    assertEquals(
        List.of(
            "the trailer 'Decision: c maybe' does not read: write 'Decision: ACTION-ID continue',"
                + " 'adjust' or 'stop'"),
        p.problems().stream().map(EN::say).toList());
  }
}
