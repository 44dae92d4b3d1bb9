package dev.pac.cli;

import dev.pac.error.PacException;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Stops a command on input with errors: each error on stderr, located, then one summary line (exit 1). */
final class Refusal {
  private Refusal() {}

  /** Does nothing without errors; else prints them and throws, {@code what} ending the summary line. */
  static void ifErrors(List<Finding> findings, PrintWriter err, String what) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errors == 0) {
      return;
    }
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        err.println("pac: error: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.rule().id() + ": " + f.message());
      }
    }
    throw PacException.invalid(null, errors + (errors == 1 ? " error " : " errors ") + what);
  }
}
