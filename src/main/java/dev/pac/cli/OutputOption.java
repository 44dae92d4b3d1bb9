package dev.pac.cli;

import dev.pac.actuals.StoreLock;
import dev.pac.error.PacException;
import dev.pac.files.AtomicFile;
import dev.pac.files.Confinement;
import dev.pac.files.InputFile;
import dev.pac.files.PlanFiles;
import dev.pac.i18n.Text;
import dev.pac.render.SafeWriter;
import dev.pac.workspace.LoadedWorkspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: the result goes to FILE, written atomically, instead of stdout; {@code -}
 * is stdout. FILE is a regular file or a new file in an existing folder, and none of the
 * workspace's inputs (its plans, mappings, {@code pac.yaml}, the store) nor of the command's:
 * anything else is refused (exit 3) before the command does its work.
 */
public final class OutputOption {
  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the result to FILE (atomically) instead of stdout; - is stdout. FILE may not be"
              + " one of the workspace's inputs.")
  Path output;

  /** Whether the result goes to a file (no terminal colours then). */
  public boolean toFile() {
    return output != null && !"-".equals(output.toString());
  }

  /**
   * Refuses (exit 3) an {@code --output} that is not a regular or new file in an existing folder,
   * or that is an input: the workspace's, or one of {@code inputs} (files the command reads).
   */
  public void check(Pac pac, Collection<Path> inputs) {
    if (!toFile()) {
      return;
    }
    Path target = pac.resolve(output);
    String where = output.toString();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw PacException.io(
          where, Text.of("errors.output.no-folder", dir == null ? "/" : pac.display(dir)), null);
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes a;
      try {
        a =
            Files.readAttributes(
                target, BasicFileAttributes.class); // through links: /dev/stdout is one
      } catch (IOException e) {
        a = null; // a link to nothing, or to a pipe of another process: not a file either
      }
      if (a == null || !a.isRegularFile()) {
        throw PacException.io(
            where,
            a == null
                ? Text.of("errors.output.not-a-file")
                : Text.of("errors.output.not-a-file-but", InputFile.kind(target, a)),
            null);
      }
    }
    Path real = Confinement.real(target);
    for (Path in : inputs(pac, inputs)) {
      if (real.equals(Confinement.real(in))) {
        throw PacException.io(where, Text.of("errors.output.is-input", pac.display(in)), null);
      }
    }
    LoadedWorkspace ws = pac.workspace();
    for (Path folder : List.of(ws.plansDir(), ws.root().resolve("mappings"))) {
      Path f = Confinement.real(folder);
      if (real.startsWith(f)
          && !real.equals(f)
          && PlanFiles.isPlan(f.relativize(real).toString().replace('\\', '/'))) {
        throw PacException.io(
            where, Text.of("errors.output.in-input-folder", pac.display(folder)), null);
      }
    }
  }

  private static List<Path> inputs(Pac pac, Collection<Path> named) {
    LoadedWorkspace ws = pac.workspace();
    List<Path> out = new ArrayList<>(named);
    if (ws.workspace().settingsFile() != null) {
      out.add(ws.workspace().settingsFile());
    }
    out.add(ws.actualsFile());
    out.add(StoreLock.lockFile(ws.actualsFile()));
    return out;
  }

  /** Runs {@code render} on stdout, or on a buffer written to the file when it is done. */
  public void write(Pac pac, PrintWriter stdout, Consumer<PrintWriter> render) {
    if (!toFile()) {
      render.accept(stdout);
      stdout.flush();
      return;
    }
    check(pac, List.of());
    StringWriter buffer = new StringWriter();
    try (PrintWriter w = new PrintWriter(new SafeWriter(buffer, false))) {
      render.accept(w);
    }
    Path target = pac.resolve(output);
    AtomicFile.write(
        target, buffer.toString().getBytes(StandardCharsets.UTF_8), pac.display(target));
  }
}
