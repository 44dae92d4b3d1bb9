package dev.pac.cli;

import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.GateRule;
import dev.pac.diff.PlanDiff;
import dev.pac.diff.ProjectionChange;
import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.render.DiffJson;
import dev.pac.render.DiffMarkdown;
import dev.pac.render.DiffRenderer;
import dev.pac.render.DiffText;
import dev.pac.render.Style;
import dev.pac.report.ProjectionDiff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    description = {
      "What changed in the plans between two git revisions, in plan terms.",
      "No revision: HEAD against the working tree. BASE alone: BASE against the working tree. BASE"
          + " HEAD: two revisions.",
      "A revision is anything git names a commit with: a branch, a tag, a commit id, HEAD~1,"
          + " origin/main."
    })
final class DiffCommand implements Callable<Integer> {
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
      paramLabel = "BASE",
      description = "The revision to compare from (default: HEAD).")
  String base;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "HEAD",
      description = "The revision to compare to (default: the working tree).")
  String head;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      paramLabel = "RULE",
      split = ",",
      completionCandidates = GateRules.class,
      description = {
        "Exit 1 when one of these rules fires, each firing on stderr as RULE: item:",
        "target-lowered, deadline-moved-later, objective-removed, budget-over, status-by-edit."
      })
  List<String> failOn;

  @Option(
      names = "--project",
      description =
          "Also show what the edit does to each objective's status, projection and expected figure:"
              + " both sides computed with the working tree's actuals and the same date.")
  boolean project;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The date --project computes the figures on (default: today).")
  LocalDate asOf;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "" + DiffMarkdown.DEFAULT_MAX_CHARS,
      description =
          "Markdown only: at most N characters, to fit a pull request comment; the most important"
              + " changes are kept and a last line says how many were left out (default:"
              + " ${DEFAULT-VALUE}).")
  int maxChars;

  DiffCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    if (maxChars < 1) {
      throw PacException.usage(Text.of("errors.usage.max-chars", maxChars));
    }
    List<GateRule> rules = GateRules.parse(failOn);
    // both sides are bound with the working tree's settings: refused when broken, as elsewhere
    Plans.refuseBrokenSettings(pac.workspace(), spec.commandLine().getErr(), pac.catalogue());
    output.check(pac, List.of());
    DiffInputs in = DiffInputs.read(pac, base, head);
    DiffReport report =
        new PlanDiff(PlanRankings.of()).compare(in.base(), in.before(), in.head(), in.after());
    DiffReport gated = report;
    if (project || rules.contains(GateRule.STATUS_BY_EDIT)) {
      List<DiffNote> notes = new ArrayList<>();
      List<ProjectionChange> changes =
          ProjectionDiff.compare(
              in.before(),
              in.after(),
              DiffInputs.actuals(pac),
              asOf != null ? asOf : pac.env().today(),
              report.base(),
              report.head(),
              notes);
      gated = report.withProjection(changes, notes);
    }
    List<Text> fired = GateRule.check(rules, gated, in.before(), in.after());
    DiffReport shown = project ? gated : report;
    DiffRenderer renderer =
        switch (format) {
          case TEXT -> new DiffText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue());
          case MARKDOWN -> new DiffMarkdown(maxChars, pac.catalogue());
          case JSON -> new DiffJson();
        };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(shown, w));
    fired.forEach(f -> spec.commandLine().getErr().println(pac.catalogue().say(f)));
    return fired.isEmpty() ? 0 : 1;
  }
}
