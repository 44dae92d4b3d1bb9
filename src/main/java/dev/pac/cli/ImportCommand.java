package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import", description = "Import CSV exports into the actuals store.")
final class ImportCommand implements Callable<Integer> {
  private final Pac pac;

  ImportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac import' is not available yet");
  }
}
