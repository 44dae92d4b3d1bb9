package dev.pac.score;

import dev.pac.model.Better;
import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weighted sum: each used criterion min-max normalised over the targets to 0..1 (reversed where
 * lower is better; 1 for every target that gives it where max = min), a missing value scoring 0;
 * score = 100 × Σ(wᵢ·nᵢ) / Σwᵢ, contribution of i = 100 × wᵢ·nᵢ / Σw.
 */
final class WeightedSum {
  private WeightedSum() {}

  static Ranking rank(List<Target> targets, Map<Criterion, Double> weights, List<Criterion> used) {
    double sumW = Scorer.sum(weights, used);
    int m = used.size();
    double[] min = new double[m];
    double[] max = new double[m];
    for (int j = 0; j < m; j++) {
      min[j] = Double.POSITIVE_INFINITY;
      max[j] = Double.NEGATIVE_INFINITY;
      for (Target t : targets) {
        Double v = t.value(used.get(j));
        if (v != null) {
          min[j] = Math.min(min[j], v);
          max[j] = Math.max(max[j], v);
        }
      }
    }
    List<ScoredTarget> scored = new ArrayList<>();
    for (Target t : targets) {
      List<CriterionScore> cs = new ArrayList<>();
      List<Criterion> missing = new ArrayList<>();
      double weighted = 0;
      for (int j = 0; j < m; j++) {
        Criterion c = used.get(j);
        double w = weights.get(c);
        Double v = t.value(c);
        if (v == null) {
          missing.add(c);
          cs.add(new CriterionScore(c, w, null, null, 0.0));
          continue;
        }
        double n = normalise(v, min[j], max[j], c.better());
        weighted += w * n;
        cs.add(new CriterionScore(c, w, v, n, 100 * w * n / sumW));
      }
      scored.add(new ScoredTarget(0, t, 100 * weighted / sumW, cs, missing, null, null));
    }
    return new Ranking(ScoringMethod.WEIGHTED_SUM, weights, used, Scorer.ranked(scored), List.of());
  }

  static double normalise(double v, double min, double max, Better better) {
    if (max == min) {
      return 1;
    }
    return better == Better.HIGHER ? (v - min) / (max - min) : (max - v) / (max - min);
  }
}
