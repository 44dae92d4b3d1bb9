package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "schema", description = "Print the JSON Schema of the plan format.")
final class SchemaCommand implements Callable<Integer> {
  private final Pac pac;

  SchemaCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    throw dev.pac.error.PacException.usage("'pac schema' is not available yet");
  }
}
