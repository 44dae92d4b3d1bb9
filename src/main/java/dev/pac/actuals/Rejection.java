package dev.pac.actuals;

import dev.pac.model.Finding;

/**
 * A row the import refused: the CSV file (as shown to the user), the line it starts on, and why.
 * The reason is one line, like a finding's message, whatever CSV text it quotes.
 */
public record Rejection(String file, int line, String reason) {
  public Rejection {
    reason = Finding.oneLine(reason);
  }
}
