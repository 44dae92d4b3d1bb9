package dev.pac.score;

import dev.pac.model.Criterion;
import dev.pac.model.Keyword;
import dev.pac.model.Plan;
import dev.pac.model.Scoring;
import dev.pac.model.Target;
import java.util.List;
import java.util.Map;

/** What is ranked: the plan's segments or its channels, each with its own weights. */
public enum TargetKind implements Keyword {
  SEGMENTS,
  CHANNELS;

  /** The plan's targets of this kind (empty when it has none). */
  public List<Target> of(Plan plan) {
    List<Target> l = this == SEGMENTS ? plan.segments() : plan.channels();
    return l == null ? List.of() : l.stream().filter(t -> t != null).toList();
  }

  /** The weights of this kind in a scoring, the format's defaults where it gives none. */
  public Map<Criterion, Double> weights(Scoring scoring) {
    Scoring s = scoring == null ? Scoring.DEFAULT : scoring.withDefaults();
    return this == SEGMENTS ? s.segments() : s.channels();
  }

  /** The singular noun: segment or channel. */
  public String singular() {
    return this == SEGMENTS ? "segment" : "channel";
  }
}
