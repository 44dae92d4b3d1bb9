package dev.pac.report;

/** Which rule gave a scope's value in one period (the roll-up, decided period by period). */
public enum Source {
  /** Rows at exactly the scope. */
  EXACT,
  /** No exact row: the sum of the scope's segments. */
  SEGMENTS,
  /** No exact row: the sum of the scope's channels. */
  CHANNELS,
  /** Every row names an action: the sum of the actions' rows (attributions). */
  ACTIONS
}
