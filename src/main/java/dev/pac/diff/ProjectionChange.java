package dev.pac.diff;

import java.util.List;

/**
 * What an edit of the plans does to one objective's report figure, the actuals and the date being
 * the same on both sides: {@code field} is {@code status} (old and new as status ids), {@code
 * projection} or {@code expected} (numbers, null where undefined). {@code plan} is the plan's id.
 */
public record ProjectionChange(
    String plan, String objective, String field, Object old, Object now) {
  /**
   * The statuses that order from worse to better; an objective's status improves when it moves
   * right.
   */
  public static final List<String> ORDER = List.of("off-track", "at-risk", "on-track", "achieved");

  /** Whether this is a status that moved up along off-track < at-risk < on-track < achieved. */
  public boolean improved() {
    return "status".equals(field)
        && ORDER.contains(String.valueOf(old))
        && ORDER.contains(String.valueOf(now))
        && ORDER.indexOf(String.valueOf(now)) > ORDER.indexOf(String.valueOf(old));
  }
}
