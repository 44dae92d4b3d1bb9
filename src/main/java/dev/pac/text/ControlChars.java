package dev.pac.text;

/**
 * Control characters shown instead of sent: a file name, a plan value or a store line holding ESC,
 * BEL, NUL or a carriage return would otherwise move the cursor, retitle or clear the terminal, or
 * hide text. Each becomes a {@code \u001b}-style escape; line feeds and tabs stay.
 */
public final class ControlChars {
  private ControlChars() {}

  /**
   * Whether {@code c} is shown as an escape: C0 controls but line feed and tab, DEL, C1 controls,
   * and the bidi overrides.
   */
  public static boolean escaped(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code s} with every {@link #escaped} character written as {@code \}{@code uXXXX}. */
  public static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escaped(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        appendEscape(sb, c);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  public static void appendEscape(StringBuilder sb, char c) {
    sb.append(String.format("\\u%04x", (int) c));
  }
}
