package dev.pac.history;

import dev.pac.model.Objective;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the history says of one objective: the target of the first commit whose plan held it (null
 * when it was never committed, or when that commit is missing from a shallow clone), each revision
 * of its target or deadline, oldest first, and the date its current target was set (the commit that
 * added it or last changed its target; null when unknown).
 */
public record ObjectiveHistory(
    Double originalTarget, List<Revision> revisions, LocalDate targetSet) {
  public static final ObjectiveHistory NONE = new ObjectiveHistory(null, List.of(), null);

  public ObjectiveHistory {
    revisions = List.copyOf(revisions);
  }

  /**
   * Whether the target was set once results were known: the date it was set is after start +
   * (deadline − start) / 4, start and deadline as in {@code objective}.
   */
  public boolean retrofitted(Objective objective) {
    if (targetSet == null || objective.start() == null || objective.deadline() == null) {
      return false;
    }
    long span = ChronoUnit.DAYS.between(objective.start(), objective.deadline());
    long set = ChronoUnit.DAYS.between(objective.start(), targetSet);
    return 4 * set > span;
  }
}
