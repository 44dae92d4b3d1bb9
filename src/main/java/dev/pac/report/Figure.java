package dev.pac.report;

import java.util.List;

/**
 * A KPI value over a window: the number, or null with the reason, and how it was found where it was
 * not read from rows at its own scope.
 */
public record Figure(Double value, Hint hint, List<Derivation> derivations) {
  public Figure {
    derivations = List.copyOf(derivations);
  }

  static Figure of(double v, List<Derivation> derivations) {
    return new Figure(v, Hint.NONE, derivations);
  }

  static Figure none(Hint why) {
    return new Figure(null, why, List.of());
  }
}
