package dev.pac.model;

/** The shape of every id in a plan. */
public final class Slug {
  public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";

  private Slug() {}

  public static boolean isValid(String s) {
    return s != null && s.matches(PATTERN);
  }
}
