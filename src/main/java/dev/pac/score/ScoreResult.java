package dev.pac.score;

import java.util.List;

/**
 * What {@code pac score} shows: the plan, what was ranked, the ranking and, when asked, the
 * sensitivity (else null).
 */
public record ScoreResult(
    String plan, TargetKind of, Ranking ranking, List<Sensitivity> sensitivity) {
  public ScoreResult {
    sensitivity = sensitivity == null ? null : List.copyOf(sensitivity);
  }
}
