package dev.pac.report;

/** One of the few things that need attention this week; exactly one of the references is set. */
public record Attention(Kind kind, ObjectiveResult objective, AlertResult alert, ActionResult action, Upcoming upcoming) {
  public enum Kind { OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE, AT_RISK, NO_DATA, UPCOMING }
}
