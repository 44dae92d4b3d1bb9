package dev.pac.cli;

import dev.pac.diff.PlanDiff;
import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.files.PlanFiles;
import dev.pac.git.GitHistory;
import dev.pac.history.History;
import dev.pac.history.PlanLog;
import dev.pac.i18n.Text;
import dev.pac.render.LogJson;
import dev.pac.render.LogMarkdown;
import dev.pac.render.LogRenderer;
import dev.pac.render.LogText;
import dev.pac.render.Style;
import dev.pac.text.Nearest;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "log",
    description = {
      "The plans' history in plan terms, newest first: each commit that changed a plan or",
      "recorded a decision (a `Decision: ACTION-ID continue|adjust|stop` trailer), with its changes"
          + " as `pac diff` lists them."
    })
final class LogCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    MARKDOWN,
    JSON
  }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN",
      description = "A plan id or file (default: every plan).")
  String plan;

  @Option(
      names = "--since",
      paramLabel = "DATE|REV",
      description = "From this day (included), or after this commit.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE|REV",
      description = "Up to this day, or this commit (both included).")
  String until;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  LogCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    LoadedWorkspace ws = pac.workspace();
    PrintWriter err = spec.commandLine().getErr();
    // the plans folder and the defaults come from pac.yaml: refused when broken, as elsewhere
    Plans.refuseBrokenSettings(ws, err, pac.catalogue());
    PlanLog log;
    try (GitHistory git = GitHistory.find(ws.root())) {
      History history = HistoryOptions.read(pac, ws, git, new PlanDiff(PlanRankings.of()));
      PlanLog.Bound from = HistoryOptions.bound("--since", since, git, history);
      PlanLog.Bound to = HistoryOptions.bound("--until", until, git, history);
      HistoryOptions.checkRange(from, to, history, since, until);
      log = PlanLog.of(history, plan == null ? null : planId(ws, history), from, to);
    }
    Notices notices = Notices.of(pac, err);
    log.notes().forEach(notices::note);
    log.warnings().forEach(notices::warning);
    LogRenderer renderer =
        switch (format) {
          case TEXT -> new LogText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue());
          case MARKDOWN -> new LogMarkdown(pac.catalogue());
          case JSON -> new LogJson();
        };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(log, w));
    return 0;
  }

  /**
   * The plan id PLAN names: a plan file's id, else a plan id the history or the workspace knows.
   */
  private String planId(LoadedWorkspace ws, History history) {
    Path asFile = pac.resolve(Path.of(plan));
    if ((plan.contains(".") || plan.contains("/")) && Files.isRegularFile(asFile)) {
      LoadedPlan p =
          pac.planLoader().load(asFile, pac.display(asFile), ws.settings(), pac.env().today());
      if (p.plan() == null || p.plan().id() == null) {
        throw PacException.invalid(pac.display(asFile), Text.of("errors.log.no-plan-id"));
      }
      return p.plan().id();
    }
    List<LoadedPlan> current = List.of();
    if (Files.isDirectory(ws.plansDir())) {
      current =
          pac.planLoader()
              .loadAll(
                  PlanFiles.under(ws.plansDir(), pac.display(ws.plansDir())),
                  pac::display,
                  ws.settings(),
                  pac.env().today());
    }
    List<String> ids = HistoryOptions.planIds(history, current);
    if (!ids.contains(plan)) {
      throw new PacException(
          ExitCode.IO,
          plan,
          Text.of(
              "errors.log.no-such-plan",
              Nearest.suggestionText(plan, ids),
              ids.isEmpty()
                  ? Text.plain("")
                  : Text.of("errors.plans.list", String.join(", ", ids))),
          null);
    }
    return plan;
  }
}
