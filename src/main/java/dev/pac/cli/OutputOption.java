package dev.pac.cli;

import dev.pac.io.AtomicFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** {@code --output FILE}: the result goes to FILE, written atomically, instead of stdout. */
public final class OutputOption {
  @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE (atomically) instead of stdout.")
  Path output;

  /** Whether the result goes to a file (no terminal colours then). */
  public boolean toFile() {
    return output != null;
  }

  /** Runs {@code render} on stdout, or on a buffer written to the file when it is done. */
  public void write(Pac pac, PrintWriter stdout, Consumer<PrintWriter> render) {
    if (output == null) {
      render.accept(stdout);
      stdout.flush();
      return;
    }
    StringWriter buffer = new StringWriter();
    try (PrintWriter w = new PrintWriter(buffer)) {
      render.accept(w);
    }
    Path target = pac.resolve(output);
    AtomicFile.write(target, buffer.toString().getBytes(StandardCharsets.UTF_8), pac.display(target));
  }
}
