package dev.pac.report;

import java.util.List;

/**
 * A figure of {@code kpi} that was not read from rows at its own scope in some periods: it was
 * rolled up from finer rows ({@code source} segments or channels) or from attributions (actions),
 * in {@code periods}, oldest first. Renderers say it next to the figure.
 */
public record Derivation(String kpi, Source source, List<GrainPeriod> periods) {
  public Derivation {
    periods = List.copyOf(periods);
  }
}
