package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "diff", description = "What changed in the plans between two git revisions.")
final class DiffCommand implements Callable<Integer> {
  private final Pac pac;

  DiffCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac diff' is not available yet");
  }
}
