package dev.pac.cli;

import dev.pac.files.PlanFiles;
import dev.pac.render.FindingsGithub;
import dev.pac.render.FindingsJson;
import dev.pac.render.FindingsJunit;
import dev.pac.render.FindingsRenderer;
import dev.pac.render.FindingsSarif;
import dev.pac.render.FindingsText;
import dev.pac.render.Style;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.Validation;
import dev.pac.workspace.ValidationReport;
import java.nio.file.Path;
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
    name = "validate",
    description = "Check plan files: the plan format, references and the SMART rules.")
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON,
    GITHUB,
    SARIF,
    JUNIT,
    AUTO
  }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Plan files or folders (default: the workspace's plans folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--strict", description = "Warnings fail the run too.")
  boolean strict;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The date action.stale judges by (default: today).")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "text, json, github (Actions annotations), sarif, junit, or auto: github when"
              + " GITHUB_ACTIONS=true, else text (default: ${DEFAULT-VALUE}).")
  Format format;

  ValidateCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    pac.namePathsFromRepositoryRoot();
    LoadedWorkspace ws = pac.workspace();
    List<Path> files = Plans.files(pac, paths);
    output.check(pac, files.stream().filter(f -> !PlanFiles.STDIN.equals(f.toString())).toList());
    ValidationReport report =
        Validation.run(
            pac.checkingLoader(),
            ws,
            files,
            paths.isEmpty(),
            asOf != null ? asOf : pac.env().today(),
            pac::display,
            pac.env().stdin().get());
    Format chosen =
        format == Format.AUTO
            ? ("true".equals(pac.env().var("GITHUB_ACTIONS")) ? Format.GITHUB : Format.TEXT)
            : format;
    FindingsRenderer renderer =
        switch (chosen) {
          case TEXT, AUTO ->
              new FindingsText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue());
          case JSON -> new FindingsJson();
          case GITHUB -> new FindingsGithub(pac.catalogue());
          case SARIF -> new FindingsSarif(pac.version(), pac.home());
          case JUNIT -> new FindingsJunit(strict, pac.catalogue());
        };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(report, w));
    String summary = pac.env().var("GITHUB_STEP_SUMMARY");
    if (chosen == Format.GITHUB && summary != null && !summary.isEmpty()) {
      StepSummary.append(pac.resolve(Path.of(summary)), report, pac.catalogue());
    }
    return report.fails(strict) ? 1 : 0;
  }
}
