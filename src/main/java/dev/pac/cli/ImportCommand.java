package dev.pac.cli;

import dev.pac.actuals.ImportProgress;
import dev.pac.imports.Importer;
import dev.pac.render.ImportJson;
import dev.pac.render.ImportProgressBar;
import dev.pac.render.ImportText;
import dev.pac.render.Style;
import java.io.PrintWriter;
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

@Command(
    name = "import",
    description =
        "Import CSV exports (CRM reports, spreadsheets) into the actuals store: rows are upserted"
            + " on (date, kpi, segment, channel, action); one bad row rejects the import.")
final class ImportCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  private final Pac pac;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CSV", arity = "1..*", description = "CSV files to import.")
  List<Path> csvs = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE|NAME",
      description =
          "The mapping describing the CSV's layout: a YAML file, or NAME for mappings/NAME.yaml of"
              + " the workspace (default: the CSV has the store's columns).")
  String mapping;

  @Option(
      names = "--dry-run",
      description = "Read and check everything, print the summary, write nothing.")
  boolean dryRun;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputOption output;

  ImportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    ImportInputs in = ImportInputs.read(pac, csvs, mapping, spec.commandLine().getErr());
    output.check(pac, in.files()); // before anything is written
    ImportProgress progress =
        pac.env().stderrTerminal()
            ? new ImportProgressBar(pac.rawErr(), width())
            : ImportProgress.NONE;
    Importer.Outcome o = in.run(dryRun, progress);
    PrintWriter err = spec.commandLine().getErr();
    output.write(
        pac,
        spec.commandLine().getOut(),
        w -> {
          switch (format) {
            case TEXT ->
                new ImportText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue())
                    .render(o.result(), w, err);
            case JSON -> new ImportJson().render(o.result(), w);
          }
        });
    return o.result().rejected().isEmpty() ? 0 : 1;
  }

  private int width() {
    try {
      return Math.max(40, Integer.parseInt(pac.env().var("COLUMNS")));
    } catch (NumberFormatException | NullPointerException e) {
      return 80;
    }
  }
}
