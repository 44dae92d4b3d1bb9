package dev.pac.report;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The rows of one KPI chosen for a scope (plan-format.md, scope selection), sorted by date: as days
 * since the epoch and values, so ranges are found by binary search.
 */
public final class Selection {
  /** How the rows were chosen. */
  public enum Kind {
    /** Rows at exactly the scope (named dimensions equal, the others empty). */
    EXACT,
    /** No such row; finer rows (more dimensions filled) stand in. */
    FINER,
    /** Neither. */
    NONE
  }

  static final Selection EMPTY = new Selection(Kind.NONE, new long[0], new double[0]);

  private final Kind kind;
  private final long[] days;
  private final double[] values;

  Selection(Kind kind, long[] days, double[] values) {
    this.kind = kind;
    this.days = days;
    this.values = values;
  }

  public Kind kind() {
    return kind;
  }

  public int size() {
    return days.length;
  }

  public long day(int i) {
    return days[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** The index of the first row dated on or after {@code d}. */
  public int from(LocalDate d) {
    return lowerBound(d.toEpochDay());
  }

  /** One past the index of the last row dated on or before {@code d}. */
  public int to(LocalDate d) {
    return lowerBound(d.toEpochDay() + 1);
  }

  private int lowerBound(long day) {
    int i = Arrays.binarySearch(days, day);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && days[i - 1] == day) {
      i--;
    }
    return i;
  }

  /** Σ values of rows [lo, hi), in date (then store) order. */
  public double sum(int lo, int hi) {
    double s = 0;
    for (int i = lo; i < hi; i++) {
      s += values[i];
    }
    return s;
  }
}
