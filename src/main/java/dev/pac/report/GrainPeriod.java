package dev.pac.report;

import dev.pac.model.Grain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * One period of a grain: a day, an ISO week (Monday to Sunday) or a calendar month, known by its
 * first day. Written like {@code 2027-03-29}, {@code 2027-W12} or {@code 2027-03}.
 */
public record GrainPeriod(Grain grain, LocalDate start) {
  public GrainPeriod {
    if (!of(grain, start).equals(start)) {
      throw new IllegalArgumentException(start + " does not start a " + grain.id());
    }
  }

  /** The period of {@code grain} that contains {@code d}. */
  public static GrainPeriod containing(Grain grain, LocalDate d) {
    return new GrainPeriod(grain, of(grain, d));
  }

  private static LocalDate of(Grain grain, LocalDate d) {
    return switch (grain) {
      case DAY -> d;
      // the Monday on or before d, without the adjuster's lambda: a report places every value
      case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
      case MONTH -> d.withDayOfMonth(1);
    };
  }

  /**
   * The cut-off as of {@code d}: the last day of the last complete period on or before {@code d}
   * ({@code day}: d; {@code week}: d when a Sunday, else the Sunday before; {@code month}: d when
   * the last day of its month, else the last day of the month before).
   */
  public static LocalDate cutOff(Grain grain, LocalDate d) {
    return switch (grain) {
      case DAY -> d;
      case WEEK ->
          d.getDayOfWeek() == DayOfWeek.SUNDAY
              ? d
              : d.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
      case MONTH ->
          d.equals(d.with(TemporalAdjusters.lastDayOfMonth()))
              ? d
              : d.withDayOfMonth(1).minusDays(1);
    };
  }

  /** The last complete period ending on or before {@code d}. */
  public static GrainPeriod lastComplete(Grain grain, LocalDate d) {
    return containing(grain, cutOff(grain, d));
  }

  /** The last day of the period. */
  public LocalDate end() {
    return switch (grain) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
    };
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end());
  }

  /** The period {@code n} periods later (earlier when negative). */
  public GrainPeriod plus(long n) {
    return new GrainPeriod(
        grain,
        switch (grain) {
          case DAY -> start.plusDays(n);
          case WEEK -> start.plusWeeks(n);
          case MONTH -> start.plusMonths(n);
        });
  }

  /**
   * A number that grows by one from a period to the next: the count of periods between two is a
   * difference.
   */
  public long ordinal() {
    return switch (grain) {
      case DAY -> start.toEpochDay();
      case WEEK -> Math.floorDiv(start.toEpochDay() + 3, 7); // 1970-01-05 is a Monday
      case MONTH -> start.getYear() * 12L + start.getMonthValue() - 1;
    };
  }

  /**
   * {@code 2027-03-29}, {@code 2027-W12} (the week-based year and week number) or {@code 2027-03}.
   */
  @Override
  public String toString() {
    // written out rather than through String.format, which parses its pattern at every call: a
    // report names a period in every line about a KPI
    return switch (grain) {
      case DAY -> start.toString();
      case WEEK ->
          start.get(IsoFields.WEEK_BASED_YEAR)
              + "-W"
              + twoDigits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.getYear() + "-" + twoDigits(start.getMonthValue());
    };
  }

  /** {@code n} (1 to 53) with a leading zero below 10. */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
