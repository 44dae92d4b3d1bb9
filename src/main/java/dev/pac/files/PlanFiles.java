package dev.pac.files;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan files a path names: itself if a file, else every {@code *.yaml}/{@code *.yml} under it,
 * sorted.
 */
public final class PlanFiles {
  /** A file argument {@code -}: standard input. */
  public static final String STDIN = "-";

  /** How findings name standard input. */
  public static final String STDIN_NAME = "<stdin>";

  private PlanFiles() {}

  public static boolean isYaml(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** {@code where} names the path in an error: a missing path is exit 3. */
  public static List<Path> under(Path path, String where) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      throw PacException.io(where, Text.of("errors.no-such-path"), null);
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.walk(path)) {
      // a folder named like a plan (x.yaml/) is listed too: reading it gives a finding, not silence
      return new ArrayList<>(
          s.filter(
                  p ->
                      p.equals(path)
                          ? isYaml(p)
                          : isPlan(path.relativize(p).toString().replace('\\', '/')))
              .sorted()
              .toList());
    } catch (IOException | UncheckedIOException e) {
      throw PacException.io(where, Text.of("errors.cannot-list", e.getMessage()), e);
    }
  }

  /**
   * The plan files of a workspace's plans folder {@code dir} ({@code where} names it), the one
   * check every command makes of it: no folder is exit 3, a folder without plans exit 1 (a CI run
   * must not pass because every plan was deleted). {@code hasSettings}: whether a {@code pac.yaml}
   * was found; {@code canNameFiles}: whether the command also reads plan files it is given.
   */
  public static List<Path> inPlansFolder(
      Path dir, String where, boolean hasSettings, boolean canNameFiles) {
    if (!Files.isDirectory(dir)) {
      throw PacException.io(
          where,
          Text.of(
              "errors.no-plans-folder",
              hasSettings ? Text.plain("") : Text.of("errors.no-plans-folder.no-settings"),
              canNameFiles ? Text.of("errors.no-plans-folder.or-name-files") : Text.plain("")),
          null);
    }
    List<Path> files = under(dir, where);
    if (files.isEmpty()) {
      throw PacException.invalid(where, Text.of("errors.no-plan-files"));
    }
    return files;
  }

  /**
   * Whether a path below the plans folder ({@code /}-separated, relative to it) is a plan file, on
   * disk as in a git revision: a {@code *.yaml} or {@code *.yml} with no part starting with '.'.
   */
  public static boolean isPlan(String below) {
    if (!(below.endsWith(".yaml") || below.endsWith(".yml"))) {
      return false;
    }
    for (String part : below.split("/")) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
