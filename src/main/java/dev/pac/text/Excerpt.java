package dev.pac.text;

/**
 * Free text quoted in a message (a cell, a key, a file's first line, an argument): at most 120
 * characters, the rest cut and marked with {@code …}, so a 50 MB cell makes a one-line message.
 */
public final class Excerpt {
  /** The most characters of a user's text a message quotes. */
  public static final int MAX_CHARS = 120;

  private Excerpt() {}

  public static String of(String s) {
    if (s == null || s.length() <= MAX_CHARS) {
      return s;
    }
    int end = MAX_CHARS - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // never cut a character in two
    }
    return s.substring(0, end) + "…";
  }
}
