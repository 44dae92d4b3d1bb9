package dev.pac.error;

/** The exit codes of every command (README.md, "Exit codes"). */
public enum ExitCode {
  OK(0),
  INVALID(1),
  USAGE(2),
  IO(3),
  INTERNAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
