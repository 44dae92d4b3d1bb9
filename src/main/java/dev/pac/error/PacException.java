package dev.pac.error;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;

/**
 * An error the user can cause and fix, printed as one line {@code pac: error: [WHERE: ]MESSAGE}
 * with its exit code. {@code where} is {@code FILE}, {@code FILE:LINE} or {@code FILE:LINE:COL}, or
 * null.
 */
public class PacException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;
  private final String where;
  private final transient Text text;

  /** An error saying {@code text}, from the catalogue ({@link #getMessage()} is its English). */
  public PacException(ExitCode exitCode, String where, Text text, Throwable cause) {
    super(Catalogue.english().say(text), cause);
    this.exitCode = exitCode;
    this.where = where;
    this.text = text;
  }

  public static PacException io(String where, Text text, Throwable cause) {
    return new PacException(ExitCode.IO, where, text, cause);
  }

  public static PacException invalid(String where, Text text) {
    return new PacException(ExitCode.INVALID, where, text, null);
  }

  public static PacException usage(Text text) {
    return new PacException(ExitCode.USAGE, null, text, null);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public String where() {
    return where;
  }

  /** What went wrong, as the catalogue says it. */
  public Text text() {
    return text;
  }

  /** The line printed on stderr, without the {@code pac: error: } prefix, in English. */
  public String line() {
    return line(Catalogue.english());
  }

  /**
   * The line printed on stderr, without the {@code pac: error: } prefix, in the language of {@code
   * catalogue}.
   */
  public String line(Catalogue catalogue) {
    String message = text == null ? getMessage() : catalogue.say(text);
    return where == null ? message : where + ": " + message;
  }
}
