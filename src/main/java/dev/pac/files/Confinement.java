package dev.pac.files;

import dev.pac.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder a workspace's files may not lead out of: the working tree of the git repository
 * holding it ({@link RepositoryRoot}, the same test {@code pac validate} names paths from), else
 * the nearest folder with {@code pac.yaml}. Plans, the store and {@code pac.yaml}'s folders must
 * lie inside it, and a symbolic link inside it is followed only to a file inside it. The git lookup
 * costs a few file checks and is done only when a path is not plainly inside the workspace folder.
 */
public final class Confinement {
  private Confinement() {}

  /**
   * The root holding {@code folder} (an absolute path), or null when it is in no workspace or
   * repository.
   */
  public static Path rootOf(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    return RepositoryRoot.of(abs).orElseGet(() -> settingsFolder(abs));
  }

  /** The nearest folder at or above {@code abs} holding {@code pac.yaml}, or null. */
  private static Path settingsFolder(Path abs) {
    for (Path d = abs; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(Workspace.SETTINGS), LinkOption.NOFOLLOW_LINKS)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The root of the workspace at {@code workspaceRoot}: its git working tree when it is in one,
   * else itself.
   */
  public static Path rootOfWorkspace(Path workspaceRoot) {
    Path r = rootOf(workspaceRoot);
    return r == null ? workspaceRoot.toAbsolutePath().normalize() : r;
  }

  /**
   * For a path {@code abs} whose real path {@code real} differs (a link on the way): why it may not
   * be followed (the link lies in a workspace and leads out of it), or null.
   */
  static Text escape(Path abs, Path real) {
    Path parent = abs.getParent();
    if (parent == null) {
      return null;
    }
    Path settings = settingsFolder(parent);
    if (settings != null && inside(real, settings)) {
      return null; // inside the pac.yaml folder: inside the workspace, without looking for git
    }
    Path root = rootOf(parent);
    if (root == null || inside(real, root)) {
      return null;
    }
    return Text.of("errors.input.link-out", real, root);
  }

  /**
   * Whether {@code path} lies inside {@code root} once links are resolved: the real path of its
   * longest existing part, the rest appended, starts with the real path of the root.
   */
  public static boolean inside(Path path, Path root) {
    return real(path).startsWith(real(root));
  }

  /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
  public static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }
}
