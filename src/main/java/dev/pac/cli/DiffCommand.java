package dev.pac.cli;

import dev.pac.model.Plan;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Scorer;
import dev.pac.score.TargetKind;

import dev.pac.check.LoadedPlan;
import dev.pac.check.LoadedWorkspace;
import dev.pac.check.PlanLoader;
import dev.pac.diff.DiffReport;
import dev.pac.diff.DiffNote;
import dev.pac.diff.GateRule;
import dev.pac.diff.ProjectionChange;
import dev.pac.report.ProjectionDiff;
import dev.pac.io.ActualsStore;
import dev.pac.report.ActualsIndex;
import java.time.LocalDate;
import dev.pac.diff.PlanDiff;
import dev.pac.io.git.GitPlans;
import dev.pac.io.git.PlanSource;
import dev.pac.io.yaml.YamlDocument;
import dev.pac.io.yaml.YamlReader;
import dev.pac.render.DiffJson;
import dev.pac.render.DiffMarkdown;
import dev.pac.render.DiffRenderer;
import dev.pac.render.DiffText;
import dev.pac.render.Style;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = {"What changed in the plans between two git revisions, in plan terms.",
    "No revision: HEAD against the working tree. BASE alone: BASE against the working tree. BASE HEAD: two revisions.",
    "A revision is anything git names a commit with: a branch, a tag, a commit id, HEAD~1, origin/main."})
final class DiffCommand implements Callable<Integer> {
  enum Format { TEXT, MARKDOWN, JSON }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(index = "0", arity = "0..1", paramLabel = "BASE", description = "The revision to compare from (default: HEAD).")
  String base;

  @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "The revision to compare to (default: the working tree).")
  String head;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", paramLabel = "RULE", split = ",", completionCandidates = GateRules.class,
      description = {"Exit 1 when one of these rules fires, each firing on stderr as RULE: item:",
          "target-lowered, deadline-moved-later, objective-removed, budget-over, status-by-edit."})
  List<String> failOn;

  @Option(names = "--project", description = "Also show what the edit does to each objective's status, projection and"
      + " expected figure: both sides computed with the working tree's actuals and the same date.")
  boolean project;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "The date --project computes the figures on (default: today).")
  LocalDate asOf;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + DiffMarkdown.DEFAULT_MAX_CHARS,
      description = "Markdown only: at most N characters, to fit a pull request comment; the most important changes"
          + " are kept and a last line says how many were left out (default: ${DEFAULT-VALUE}).")
  int maxChars;

  DiffCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    if (maxChars < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-chars must be a positive number of characters, got " + maxChars);
    }
    List<GateRule> rules = GateRules.parse(failOn);
    LoadedWorkspace ws = pac.workspace();
    output.check(pac, List.of());
    String baseRev = base == null ? "HEAD" : base;
    DiffReport report;
    List<String> fired;
    List<LoadedPlan> basePlans;
    List<LoadedPlan> headPlans;
    try (GitPlans git = GitPlans.open(ws.root(), pac.display(ws.root()))) {
      String folder = git.repoPath(ws.plansDir(), pac.display(ws.plansDir()));
      List<PlanSource> before = git.atRevision(baseRev, folder);
      List<PlanSource> after = head == null ? git.inWorkingTree(folder) : git.atRevision(head, folder);
      basePlans = load(before, ws);
      headPlans = load(after, ws);
      report = new PlanDiff(rankings()).compare(baseRev, basePlans, head == null ? DiffReport.WORKING_TREE : head, headPlans);
    }
    if (project || rules.contains(GateRule.STATUS_BY_EDIT)) {
      Path store = ws.actualsFile();
      ActualsIndex index = new ActualsIndex(ActualsStore.read(store, pac.display(store)));
      List<DiffNote> notes = new ArrayList<>();
      List<ProjectionChange> changes = ProjectionDiff.compare(basePlans, headPlans, index,
          asOf != null ? asOf : pac.env().today(), report.base(), report.head(), notes);
      DiffReport projected = report.withProjection(changes, notes);
      report = project ? projected : report;
      fired = GateRule.check(rules, projected, basePlans, headPlans);
    } else {
      fired = GateRule.check(rules, report, basePlans, headPlans);
    }
    DiffRenderer renderer = switch (format) {
      case TEXT -> new DiffText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue());
      case MARKDOWN -> new DiffMarkdown(maxChars, pac.catalogue());
      case JSON -> new DiffJson();
    };
    DiffReport shown = report;
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(shown, w));
    fired.forEach(spec.commandLine().getErr()::println);
    return fired.isEmpty() ? 0 : 1;
  }

  private List<LoadedPlan> load(List<PlanSource> sources, LoadedWorkspace ws) {
    YamlReader reader = new YamlReader();
    PlanLoader loader = new PlanLoader(reader);
    List<LoadedPlan> out = new ArrayList<>();
    for (PlanSource s : sources) {
      YamlDocument doc = s.refusal() != null ? YamlReader.refused(s.path(), s.refusal()) : reader.parse(s.bytes(), s.path());
      out.add(loader.check(Path.of(s.path()), doc, ws.settings(), pac.env().today()));
    }
    return out;
  }

  /** The segment and channel rankings whose changes the diff reports, each plan with its own method and weights. */
  static PlanDiff.Rankings rankings() {
    return new PlanDiff.Rankings(p -> ranked(p, TargetKind.SEGMENTS), p -> ranked(p, TargetKind.CHANNELS));
  }

  private static List<String> ranked(Plan p, TargetKind kind) {
    return Scorer.rank(kind.of(p), kind.weights(p.scoring()), p.scoring().method())
        .ranked().stream().map(ScoredTarget::id).toList();
  }
}
