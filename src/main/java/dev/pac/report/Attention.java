package dev.pac.report;

/**
 * One thing that needs attention, in the report's order of kinds; {@code id} is the KPI, objective or
 * action it is about, and exactly one of the references is set.
 */
public record Attention(Kind kind, String id, StaleKpi stale, ObjectiveResult objective, AlertResult alert,
    ActionResult action) {
  public enum Kind implements dev.pac.model.Keyword { STALE, MISSED, OFF_TRACK, AT_RISK, ALERT, ADJUST_OR_STOP, OVERDUE }
}
