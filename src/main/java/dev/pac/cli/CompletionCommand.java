package dev.pac.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print a bash/zsh completion script: commands, options and their values.",
      "bash: put  source <(pac completion)  in ~/.bashrc",
      "zsh:  put  source <(pac completion)  in ~/.zshrc",
      "See docs/ci.md for details."
    })
final class CompletionCommand implements Callable<Integer> {
  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  CompletionCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    output.write(
        pac,
        spec.commandLine().getOut(),
        w -> w.print(AutoComplete.bash(pac.spec.name(), spec.root().commandLine())));
    return 0;
  }
}
