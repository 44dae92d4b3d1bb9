package dev.pac.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A workspace folder: the nearest folder at or above the start that holds {@code pac.yaml}, or the
 * start folder itself when none does (every setting then takes its default).
 */
public record Workspace(Path root, Path settingsFile) {
  public static final String SETTINGS = "pac.yaml";

  public static Workspace locate(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path f = d.resolve(SETTINGS);
      // anything named pac.yaml counts, so that a FIFO, a device or a folder there is reported, not
      // ignored
      if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
        return new Workspace(d, f);
      }
    }
    return new Workspace(dir, null);
  }

  public boolean hasSettings() {
    return settingsFile != null;
  }
}
