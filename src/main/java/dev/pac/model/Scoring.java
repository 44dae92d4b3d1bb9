package dev.pac.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How segments and channels are ranked: a method and a weight per criterion for each. */
public record Scoring(
    ScoringMethod method, Map<Criterion, Double> segments, Map<Criterion, Double> channels) {

  public static final Map<Criterion, Double> DEFAULT_SEGMENT_WEIGHTS =
      ordered(
          Criterion.SAM,
          3.0,
          Criterion.LTV_TO_CAC,
          3.0,
          Criterion.CLOSE_RATE,
          2.0,
          Criterion.CYCLE_DAYS,
          1.0,
          Criterion.MATURITY_FIT,
          1.0,
          Criterion.EFFORT,
          1.0);
  public static final Map<Criterion, Double> DEFAULT_CHANNEL_WEIGHTS =
      ordered(
          Criterion.LTV_TO_CAC,
          3.0,
          Criterion.CONVERSION_RATE,
          2.0,
          Criterion.CAC,
          1.0,
          Criterion.MATURITY_FIT,
          1.0,
          Criterion.EFFORT,
          1.0);
  public static final Scoring DEFAULT =
      new Scoring(ScoringMethod.WEIGHTED_SUM, DEFAULT_SEGMENT_WEIGHTS, DEFAULT_CHANNEL_WEIGHTS);

  public Scoring {
    segments = segments == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    channels = channels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(channels));
  }

  public Scoring withDefaults() {
    return new Scoring(
        method == null ? ScoringMethod.WEIGHTED_SUM : method,
        segments == null ? DEFAULT_SEGMENT_WEIGHTS : segments,
        channels == null ? DEFAULT_CHANNEL_WEIGHTS : channels);
  }

  private static Map<Criterion, Double> ordered(Object... pairs) {
    Map<Criterion, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Criterion) pairs[i], (Double) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
