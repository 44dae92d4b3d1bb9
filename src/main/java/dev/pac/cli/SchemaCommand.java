package dev.pac.cli;

import dev.pac.render.SchemaJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "schema",
    description = {
      "Print the JSON Schema (draft 2020-12) of the plan format, for editors.",
      "Save it (pac schema > pac-plan.schema.json) and put this first line in plan files for"
          + " yaml-language-server:",
      "# yaml-language-server: $schema=../pac-plan.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  enum Format {
    JSON
  }

  @picocli.CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json, the only format of a JSON Schema.")
  Format format;

  SchemaCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    output.write(pac, spec.commandLine().getOut(), SchemaJson::write);
    return 0;
  }
}
