package dev.pac.cli;

import dev.pac.check.LoadedWorkspace;
import dev.pac.check.Validation;
import dev.pac.check.ValidationReport;
import dev.pac.io.PlanFiles;
import dev.pac.render.FindingsJson;
import dev.pac.render.FindingsRenderer;
import dev.pac.render.FindingsText;
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

@Command(name = "validate", description = "Check plan files: the plan format, references and the SMART rules.")
final class ValidateCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Plan files or folders (default: the workspace's plans folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--strict", description = "Warnings fail the run too.")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "The date action.stale judges by (default: today).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  ValidateCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    LoadedWorkspace ws = pac.workspace();
    List<Path> files = new ArrayList<>();
    if (paths.isEmpty()) {
      files.addAll(PlanFiles.under(ws.plansDir(), pac.display(ws.plansDir())));
    }
    for (Path p : paths) {
      files.addAll(PlanFiles.under(pac.resolve(p), p.toString()));
    }
    ValidationReport report = Validation.run(ws, files, asOf != null ? asOf : pac.env().today(), pac::display);
    FindingsRenderer renderer = switch (format) {
      case TEXT -> new FindingsText(output.toFile() ? dev.pac.render.Style.PLAIN : pac.style());
      case JSON -> new FindingsJson();
    };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(report, w));
    return report.fails(strict) ? 1 : 0;
  }
}
