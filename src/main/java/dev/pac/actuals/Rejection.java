package dev.pac.actuals;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;

/**
 * A row the import refused: the CSV file (as shown to the user), the line it starts on, and why.
 * {@code text} is why, as the catalogue says it in the reader's language; {@code reason} is the
 * same sentence in English (what JSON gets). The reason is one line, like a finding's message,
 * whatever CSV text it quotes.
 */
public record Rejection(String file, int line, String reason, Text text) {
  public Rejection {
    reason = Finding.oneLine(reason);
  }

  /** A rejection whose reason is not in the catalogue: said as it is in every language. */
  public Rejection(String file, int line, String reason) {
    this(file, line, reason, Text.plain(reason));
  }

  /** A rejection saying {@code text}, from the catalogue. */
  public static Rejection of(String file, int line, Text text) {
    return new Rejection(file, line, Catalogue.english().say(text), text);
  }

  /** {@link #text} in the language of {@code catalogue}, on one line. */
  public String say(Catalogue catalogue) {
    return text.keyed() ? Finding.oneLine(catalogue.say(text)) : reason;
  }
}
