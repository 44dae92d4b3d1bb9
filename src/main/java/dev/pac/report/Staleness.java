package dev.pac.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An actuals store that misses the week the alerts compare: no row at all in W, the last complete week
 * on or before the report date, though it has rows before it. The report is then a week behind and its
 * alerts stay silent (a week without rows gives no alert), which is worth saying before the stand-up.
 *
 * @param week   W
 * @param latest the date of the store's latest row before W
 */
public record Staleness(IsoWeek week, LocalDate latest) {
  /** The staleness of {@code index} for a report as of {@code asOf}; empty when W has rows or the store has none. */
  public static Optional<Staleness> of(ActualsIndex index, LocalDate asOf) {
    IsoWeek w = IsoWeek.lastCompleteOnOrBefore(asOf);
    LocalDate latest = index.latestOnOrBefore(w.sunday());
    if (latest == null || !latest.isBefore(w.monday())) {
      return Optional.empty();
    }
    return Optional.of(new Staleness(w, latest));
  }
}
