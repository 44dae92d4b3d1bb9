package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.git.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pac diff} over a repository built here with JGit: a first commit, a second one that
 * changes a target, adds an action and removes a segment, then changes left in the working tree.
 */
class DiffCommandTest {
  static final String PLAN =
      """
      pac: 1
      id: growth
      title: Growth plan 2027
      owner: Ana
      period: {start: 2027-01-01, end: 2027-12-31}
      budget: 50000
      kpis:
        - id: mql
          name: MQLs
          unit: count
      segments:
        - id: smb
          name: Small businesses
          sam: 1000
        - id: mid-market
          name: Mid-market
          sam: 500
      objectives:
        - id: grow-mql
          title: Grow MQLs from webinars this year
          kpi: mql
          target: 1200
          deadline: 2027-12-31
      actions:
        - id: webinars
          title: Monthly webinars
          objectives: [grow-mql]
          type: promotion
          owner: Bob
          start: 2027-02-01
          due: 2027-11-30
          budget: 10000
      """;

  static final String TRADE_SHOW =
      """
        - id: trade-show
          title: Stand at the regional trade show
          objectives: [grow-mql]
          type: promotion
          owner: Chloé
          start: 2027-05-01
          due: 2027-05-31
          budget: 8000
      """;

  @TempDir Path repo;
  TestRepo git;

  @BeforeEach
  void history() throws Exception {
    git = TestRepo.init(repo);
    git.write("plans/growth.yaml", PLAN).commit("First plan", "Ana", "2027-03-01");
    git.write(
            "plans/growth.yaml",
            PLAN.replace("target: 1200", "target: 1500")
                    .replace(
                        """
                          - id: smb
                            name: Small businesses
                            sam: 1000
                        """,
                        "")
                + TRADE_SHOW)
        .commit("Raise the MQL target, add the trade show, drop SMB", "Ana", "2027-03-08");
  }

  @AfterEach
  void close() {
    git.close();
  }

  @Test
  void twoCommitsAsJson() {
    PacRun r = run("diff", "HEAD~1", "HEAD", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals(
        """
        {
          "base": "HEAD~1",
          "head": "HEAD",
          "changes": [
            {
              "file": "plans/growth.yaml",
              "change": "changed",
              "item": "segment",
              "id": "mid-market",
              "field": "rank",
              "old": 2,
              "new": 1
            },
            {
              "file": "plans/growth.yaml",
              "change": "removed",
              "item": "segment",
              "id": "smb"
            },
            {
              "file": "plans/growth.yaml",
              "change": "changed",
              "item": "objective",
              "id": "grow-mql",
              "field": "target",
              "old": 1200.0,
              "new": 1500.0
            },
            {
              "file": "plans/growth.yaml",
              "change": "added",
              "item": "action",
              "id": "trade-show"
            }
          ],
          "notes": [ ]
        }
        """,
        r.out());
  }

  @Test
  void headAgainstTheWorkingTreeByDefault() throws IOException {
    editPlan(
        head ->
            head.replace("owner: Bob", "owner: Dana").replace("budget: 50000", "budget: 60000")
                + "scoring:\n  segments: {sam: 2, effort: 1}\n");
    PacRun r = run("diff");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        """
        Plan changes from HEAD to the working tree: 7 changes in 1 file

        plans/growth.yaml
          ~ plan growth  budget: 50000 → 60000
          ~ plan growth  scoring.segments.sam: 3 → 2
          ~ plan growth  scoring.segments.ltv_to_cac: 3 → (none)
          ~ plan growth  scoring.segments.close_rate: 2 → (none)
          ~ plan growth  scoring.segments.cycle_days: 1 → (none)
          ~ plan growth  scoring.segments.maturity_fit: 1 → (none)
          ~ action webinars  owner: Bob → Dana
        """,
        r.out());
  }

  @Test
  void baseAloneIsComparedWithTheWorkingTree() throws IOException {
    git.write("plans/extra.yaml", PLAN.replace("id: growth", "id: extra"));
    PacRun r = run("diff", "HEAD~1", "--format", "text");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        """
        Plan changes from HEAD~1 to the working tree: 5 changes in 2 files

        plans/extra.yaml
          + plan extra

        plans/growth.yaml
          ~ segment mid-market  rank: 2 → 1
          - segment smb
          ~ objective grow-mql  target: 1200 → 1500
          + action trade-show
        """,
        r.out());
  }

  @Test
  void markdownForAPullRequestComment() {
    PacRun r = run("diff", "HEAD~1", "HEAD", "--format", "markdown");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        """
        <!-- pac diff -->
        ### Plan changes from `HEAD~1` to `HEAD`

        4 changes in 1 file.

        #### `plans/growth.yaml`

        | Change | Item | Id | Field | Old | New |
        |---|---|---|---|---|---|
        | changed | segment | `mid-market` | `rank` | 2 | 1 |
        | removed | segment | `smb` |  |  |  |
        | changed | objective | `grow-mql` | `target` | 1200 | 1500 |
        | added | action | `trade-show` |  |  |  |
        """,
        r.out());
  }

  /**
   * The same comment (375 characters whole) cut to 371, what the two most important changes take
   * with the last line: the rank change and the addition give way to the removal and the target.
   */
  @Test
  void maxCharsCutsTheCommentToFit() {
    PacRun r = run("diff", "HEAD~1", "HEAD", "--format", "markdown", "--max-chars", "371");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        """
        <!-- pac diff -->
        ### Plan changes from `HEAD~1` to `HEAD`

        4 changes in 1 file.

        #### `plans/growth.yaml`

        | Change | Item | Id | Field | Old | New |
        |---|---|---|---|---|---|
        | removed | segment | `smb` |  |  |  |
        | changed | objective | `grow-mql` | `target` | 1200 | 1500 |

        *2 changes were left out to fit a comment: run `pac diff HEAD~1 HEAD` to see every change.*
        """,
        r.out());
    assertEquals(371, r.out().length());
    PacRun bad = run("diff", "--format", "markdown", "--max-chars", "0");
    assertEquals(2, bad.code());
    assertTrue(
        bad.err()
            .startsWith("pac: error: --max-chars must be a positive number of characters, got 0\n"),
        bad.err());
  }

  @Test
  void theCommentGoesToAFileWithOutput() throws IOException {
    PacRun r = run("diff", "HEAD~1", "HEAD", "--format", "markdown", "--output", "pac-diff.md");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    String md = Files.readString(repo.resolve("pac-diff.md"));
    assertTrue(md.startsWith("<!-- pac diff -->\n### Plan changes from `HEAD~1` to `HEAD`\n"), md);
    assertTrue(md.contains("| changed | objective | `grow-mql` | `target` | 1200 | 1500 |\n"), md);
  }

  @Test
  void nothingChanged() {
    PacRun r = run("diff");
    assertEquals(0, r.code(), r.err());
    assertEquals("No plan changes from HEAD to the working tree.\n", r.out());
  }

  @Test
  void aBrokenPacYamlIsRefused() throws IOException {
    git.write("pac.yaml", "plans: ../elsewhere\n");
    PacRun r = run("diff");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("pac.yaml:1:8: schema.range:"), r.err());
  }

  @Test
  void aPlanThatDoesNotLoadIsANoteNotACrash() throws IOException {
    git.write("plans/growth.yaml", PLAN.replace("target: 1200", "target: lots"));
    PacRun r = run("diff", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"changes\": [ ]"), r.out());
    assertTrue(
        r.out()
            .contains(
                "\"file\": \"plans/growth.yaml\",\n"
                    + "      \"revision\": \"working tree\",\n"
                    + "      \"message\": \"does not load (1 error; at 22:13: schema.type: 'target'"
                    + " must be a number, got the text 'lots')"),
        r.out());
    PacRun text = run("diff");
    assertEquals(
        "No plan changes from HEAD to the working tree.\n\n"
            + "note: plans/growth.yaml at the working tree does not load (1 error; at 22:13:"
            + " schema.type: 'target' must be a number, got the text 'lots'): its changes are not"
            + " listed; `pac validate` shows every error\n",
        text.out());
  }

  @Test
  void aRenamedPlanIsOnePlanThatMoved() throws Exception {
    git.move("plans/growth.yaml", "plans/growth-2027.yaml");
    PacRun r = run("diff");
    assertEquals(
        """
        Plan changes from HEAD to the working tree: 1 change in 1 file

        plans/growth-2027.yaml
          ~ plan growth  file: plans/growth.yaml → plans/growth-2027.yaml
        """,
        r.out());
  }

  @Test
  void aPlanRemovedFromTheWorkingTree() throws Exception {
    Files.delete(repo.resolve("plans/growth.yaml"));
    PacRun r = run("diff", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "\"change\": \"removed\",\n      \"item\": \"plan\",\n      \"id\": \"growth\""),
        r.out());
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    PacRun r = run("diff", "no-such-branch");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(
        "pac: error: unknown git revision 'no-such-branch'; give a branch, a tag or a commit id"
            + " (see `git log`)\n",
        r.err());
    PacRun missing = run("diff", "3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a");
    assertEquals(2, missing.code());
    assertEquals(
        "pac: error: the commit '3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a' is not in this clone; in"
            + " a shallow clone, fetch more history (actions/checkout: fetch-depth: 0)\n",
        missing.err());
    PacRun range = run("diff", "HEAD~1..HEAD");
    assertEquals(2, range.code());
    assertTrue(
        range.err().contains("give the two revisions as two arguments: pac diff BASE HEAD"),
        range.err());
  }

  @Test
  void outsideAGitRepository(@TempDir Path elsewhere) throws IOException {
    Files.createDirectories(elsewhere.resolve("plans"));
    PacRun r = run(elsewhere, "diff");
    assertEquals(3, r.code());
    assertEquals(
        "pac: error: no git repository here or in any folder above: `pac diff` compares plans"
            + " between git revisions, run it in a clone of the plans repository\n",
        r.err());
  }

  @Test
  void aRepositoryWithoutCommits(@TempDir Path empty) throws Exception {
    Git.init().setDirectory(empty.toFile()).call().close();
    PacRun r = run(empty, "diff");
    assertEquals(2, r.code());
    assertEquals(
        "pac: error: unknown git revision 'HEAD'; the repository has no commit yet: commit the"
            + " plans first\n",
        r.err());
  }

  @Test
  void fromASubfolderOfAWorkspaceWithItsOwnPlansFolder() throws Exception {
    git.write("sales/pac.yaml", "plans: plans-2027\n")
        .write("sales/plans-2027/growth.yaml", PLAN)
        .commit("A sales workspace", "Ana", "2027-03-10");
    git.write("sales/plans-2027/growth.yaml", PLAN.replace("owner: Ana", "owner: Eve"));
    Files.createDirectories(repo.resolve("sales/plans-2027/sub"));
    PacRun r = run(repo.resolve("sales/plans-2027/sub"), "diff", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"file\": \"sales/plans-2027/growth.yaml\""), r.out());
    assertTrue(
        r.out().contains("\"field\": \"owner\",\n      \"old\": \"Ana\",\n      \"new\": \"Eve\""),
        r.out());
    // the objective has no owner of its own: it takes the plan's
    assertTrue(
        r.out()
            .contains(
                "\"item\": \"objective\",\n"
                    + "      \"id\": \"grow-mql\",\n"
                    + "      \"field\": \"owner\""),
        r.out());
  }

  @Test
  void failOnRulesNameEachFiringAndExitOne() throws IOException {
    editPlan(
        head ->
            head.replace("target: 1500", "target: 1000")
                .replace("deadline: 2027-12-31", "deadline: 2027-11-30")
                .replace("budget: 50000", "budget: 15000"));
    PacRun r =
        run(
            "diff",
            "--fail-on",
            "target-lowered,deadline-moved-later",
            "--fail-on",
            "budget-over,objective-removed");
    assertEquals(1, r.code(), r.err());
    // the deadline moved earlier: no firing; 10000 + 8000 of actions above 15000
    assertEquals(
        """
        target-lowered: objective grow-mql in plans/growth.yaml: target 1500 → 1000 (its KPI is better higher)
        budget-over: plan growth in plans/growth.yaml: its actions' budgets sum to 18000, above its budget 15000
        """,
        r.err());
    assertTrue(r.out().contains("~ objective grow-mql  target: 1500 → 1000"), r.out());
    // the same change without the rules it breaks passes
    assertEquals(0, run("diff", "--fail-on", "deadline-moved-later,objective-removed").code());
    assertEquals(0, run("diff").code());
  }

  @Test
  void failOnDeadlineLaterAndObjectiveRemoved() throws IOException {
    editPlan(head -> head.replace("deadline: 2027-12-31", "deadline: 2028-01-31"));
    PacRun r = run("diff", "--fail-on", "deadline-moved-later");
    assertEquals(1, r.code());
    assertEquals(
        "deadline-moved-later: objective grow-mql in plans/growth.yaml: deadline 2027-12-31 →"
            + " 2028-01-31\n",
        r.err());
    Files.delete(repo.resolve("plans/growth.yaml"));
    r = run("diff", "--fail-on", "objective-removed");
    assertEquals(1, r.code());
    assertEquals(
        "objective-removed: objective grow-mql in plans/growth.yaml (the plan growth is removed)\n",
        r.err());
  }

  @Test
  void aLowerIsBetterTargetRaisedIsLowered() throws IOException {
    editPlan(
        head ->
            head.replace("unit: count", "unit: count\n    better: lower")
                .replace("target: 1500", "target: 1600"));
    PacRun r = run("diff", "--fail-on", "target-lowered");
    assertEquals(1, r.code());
    assertEquals(
        "target-lowered: objective grow-mql in plans/growth.yaml: target 1500 → 1600 (its KPI is"
            + " better lower)\n",
        r.err());
  }

  @Test
  void projectShowsWhatTheEditDoesToTheReportAndStatusByEditFires() throws IOException {
    StringBuilder store = new StringBuilder("date,kpi,value,segment,channel,action\n");
    for (LocalDate d = LocalDate.of(2027, 1, 4);
        d.isBefore(LocalDate.of(2027, 3, 15));
        d = d.plusWeeks(1)) {
      store.append(d).append(",mql,20,,,\n");
    }
    git.write("data/actuals.csv", store.toString());
    editPlan(head -> head.replace("target: 1500", "target: 300"));
    // 200 MQLs by Sunday 2027-03-14: against 1500 the pace is below 0.8 (off track); against 300,
    // above 0.95
    PacRun r =
        run(
            "diff",
            "--project",
            "--as-of",
            "2027-03-15",
            "--format",
            "json",
            "--fail-on",
            "status-by-edit");
    assertEquals(1, r.code(), r.err());
    assertEquals(
        "status-by-edit: objective grow-mql of plan growth: status off-track → on-track by edit\n",
        r.err());
    assertTrue(
        r.out()
            .contains(
                """
                  "projection": [
                    {
                      "objective": "grow-mql",
                      "field": "status",
                      "old": "off-track",
                      "new": "on-track"
                    },
                    {
                      "objective": "grow-mql",
                      "field": "expected",
                """
                    .stripIndent()
                    .indent(0)
                    .replace("\n  ", "\n  ")),
        r.out());
    assertTrue(
        !r.out().contains("\"field\": \"projection\""),
        r.out()); // a sum's projection extrapolates the actual only
    PacRun text = run("diff", "--project", "--as-of", "2027-03-15");
    assertEquals(0, text.code(), text.err());
    assertTrue(
        text.out().contains("  ~ objective grow-mql  status: off-track → on-track (by edit)\n"),
        text.out());
    // without --project the gate still computes the figures, and prints no projection
    PacRun gate =
        run("diff", "--as-of", "2027-03-15", "--fail-on", "status-by-edit", "--format", "json");
    assertEquals(1, gate.code());
    assertTrue(!gate.out().contains("projection"), gate.out());
  }

  @Test
  void anUnknownRuleIsAUsageErrorNamingTheRules() {
    PacRun r = run("diff", "--fail-on", "target-lowered,budget-ovr");
    assertEquals(2, r.code());
    assertEquals(
        "pac: error: --fail-on: 'budget-ovr' is not a rule; rules: target-lowered,"
            + " deadline-moved-later, objective-removed, budget-over, status-by-edit (did you mean"
            + " `budget-over`?)\n",
        r.err());
  }

  /** Changes the plan in the working tree: {@code change} of what HEAD has. */
  private void editPlan(UnaryOperator<String> change) throws IOException {
    git.write("plans/growth.yaml", change.apply(git.read("plans/growth.yaml")));
  }

  private PacRun run(String... args) {
    return run(repo, args);
  }

  private static PacRun run(Path cwd, String... args) {
    return PacRun.in(cwd, "2027-03-15", args);
  }
}
