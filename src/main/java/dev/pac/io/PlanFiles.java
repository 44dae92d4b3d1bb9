package dev.pac.io;

import dev.pac.error.PacException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The plan files a path names: itself if a file, else every {@code *.yaml}/{@code *.yml} under it, sorted. */
public final class PlanFiles {
  private PlanFiles() {}

  public static boolean isYaml(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** {@code where} names the path in an error: a missing path is exit 3. */
  public static List<Path> under(Path path, String where) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      throw PacException.io(where, "no such file or folder", null);
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.walk(path)) {
      List<Path> out = new ArrayList<>(s.filter(p -> isYaml(p) && !isHidden(path, p)).sorted().toList());
      return out;
    } catch (IOException | UncheckedIOException e) {
      throw PacException.io(where, "cannot list the folder: " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
