package dev.pac.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week (Monday to Sunday), written like {@code 2027-W07}. */
public record IsoWeek(LocalDate monday) {
  public IsoWeek {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("not a Monday: " + monday);
    }
  }

  /** The week a date falls in. */
  public static IsoWeek of(LocalDate d) {
    return new IsoWeek(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** The last complete week ending on or before {@code d}: the week of {@code d} itself when it is a Sunday. */
  public static IsoWeek lastCompleteOnOrBefore(LocalDate d) {
    return of(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public IsoWeek minusWeeks(long n) {
    return new IsoWeek(monday.minusWeeks(n));
  }

  /** {@code YYYY-Www}, the week-based year and week number. */
  @Override
  public String toString() {
    return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
