package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "report", description = "The weekly stand-up report.")
final class ReportCommand implements Callable<Integer> {
  private final Pac pac;

  ReportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac report' is not available yet");
  }
}
