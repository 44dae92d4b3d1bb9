package dev.pac.report;

import java.util.Locale;

/**
 * Who owns an objective or an action, as people are named in plans: "Sofia Reyes (Demand
 * generation)" is Sofia Reyes. Two names are the same owner when their parts before any
 * parenthesised role are equal, ignoring case and surrounding spaces.
 */
public final class Owners {
  private Owners() {}

  /** The name part of {@code owner}: before any "(", trimmed, as written. */
  public static String name(String owner) {
    if (owner == null) {
      return "";
    }
    int paren = owner.indexOf('(');
    return (paren < 0 ? owner : owner.substring(0, paren)).strip();
  }

  /** What two names of one owner have in common: the name part in lower case. */
  public static String key(String owner) {
    return name(owner).toLowerCase(Locale.ROOT);
  }

  public static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }
}
