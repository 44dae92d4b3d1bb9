package dev.pac.report;

import dev.pac.model.Action;
import java.time.LocalDate;

/** An open action starting or due in the next 14 days. */
public record Upcoming(Action action, Kind kind, LocalDate date) {
  public enum Kind {
    STARTS,
    DUE
  }
}
