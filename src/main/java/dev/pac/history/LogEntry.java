package dev.pac.history;

import dev.pac.diff.Change;
import java.util.List;

/**
 * One commit of {@code pac log}: the commit, the decisions it records, and its plan changes as
 * {@code pac diff} lists them.
 */
public record LogEntry(HistoryCommit commit, List<Trailer> decisions, List<Change> changes) {
  public LogEntry {
    decisions = List.copyOf(decisions);
    changes = List.copyOf(changes);
  }
}
