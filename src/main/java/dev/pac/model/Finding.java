package dev.pac.model;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;

/**
 * One problem found in a file: where (1-based line and column), how serious, which rule, and why.
 * {@code text} is why, as the catalogue says it in the reader's language; {@code message} is the
 * same sentence in English (what JSON and the rule's machine readers get). A message is always one
 * line: control characters from quoted user text are shown escaped.
 */
public record Finding(
    String file, int line, int column, Severity severity, Rule rule, String message, Text text) {
  public Finding {
    message = oneLine(message);
  }

  /** A finding saying {@code text}, from the catalogue. */
  public static Finding of(
      String file, int line, int column, Severity severity, Rule rule, Text text) {
    return new Finding(file, line, column, severity, rule, Catalogue.english().say(text), text);
  }

  /** {@link #text} in the language of {@code catalogue}, on one line. */
  public String say(Catalogue catalogue) {
    return text.keyed() ? oneLine(catalogue.say(text)) : message;
  }

  /**
   * {@code s} on one line: control characters (line breaks from quoted user text, say) shown
   * escaped.
   */
  public static String oneLine(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append(
            switch (c) {
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              default -> String.format("\\u%04x", (int) c);
            });
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
