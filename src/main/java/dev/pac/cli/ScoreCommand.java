package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "score", description = "Rank segments or channels.")
final class ScoreCommand implements Callable<Integer> {
  private final Pac pac;

  ScoreCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac score' is not available yet");
  }
}
