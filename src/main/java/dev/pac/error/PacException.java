package dev.pac.error;

/**
 * An error the user can cause and fix, printed as one line {@code pac: error: [WHERE: ]MESSAGE} with
 * its exit code. {@code where} is {@code FILE}, {@code FILE:LINE} or {@code FILE:LINE:COL}, or null.
 */
public class PacException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;
  private final String where;

  public PacException(ExitCode exitCode, String where, String message) {
    this(exitCode, where, message, null);
  }

  public PacException(ExitCode exitCode, String where, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.where = where;
  }

  public static PacException io(String where, String message, Throwable cause) {
    return new PacException(ExitCode.IO, where, message, cause);
  }

  public static PacException invalid(String where, String message) {
    return new PacException(ExitCode.INVALID, where, message);
  }

  public static PacException usage(String message) {
    return new PacException(ExitCode.USAGE, null, message);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public String where() {
    return where;
  }

  /** The line printed on stderr, without the {@code pac: error: } prefix. */
  public String line() {
    return where == null ? getMessage() : where + ": " + getMessage();
  }
}
