package dev.pac.report;

import dev.pac.history.Revision;
import dev.pac.model.Keyword;

/**
 * One thing that needs attention, in the report's order of kinds; {@code id} is the KPI, objective
 * or action it is about, and exactly one of the references is set, except for {@code
 * target-lowered} and {@code deadline-moved}, which set the objective and the {@code revision} from
 * the plans' history.
 */
public record Attention(
    Kind kind,
    String id,
    StaleKpi stale,
    ObjectiveResult objective,
    AlertResult alert,
    ActionResult action,
    Revision revision) {
  public Attention(
      Kind kind,
      String id,
      StaleKpi stale,
      ObjectiveResult objective,
      AlertResult alert,
      ActionResult action) {
    this(kind, id, stale, objective, alert, action, null);
  }

  public enum Kind implements Keyword {
    STALE,
    MISSED,
    OFF_TRACK,
    AT_RISK,
    ALERT,
    ADJUST_OR_STOP,
    OVERDUE,
    TARGET_LOWERED,
    DEADLINE_MOVED,
    RETROFITTED,
    STALE_ACTION,
    DECISION_PENDING
  }
}
