package dev.pac.cli;

import dev.pac.diff.DiffReport;
import dev.pac.git.GitPlans;
import dev.pac.git.PlanSource;
import dev.pac.report.ActualsIndex;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code pac diff} compares: the plans of the workspace's plans folder at two revisions (or
 * one and the working tree), each loaded and checked; a plan that does not load is kept, for the
 * diff to note.
 */
record DiffInputs(String base, List<LoadedPlan> before, String head, List<LoadedPlan> after) {
  /** BASE (null: HEAD) against HEAD (null: the working tree). */
  static DiffInputs read(Pac pac, String base, String head) {
    LoadedWorkspace ws = pac.workspace();
    String baseRev = base == null ? "HEAD" : base;
    try (GitPlans git = GitPlans.open(ws.root(), pac.display(ws.root()))) {
      String folder = git.repoPath(ws.plansDir(), pac.display(ws.plansDir()));
      List<PlanSource> before = git.atRevision(baseRev, folder);
      List<PlanSource> after =
          head == null ? git.inWorkingTree(folder) : git.atRevision(head, folder);
      LocalDate today = pac.env().today();
      PlanLoader loader = pac.planLoader();
      return new DiffInputs(
          baseRev,
          load(loader, before, ws, today),
          head == null ? DiffReport.WORKING_TREE : head,
          load(loader, after, ws, today));
    }
  }

  /** The working tree's actuals, which both sides' figures are computed with. */
  static ActualsIndex actuals(Pac pac) {
    Path store = pac.workspace().actualsFile();
    return ReportInputs.index(store, pac.display(store), pac.keptIndexes());
  }

  private static List<LoadedPlan> load(
      PlanLoader loader, List<PlanSource> sources, LoadedWorkspace ws, LocalDate today) {
    List<LoadedPlan> out = new ArrayList<>();
    for (PlanSource s : sources) {
      Path path = Path.of(s.path());
      out.add(
          s.refusal() != null
              ? loader.check(path, YamlReader.refused(s.path(), s.refusal()), ws.settings(), today)
              : loader.load(path, s.path(), s.bytes(), ws.settings(), today));
    }
    return out;
  }
}
