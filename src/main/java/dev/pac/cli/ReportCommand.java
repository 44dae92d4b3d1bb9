package dev.pac.cli;

import dev.pac.check.LoadedPlan;
import dev.pac.check.LoadedWorkspace;
import dev.pac.diff.PlanDiff;
import dev.pac.history.EntryHistories;
import dev.pac.history.History;
import dev.pac.history.Step;
import dev.pac.io.git.GitHistory;
import java.io.PrintWriter;
import dev.pac.io.ActualsStore;
import dev.pac.model.Lang;
import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ReportCsv;
import dev.pac.render.ReportHtml;
import dev.pac.render.ReportJson;
import dev.pac.render.ReportMarkdown;
import dev.pac.render.ReportRenderer;
import dev.pac.render.ReportText;
import dev.pac.render.Style;
import dev.pac.report.ActualsIndex;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.report.Owners;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import dev.pac.error.PacException;
import dev.pac.text.Nearest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "The weekly stand-up report: objectives against plan, period-over-period alerts, stale KPIs, action review, what comes next.")
final class ReportCommand implements Callable<Integer> {
  enum Format { TEXT, MARKDOWN, HTML, JSON, CSV }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan ids or files (default: every plan of the workspace).")
  List<String> plans = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "The report date (default: today).")
  LocalDate asOf;

  @Option(names = "--owner", paramLabel = "NAME", description = "Only the objectives and actions of this owner (case and any \"(role)\" ignored).")
  String owner;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown, html, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--csv", paramLabel = "DIALECT", description = "With --format csv: rfc4180, excel or excel-fr (default: excel-fr in French, else rfc4180).")
  CsvDialect csv;

  @Option(names = "--from-history", description = {"Read the plans and the actuals store as committed on the report date",
      "(the last commit of HEAD's first-parent history dated on or before it), not from the working tree."})
  boolean fromHistory;

  ReportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    LocalDate date = asOf != null ? asOf : pac.env().today();
    PrintWriter err = spec.commandLine().getErr();
    LoadedWorkspace ws = pac.workspace();
    History history;
    Past past = null;
    try (GitHistory git = GitHistory.find(ws.root())) {
      history = HistoryOptions.read(pac, ws, git, new PlanDiff(null));
      if (fromHistory) {
        past = past(git, history, ws, date, err);
      }
    }
    if (history.missing() != null) {
      err.println("pac: note: " + history.missing());
    }
    List<LoadedPlan> loaded = past != null ? past.plans() : Plans.load(pac, plans, date, err);
    String who = owner == null || owner.isBlank() ? null : owner;
    if (who != null) {
      refuseUnknownOwner(who, loaded);
    }
    output.check(pac, loaded.stream().map(LoadedPlan::path).toList());
    Path store = pac.workspace().actualsFile();
    ActualsIndex index;
    if (past != null) {
      index = new ActualsIndex(past.rows());
    } else {
      if (!Files.exists(store)) {
        err.println("pac: note: " + pac.display(store)
            + ": no actuals store yet, so every objective shows no-data; `pac import` fills it");
      }
      index = new ActualsIndex(ActualsStore.read(store, pac.display(store)));
    }
    EntryHistories entries = EntryHistories.of(history, date);
    Set<String> known = new HashSet<>();
    loaded.forEach(p -> p.plan().kpis().forEach(k -> known.add(k.id())));
    List<PlanReport> reports = new ArrayList<>();
    for (LoadedPlan p : loaded) {
      reports.add(new ReportBuilder(p.plan(), index, date, known, entries).build(who));
    }
    Labels labels = Labels.of(pac.language());
    ReportRenderer renderer = switch (format) {
      case TEXT -> new ReportText(output.toFile() ? Style.PLAIN : pac.style(), labels);
      case MARKDOWN -> new ReportMarkdown(labels);
      case HTML -> new ReportHtml(labels);
      case JSON -> new ReportJson(labels);
      case CSV -> new ReportCsv(csv != null ? csv : pac.language() == Lang.FR ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180);
    };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(reports, w));
    return 0;
  }

  /** The plans and store rows as committed at the end of a day. */
  private record Past(List<LoadedPlan> plans, List<dev.pac.model.ActualRow> rows) {}

  /**
   * The plans (those named, or all) and the store at the last commit dated on or before {@code date}; null,
   * with a note, when the history has no such commit (the working tree is read instead).
   */
  private Past past(GitHistory git, History history, LoadedWorkspace ws, LocalDate date, PrintWriter err) {
    Step at = history.at(date);
    if (at == null) {
      err.println("pac: note: --from-history: no commit of HEAD's history is dated on or before " + date
          + (history.steps().isEmpty() ? "" : " (the oldest here is " + history.steps().get(0).commit().date() + ")")
          + ", so the report reads the working tree" + (git != null && git.shallow() ? "; the clone is shallow: fetch the"
          + " whole history (`git fetch --unshallow`, or `fetch-depth: 0` under actions/checkout)" : ""));
      return null;
    }
    String commit = at.commit().id();
    String folder = git.repoPath(ws.plansDir());
    dev.pac.io.yaml.YamlReader reader = new dev.pac.io.yaml.YamlReader();
    dev.pac.check.PlanLoader loader = new dev.pac.check.PlanLoader(reader);
    List<LoadedPlan> all = new ArrayList<>();
    for (GitHistory.FileVersion f : git.planFiles(commit, folder)) {
      all.add(loader.check(Path.of(f.path()), reader.parse(git.bytes(f.blob()), f.path() + "@" + at.commit().shortId()),
          ws.settings(), date));
    }
    List<LoadedPlan> chosen = new ArrayList<>();
    for (String name : plans) {
      LoadedPlan p = all.stream().filter(x -> x.plan() != null && name.equals(x.plan().id())
          || Path.of(x.path().toString()).getFileName().toString().equals(Path.of(name).getFileName().toString())).findFirst()
          .orElseThrow(() -> PacException.usage("--from-history: no plan '" + name + "' at " + at.commit().shortId() + " ("
              + at.commit().date() + "); plans then: " + String.join(", ", all.stream().filter(x -> x.plan() != null)
              .map(x -> x.plan().id()).toList())));
      if (!chosen.contains(p)) {
        chosen.add(p);
      }
    }
    if (plans.isEmpty()) {
      chosen.addAll(all);
    }
    if (chosen.isEmpty()) {
      throw PacException.invalid(null, "--from-history: no plan files at " + at.commit().shortId() + " (" + at.commit().date() + ")");
    }
    List<dev.pac.model.Finding> errors = new ArrayList<>();
    chosen.forEach(p -> errors.addAll(p.findings()));
    Refusal.ifErrors(errors, err, "in the plan as committed at " + at.commit().shortId() + " (" + at.commit().date() + ")");
    String storePath = git.repoPath(ws.actualsFile());
    String blob = storePath == null ? null : git.file(commit, storePath);
    err.println("pac: note: --from-history: plans and actuals as committed at " + at.commit().shortId() + " ("
        + at.commit().date() + ")" + (blob == null ? "; no actuals store was committed then, so every objective shows no-data" : ""));
    return new Past(chosen, blob == null ? List.of() : ActualsStore.rows(git.bytes(blob), storePath + "@" + at.commit().shortId()));
  }

  /** An owner nobody in these plans is: a usage error listing the owners, nearest first. */
  private static void refuseUnknownOwner(String who, List<LoadedPlan> loaded) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (LoadedPlan p : loaded) {
      p.plan().objectives().forEach(o -> owners.putIfAbsent(Owners.key(o.owner()), Owners.name(o.owner())));
      p.plan().actions().forEach(a -> owners.putIfAbsent(Owners.key(a.owner()), Owners.name(a.owner())));
    }
    if (!owners.containsKey(Owners.key(who))) {
      List<String> names = Nearest.sorted(Owners.name(who), new TreeSet<>(owners.values()));
      throw PacException.usage("--owner '" + dev.pac.text.Excerpt.of(who) + "' owns no objective or action; owners: " + String.join(", ", names));
    }
  }
}
