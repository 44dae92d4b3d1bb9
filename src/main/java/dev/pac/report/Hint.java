package dev.pac.report;

/** Why an objective has no figure: renderers turn it into words. */
public enum Hint {
  /** Nothing to say. */
  NONE,
  /**
   * The store has no row of the KPI (or of the ratio's numerator/denominator) in the objective's
   * scope.
   */
  NO_ROWS,
  /**
   * Only finer rows exist (by segment, channel or action) and a {@code last}/{@code mean} KPI
   * cannot be rolled up.
   */
  NOT_ROLLABLE,
  /** Rows exist in the scope, but none dated in [start, as-of]. */
  NONE_IN_WINDOW,
  /** A ratio KPI whose denominator sums to 0 over [start, as-of]. */
  ZERO_DENOMINATOR,
  /** Attainment is undefined: target equals baseline (for a {@code sum} KPI, a target of 0). */
  UNDEFINED_ATTAINMENT
}
