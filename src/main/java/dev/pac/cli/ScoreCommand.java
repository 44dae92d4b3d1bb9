package dev.pac.cli;

import dev.pac.model.ScoringMethod;
import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ScoreCsv;
import dev.pac.render.ScoreJson;
import dev.pac.render.ScoreMarkdown;
import dev.pac.render.ScoreRenderer;
import dev.pac.render.ScoreText;
import dev.pac.render.Style;
import dev.pac.score.ScoreResult;
import dev.pac.score.TargetKind;
import dev.pac.workspace.LoadedPlan;
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
    name = "score",
    description = "Rank the plan's segments or channels on their weighted criteria.")
final class ScoreCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    CSV
  }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(
      paramLabel = "PLAN",
      arity = "0..1",
      description = "A plan id or file (default: the workspace's only plan).")
  String plan;

  @Option(
      names = "--of",
      paramLabel = "segments|channels",
      defaultValue = "segments",
      description = "What to rank (default: ${DEFAULT-VALUE}).")
  TargetKind of;

  @Option(
      names = "--method",
      paramLabel = "weighted-sum|topsis",
      description = "The ranking method (default: the plan's scoring.method, else weighted-sum).")
  ScoringMethod method;

  @Option(
      names = "--weight",
      paramLabel = "NAME=W",
      description = "Override one criterion's weight (W >= 0); repeatable.")
  List<String> weights = new ArrayList<>();

  @Option(
      names = "--explain",
      description = "Show each criterion's value, normalised value and contribution.")
  boolean explain;

  @Option(
      names = "--sensitivity",
      description =
          "Show, for each weight, the smallest change that changes the top-ranked target.")
  boolean sensitivity;

  @Option(
      names = "--csv",
      paramLabel = "DIALECT",
      description =
          "With --format csv: rfc4180, excel or excel-fr (default: excel-fr in French, else"
              + " rfc4180).")
  CsvDialect csv;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  ScoreCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    CsvChoice.check(csv, format == Format.CSV);
    List<ScoreWeights.Change> overrides = ScoreWeights.parse(weights);
    LoadedPlan loaded = Plans.one(pac, plan, pac.env().today(), spec.commandLine().getErr());
    output.check(pac, List.of(loaded.path()));
    ScoreResult result = ScoreWeights.rank(loaded, of, method, overrides, sensitivity);
    Labels labels = Labels.of(pac.language());
    ScoreRenderer renderer =
        switch (format) {
          case TEXT -> new ScoreText(output.toFile() ? Style.PLAIN : pac.style(), labels);
          case JSON -> new ScoreJson();
          case MARKDOWN -> new ScoreMarkdown(labels);
          case CSV -> new ScoreCsv(CsvChoice.of(csv, pac.language()));
        };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(result, explain, w));
    return 0;
  }
}
