package dev.pac.report;

/**
 * The dimensions a figure is about: an objective names its segment and channel, if any; an action
 * review names its action. Null means "not named" (the total over that dimension).
 */
public record Scope(String segment, String channel, String action) {
  public static final Scope TOTAL = new Scope(null, null, null);

  public Scope {
    segment = blank(segment);
    channel = blank(channel);
    action = blank(action);
  }

  public static Scope ofAction(String action) {
    return new Scope(null, null, action);
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
