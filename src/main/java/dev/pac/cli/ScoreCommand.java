package dev.pac.cli;

import dev.pac.check.LoadedPlan;
import dev.pac.error.PacException;
import dev.pac.model.Criterion;
import dev.pac.model.Plan;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import dev.pac.render.Labels;
import dev.pac.render.CsvDialect;
import dev.pac.render.ScoreCsv;
import dev.pac.render.ScoreJson;
import dev.pac.render.ScoreMarkdown;
import dev.pac.render.ScoreRenderer;
import dev.pac.render.ScoreText;
import dev.pac.render.Style;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.Scorer;
import dev.pac.score.SensitivityAnalysis;
import dev.pac.score.TargetKind;
import dev.pac.text.Nearest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score",
    description = "Rank the plan's segments or channels on their weighted criteria.")
final class ScoreCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, MARKDOWN, CSV }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PLAN", arity = "0..1", description = "A plan id or file (default: the workspace's only plan).")
  String plan;

  @Option(names = "--of", paramLabel = "segments|channels", defaultValue = "segments",
      description = "What to rank (default: ${DEFAULT-VALUE}).")
  TargetKind of;

  @Option(names = "--method", paramLabel = "weighted-sum|topsis",
      description = "The ranking method (default: the plan's scoring.method, else weighted-sum).")
  ScoringMethod method;

  @Option(names = "--weight", paramLabel = "NAME=W", description = "Override one criterion's weight (W >= 0); repeatable.")
  List<String> weights = new ArrayList<>();

  @Option(names = "--explain", description = "Show each criterion's value, normalised value and contribution.")
  boolean explain;

  @Option(names = "--sensitivity", description = "Show, for each weight, the smallest change that changes the top-ranked target.")
  boolean sensitivity;

  @Option(names = "--csv", paramLabel = "DIALECT", description = "With --format csv: rfc4180, excel or excel-fr (default: excel-fr in French, else rfc4180).")
  CsvDialect csv;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, markdown or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  ScoreCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    List<Weights.Change> overrides = Weights.parse(weights);
    LoadedPlan loaded = Plans.one(pac, plan, pac.env().today(), spec.commandLine().getErr());
    output.check(pac, List.of(loaded.path()));
    Plan p = loaded.plan();
    List<Target> targets = of.of(p);
    if (targets.isEmpty()) {
      throw PacException.invalid(loaded.file(), "the plan has no " + of.id() + " to rank; add a `" + of.id()
          + ":` list, each with an id, a name and the criteria to rank on (such as " + (of == TargetKind.SEGMENTS
          ? "sam, ltv, cac, close_rate, cycle_days" : "ltv, cac, conversion_rate, effort") + ")");
    }
    // the plan's own weights were checked with the plan (schema.range): >= 0, one above 0
    Ranking ranking = Scorer.rank(targets, Weights.apply(of.weights(p.scoring()), overrides),
        method != null ? method : p.scoring().method());
    ScoreResult result = new ScoreResult(p.id(), of, ranking, sensitivity ? SensitivityAnalysis.of(targets, ranking) : null);
    ScoreRenderer renderer = switch (format) {
      case TEXT -> new ScoreText(output.toFile() ? Style.PLAIN : pac.style(), Labels.of(pac.language()));
      case JSON -> new ScoreJson();
      case MARKDOWN -> new ScoreMarkdown(Labels.of(pac.language()));
      case CSV -> new ScoreCsv(csv != null ? csv : pac.language() == dev.pac.model.Lang.FR ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180);
    };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(result, explain, w));
    return 0;
  }

  /** The weights {@code pac score} ranks with: the plan's, with the {@code --weight NAME=W} changes. */
  static final class Weights {
    record Change(Criterion criterion, double weight) {}

    private Weights() {}

    /** Parses {@code NAME=W} options; a malformed one, an unknown criterion or a weight below 0 is a usage error. */
    static List<Change> parse(List<String> options) {
      List<Change> out = new ArrayList<>();
      List<String> names = Arrays.stream(Criterion.values()).map(Criterion::id).toList();
      for (String o : options) {
        int eq = o.indexOf('=');
        if (eq < 0) {
          throw PacException.usage("--weight takes NAME=W, such as --weight sam=2; got '" + o + "'");
        }
        String name = o.substring(0, eq).trim();
        String value = o.substring(eq + 1).trim();
        Criterion c = Arrays.stream(Criterion.values()).filter(x -> x.id().equals(name)).findFirst().orElseThrow(() ->
            PacException.usage("--weight: unknown criterion '" + dev.pac.text.Excerpt.of(name) + "'" + Nearest.suggestion(name, names)
                + "; criteria: " + String.join(", ", names)));
        double w;
        try {
          w = new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
          throw PacException.usage("--weight " + name + ": '" + value + "' is not a number");
        }
        if (w < 0 || !Double.isFinite(w)) {
          throw PacException.usage("--weight " + name + ": a weight is a number >= 0, not " + value);
        }
        if (out.stream().anyMatch(x -> x.criterion() == c)) {
          throw PacException.usage("--weight " + name + " is given twice");
        }
        out.add(new Change(c, w));
      }
      return out;
    }

    /** The plan's weights with the overrides applied (a criterion the plan does not weigh comes last). */
    static Map<Criterion, Double> apply(Map<Criterion, Double> weights, List<Change> overrides) {
      Map<Criterion, Double> out = new LinkedHashMap<>(weights);
      for (Change o : overrides) {
        out.put(o.criterion(), o.weight());
      }
      if (out.values().stream().noneMatch(w -> w > 0)) {
        throw PacException.usage("--weight leaves every weight at 0; at least one must be above 0 (weights: "
            + out.entrySet().stream().map(e -> e.getKey().id() + "=" + dev.pac.text.PlainNumber.of(e.getValue()))
                .collect(Collectors.joining(", ")) + ")");
      }
      return out;
    }
  }
}
