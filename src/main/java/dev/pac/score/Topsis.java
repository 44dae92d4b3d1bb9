package dev.pac.score;

import dev.pac.model.Better;
import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * TOPSIS over the targets that give every used criterion (the others are excluded): rᵢⱼ = xᵢⱼ /
 * √Σₖxₖⱼ² (0 for a criterion whose values are all 0), vᵢⱼ = rᵢⱼ·wⱼ/Σw; the ideal takes the best vⱼ
 * by direction, the anti-ideal the worst; d⁺, d⁻ the Euclidean distances to them; score = 100 × d⁻
 * / (d⁺ + d⁻), and 100 when d⁺ + d⁻ = 0 (every ranked target is the ideal, as with a single
 * target).
 *
 * <p>Contributions split the score in proportion to each criterion's share of d⁻² (how far it
 * carries the target away from the anti-ideal), so they add up to the score; when d⁺ + d⁻ = 0 they
 * are 100 × wⱼ/Σw.
 */
final class Topsis {
  private Topsis() {}

  /** The computation on plain arrays, shared by the ranking and the sensitivity scan. */
  static final class Solution {
    final boolean[] eligible;
    final double[][] r;
    final double[] dPlus;
    final double[] dMinus;
    final double[] score;
    final double[][] contribution;

    /**
     * @param x values, target × criterion, NaN where missing
     * @param w weights ≥ 0 (0 = not used), at least one &gt; 0
     * @param higher whether higher is better, by criterion
     */
    Solution(double[][] x, double[] w, boolean[] higher) {
      int n = x.length;
      int m = w.length;
      double sumW = 0;
      for (double wj : w) {
        sumW += wj;
      }
      eligible = new boolean[n];
      for (int i = 0; i < n; i++) {
        eligible[i] = true;
        for (int j = 0; j < m; j++) {
          if (w[j] > 0 && Double.isNaN(x[i][j])) {
            eligible[i] = false;
          }
        }
      }
      r = new double[n][m];
      double[][] v = new double[n][m];
      double[] ideal = new double[m];
      double[] anti = new double[m];
      for (int j = 0; j < m; j++) {
        if (w[j] == 0) {
          continue;
        }
        double sq = 0;
        for (int i = 0; i < n; i++) {
          if (eligible[i]) {
            sq += x[i][j] * x[i][j];
          }
        }
        double norm = Math.sqrt(sq);
        ideal[j] = higher[j] ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        anti[j] = -ideal[j];
        for (int i = 0; i < n; i++) {
          if (!eligible[i]) {
            continue;
          }
          r[i][j] = norm == 0 ? 0 : x[i][j] / norm;
          v[i][j] = r[i][j] * (w[j] / sumW);
          if (higher[j]) {
            ideal[j] = Math.max(ideal[j], v[i][j]);
            anti[j] = Math.min(anti[j], v[i][j]);
          } else {
            ideal[j] = Math.min(ideal[j], v[i][j]);
            anti[j] = Math.max(anti[j], v[i][j]);
          }
        }
      }
      dPlus = new double[n];
      dMinus = new double[n];
      score = new double[n];
      contribution = new double[n][m];
      for (int i = 0; i < n; i++) {
        if (!eligible[i]) {
          score[i] = Double.NaN;
          continue;
        }
        double plus = 0;
        double minus = 0;
        double[] fromAnti = new double[m];
        for (int j = 0; j < m; j++) {
          if (w[j] > 0) {
            plus += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
            fromAnti[j] = (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
            minus += fromAnti[j];
          }
        }
        dPlus[i] = Math.sqrt(plus);
        dMinus[i] = Math.sqrt(minus);
        boolean atIdeal = dPlus[i] + dMinus[i] == 0;
        score[i] = atIdeal ? 100 : 100 * dMinus[i] / (dPlus[i] + dMinus[i]);
        for (int j = 0; j < m; j++) {
          contribution[i][j] =
              atIdeal ? 100 * w[j] / sumW : minus == 0 ? 0 : score[i] * fromAnti[j] / minus;
        }
      }
    }
  }

  static Ranking rank(List<Target> targets, Map<Criterion, Double> weights, List<Criterion> used) {
    int m = used.size();
    double[] w = new double[m];
    boolean[] higher = new boolean[m];
    for (int j = 0; j < m; j++) {
      w[j] = weights.get(used.get(j));
      higher[j] = used.get(j).better() == Better.HIGHER;
    }
    Solution s = new Solution(matrix(targets, used), w, higher);
    List<ScoredTarget> scored = new ArrayList<>();
    List<ScoredTarget> excluded = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      List<CriterionScore> cs = new ArrayList<>();
      List<Criterion> missing = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        Double value = t.value(used.get(j));
        if (value == null) {
          missing.add(used.get(j));
        }
        cs.add(
            s.eligible[i]
                ? new CriterionScore(used.get(j), w[j], value, s.r[i][j], s.contribution[i][j])
                : new CriterionScore(used.get(j), w[j], value, null, null));
      }
      if (s.eligible[i]) {
        scored.add(new ScoredTarget(0, t, s.score[i], cs, missing, s.dPlus[i], s.dMinus[i]));
      } else {
        excluded.add(new ScoredTarget(0, t, null, cs, missing, null, null));
      }
    }
    excluded.sort(Comparator.comparing(ScoredTarget::id));
    return new Ranking(ScoringMethod.TOPSIS, weights, used, Scorer.ranked(scored), excluded);
  }

  /** The targets' values of the criteria, NaN where missing. */
  static double[][] matrix(List<Target> targets, List<Criterion> criteria) {
    double[][] x = new double[targets.size()][criteria.size()];
    for (int i = 0; i < targets.size(); i++) {
      for (int j = 0; j < criteria.size(); j++) {
        Double v = targets.get(i).value(criteria.get(j));
        x[i][j] = v == null ? Double.NaN : v;
      }
    }
    return x;
  }
}
