package dev.pac.score;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one scoring: the weights as given (zero ones included), the criteria used (weight
 * &gt; 0, in weight order), the ranked targets (best first: score descending, ties by id) and the
 * targets the method excluded (TOPSIS: missing a used criterion; sorted by id).
 */
public record Ranking(
    ScoringMethod method,
    Map<Criterion, Double> weights,
    List<Criterion> used,
    List<ScoredTarget> ranked,
    List<ScoredTarget> excluded) {

  public Ranking {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    used = List.copyOf(used);
    ranked = List.copyOf(ranked);
    excluded = List.copyOf(excluded);
  }

  /** The top-ranked target, if any target could be ranked. */
  public Optional<ScoredTarget> top() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  /** Ranked targets first, then the excluded ones. */
  public List<ScoredTarget> all() {
    List<ScoredTarget> l = new ArrayList<>(ranked);
    l.addAll(excluded);
    return l;
  }
}
