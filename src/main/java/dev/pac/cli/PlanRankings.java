package dev.pac.cli;

import dev.pac.diff.PlanDiff;
import dev.pac.model.Plan;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Scorer;
import dev.pac.score.TargetKind;
import java.util.List;

/**
 * The segment and channel rankings whose changes a diff reports, each plan with its own method and
 * weights.
 */
final class PlanRankings {
  private PlanRankings() {}

  static PlanDiff.Rankings of() {
    return new PlanDiff.Rankings(
        p -> ranked(p, TargetKind.SEGMENTS), p -> ranked(p, TargetKind.CHANNELS));
  }

  private static List<String> ranked(Plan p, TargetKind kind) {
    return Scorer.rank(kind.of(p), kind.weights(p.scoring()), p.scoring().method())
        .ranked()
        .stream()
        .map(ScoredTarget::id)
        .toList();
  }
}
