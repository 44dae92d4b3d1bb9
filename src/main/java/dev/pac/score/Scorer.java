package dev.pac.score;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranks targets by one method (docs/scoring.md). */
public final class Scorer {
  private Scorer() {}

  /**
   * Ranks {@code targets} on {@code weights} (criterion → weight ≥ 0, at least one &gt; 0; criteria
   * with weight 0 are not used).
   *
   * @throws IllegalArgumentException when a weight is negative or not finite, or none is &gt; 0
   */
  public static Ranking rank(
      List<Target> targets, Map<Criterion, Double> weights, ScoringMethod method) {
    List<Criterion> used = used(weights);
    return switch (method) {
      case WEIGHTED_SUM -> WeightedSum.rank(targets, weights, used);
      case TOPSIS -> Topsis.rank(targets, weights, used);
    };
  }

  /** The criteria with a weight &gt; 0, in the weights' order. */
  static List<Criterion> used(Map<Criterion, Double> weights) {
    List<Criterion> used = new ArrayList<>();
    for (Map.Entry<Criterion, Double> e : weights.entrySet()) {
      Double w = e.getValue();
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException(
            "the weight of " + e.getKey().id() + " must be a number >= 0, not " + w);
      }
      if (w > 0) {
        used.add(e.getKey());
      }
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("at least one weight must be > 0");
    }
    return used;
  }

  static double sum(Map<Criterion, Double> weights, List<Criterion> used) {
    double s = 0;
    for (Criterion c : used) {
      s += weights.get(c);
    }
    return s;
  }

  /**
   * Scores compared at 1e-9 points, so that scores equal but for floating-point noise tie (and ties
   * go by id, as docs/scoring.md says).
   */
  static long key(double score) {
    return Math.round(score * 1e9);
  }

  static final Comparator<ScoredTarget> ORDER =
      Comparator.comparingLong((ScoredTarget s) -> -key(s.score())).thenComparing(ScoredTarget::id);

  /** Sorts the scored targets best first and numbers them from 1. */
  static List<ScoredTarget> ranked(List<ScoredTarget> scored) {
    List<ScoredTarget> sorted = new ArrayList<>(scored);
    sorted.sort(ORDER);
    List<ScoredTarget> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).withRank(i + 1));
    }
    return out;
  }
}
