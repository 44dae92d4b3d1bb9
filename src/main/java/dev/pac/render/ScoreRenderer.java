package dev.pac.render;

import dev.pac.score.ScoreResult;
import java.io.PrintWriter;

/** Writes the outcome of {@code pac score} in one format. */
public interface ScoreRenderer {
  /**
   * Writes the ranking; {@code explain} adds each criterion's value, normalised value and
   * contribution.
   */
  void render(ScoreResult result, boolean explain, PrintWriter out);
}
