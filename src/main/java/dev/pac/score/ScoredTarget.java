package dev.pac.score;

import dev.pac.model.Criterion;
import dev.pac.model.Target;
import java.util.List;

/**
 * A target as scored. {@code rank} is 1-based, 0 for a target the method could not rank (TOPSIS, a
 * weighted criterion missing), whose {@code score} is then null. {@code criteria} lists the
 * weighted criteria in weight order; {@code missing} those the target does not give. The distances
 * to the ideal and anti-ideal are TOPSIS's (null for weighted-sum).
 */
public record ScoredTarget(
    int rank,
    Target target,
    Double score,
    List<CriterionScore> criteria,
    List<Criterion> missing,
    Double distanceToIdeal,
    Double distanceToAntiIdeal) {

  public ScoredTarget {
    criteria = List.copyOf(criteria);
    missing = List.copyOf(missing);
  }

  public String id() {
    return target.id();
  }

  public boolean ranked() {
    return score != null;
  }

  ScoredTarget withRank(int r) {
    return new ScoredTarget(
        r, target, score, criteria, missing, distanceToIdeal, distanceToAntiIdeal);
  }
}
