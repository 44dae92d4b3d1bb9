package dev.pac.report;

/** A KPI value over a date range: the number, or null with the reason. */
public record Figure(Double value, Hint hint) {
  static Figure of(double v) {
    return new Figure(v, Hint.NONE);
  }

  static Figure none(Hint why) {
    return new Figure(null, why);
  }
}
