package dev.pac.history;

import dev.pac.model.Action;
import dev.pac.model.ActionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the history says of one action: the dates of the commits that changed its entry in the plan
 * (added included), oldest first, and the decisions recorded for it, newest first.
 */
public record ActionHistory(List<LocalDate> changes, List<DecisionEntry> decisions) {
  public static final ActionHistory NONE = new ActionHistory(List.of(), List.of());

  public ActionHistory {
    changes = List.copyOf(changes);
    decisions = List.copyOf(decisions);
  }

  /** The date of the last commit that changed the action's entry, or null. */
  public LocalDate lastChanged() {
    return changes.isEmpty() ? null : changes.get(changes.size() - 1);
  }

  /**
   * Stale on {@code date}: planned or active, {@code date} within [start, due], and more than
   * {@code staleDays} days since the entry last changed (never, without history).
   */
  public boolean stale(Action action, LocalDate date, double staleDays) {
    LocalDate last = lastChanged();
    if (last == null || action.start() == null || action.due() == null) {
      return false;
    }
    boolean open =
        action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.ACTIVE;
    return open
        && !date.isBefore(action.start())
        && !date.isAfter(action.due())
        && ChronoUnit.DAYS.between(last, date) > staleDays;
  }

  /**
   * Whether a commit dated after {@code after} and on or before {@code until} changed the entry or
   * recorded a decision.
   */
  public boolean touched(LocalDate after, LocalDate until) {
    return changes.stream().anyMatch(d -> d.isAfter(after) && !d.isAfter(until))
        || decisions.stream().anyMatch(d -> d.date().isAfter(after) && !d.date().isAfter(until));
  }
}
