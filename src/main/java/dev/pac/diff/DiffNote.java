package dev.pac.diff;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;

/**
 * Something the reader of a diff must know that is not a change: a plan file that does not load at
 * one revision, so its changes cannot be listed. {@code revision} is the side's label.
 */
public record DiffNote(String file, String revision, Text text) {
  /** The note in English (for JSON). */
  public String message() {
    return Catalogue.english().say(text);
  }
}
