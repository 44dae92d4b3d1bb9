package dev.pac.score;

import dev.pac.model.Criterion;
import dev.pac.model.Target;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test targets and weights written compactly: {@code target("a", SAM, 100, CAC, 10)}. */
final class Targets {
  private Targets() {}

  static Target target(String id, Object... pairs) {
    Map<Criterion, Double> v = new EnumMap<>(Criterion.class);
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((Criterion) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return new Target(
        id,
        "Target " + id,
        null,
        v.get(Criterion.TAM),
        v.get(Criterion.SAM),
        v.get(Criterion.AVG_MRR),
        v.get(Criterion.LTV),
        v.get(Criterion.CAC),
        v.get(Criterion.CLOSE_RATE),
        v.get(Criterion.CONVERSION_RATE),
        v.get(Criterion.NO_SHOW_RATE),
        v.get(Criterion.CHURN_RATE),
        v.get(Criterion.CYCLE_DAYS),
        v.get(Criterion.MATURITY_FIT),
        v.get(Criterion.EFFORT));
  }

  static Map<Criterion, Double> weights(Object... pairs) {
    Map<Criterion, Double> w = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      w.put((Criterion) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return w;
  }
}
