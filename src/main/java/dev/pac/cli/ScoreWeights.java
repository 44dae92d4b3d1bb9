package dev.pac.cli;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Criterion;
import dev.pac.model.Plan;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.Scorer;
import dev.pac.score.SensitivityAnalysis;
import dev.pac.score.TargetKind;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.text.PlainNumber;
import dev.pac.workspace.LoadedPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code pac score} ranks with: the plan's targets and weights, with the {@code --weight
 * NAME=W} changes; a malformed change, or a plan with nothing to rank, is refused here.
 */
final class ScoreWeights {
  record Change(Criterion criterion, double weight) {}

  private ScoreWeights() {}

  /**
   * Parses {@code NAME=W} options; a malformed one, an unknown criterion or a weight below 0 is a
   * usage error.
   */
  static List<Change> parse(List<String> options) {
    List<Change> out = new ArrayList<>();
    List<String> names = Arrays.stream(Criterion.values()).map(Criterion::id).toList();
    for (String o : options) {
      int eq = o.indexOf('=');
      if (eq < 0) {
        throw PacException.usage(Text.of("errors.weight.syntax", o));
      }
      String name = o.substring(0, eq).trim();
      String value = o.substring(eq + 1).trim();
      Criterion c =
          Arrays.stream(Criterion.values())
              .filter(x -> x.id().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      PacException.usage(
                          Text.of(
                              "errors.weight.unknown",
                              Excerpt.of(name),
                              Nearest.suggestionText(name, names),
                              String.join(", ", names))));
      double w;
      try {
        w = new BigDecimal(value).doubleValue();
      } catch (NumberFormatException e) {
        throw PacException.usage(Text.of("errors.weight.not-a-number", name, value));
      }
      if (w < 0 || !Double.isFinite(w)) {
        throw PacException.usage(Text.of("errors.weight.negative", name, value));
      }
      if (out.stream().anyMatch(x -> x.criterion() == c)) {
        throw PacException.usage(Text.of("errors.weight.twice", name));
      }
      out.add(new Change(c, w));
    }
    return out;
  }

  /**
   * The plan's weights with the overrides applied (a criterion the plan does not weigh comes last).
   */
  static Map<Criterion, Double> apply(Map<Criterion, Double> weights, List<Change> overrides) {
    Map<Criterion, Double> out = new LinkedHashMap<>(weights);
    for (Change o : overrides) {
      out.put(o.criterion(), o.weight());
    }
    if (out.values().stream().noneMatch(w -> w > 0)) {
      throw PacException.usage(
          Text.of(
              "errors.weight.all-zero",
              out.entrySet().stream()
                  .map(e -> e.getKey().id() + "=" + PlainNumber.of(e.getValue()))
                  .collect(Collectors.joining(", "))));
    }
    return out;
  }

  /**
   * The plan's {@code of} ranked with the overrides, by {@code method} (null: the plan's), with the
   * sensitivity of the top rank when asked; a plan with none of them to rank is refused (exit 1).
   */
  static ScoreResult rank(
      LoadedPlan loaded,
      TargetKind of,
      ScoringMethod method,
      List<Change> overrides,
      boolean sensitivity) {
    Plan p = loaded.plan();
    List<Target> targets = of.of(p);
    if (targets.isEmpty()) {
      throw PacException.invalid(
          loaded.file(),
          Text.of(
              "errors.score.nothing-to-rank",
              of.id(),
              of == TargetKind.SEGMENTS
                  ? "sam, ltv, cac, close_rate, cycle_days"
                  : "ltv, cac, conversion_rate, effort"));
    }
    // the plan's own weights were checked with the plan (schema.range): >= 0, one above 0
    Ranking ranking =
        Scorer.rank(
            targets,
            apply(of.weights(p.scoring()), overrides),
            method != null ? method : p.scoring().method());
    return new ScoreResult(
        p.id(), of, ranking, sensitivity ? SensitivityAnalysis.of(targets, ranking) : null);
  }
}
