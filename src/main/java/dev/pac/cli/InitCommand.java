package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "init", description = "Create a ready-to-use workspace.")
final class InitCommand implements Callable<Integer> {
  private final Pac pac;

  InitCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac init' is not available yet");
  }
}
