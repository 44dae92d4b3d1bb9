package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "completion", description = "Print a bash/zsh completion script.")
final class CompletionCommand implements Callable<Integer> {
  private final Pac pac;

  CompletionCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac completion' is not available yet");
  }
}
