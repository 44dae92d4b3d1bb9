package dev.pac.workspace;

import dev.pac.error.PacException;
import dev.pac.files.AtomicFile;
import dev.pac.i18n.Text;
import dev.pac.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The workspace {@code pac init} writes, one per language, kept as class-path resources under
 * {@code /dev/pac/init/<lang>/}. A jar cannot be listed reliably, so {@code
 * /dev/pac/init/index.txt} names every file, one {@code <lang>/<path>} a line, in the order they
 * are written.
 */
public final class WorkspaceTemplate {
  public static final String ROOT = "/dev/pac/init/";
  public static final String INDEX = ROOT + "index.txt";

  private final Lang lang;
  private final List<String> files;

  private WorkspaceTemplate(Lang lang, List<String> files) {
    this.lang = lang;
    this.files = List.copyOf(files);
  }

  /** The template of one language, as its index lists it. */
  public static WorkspaceTemplate of(Lang lang) {
    String prefix = lang.id() + "/";
    List<String> files = new ArrayList<>();
    for (String line : new String(resource(INDEX), StandardCharsets.UTF_8).split("\n")) {
      String entry = line.strip();
      if (entry.startsWith(prefix)) {
        files.add(entry.substring(prefix.length()));
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "no workspace template for language " + lang.id() + " in " + INDEX);
    }
    return new WorkspaceTemplate(lang, files);
  }

  public Lang lang() {
    return lang;
  }

  /** The files of the workspace, as paths relative to its folder with '/'. */
  public List<String> files() {
    return files;
  }

  /** The bytes of one file of the template. */
  public byte[] content(String file) {
    return resource(ROOT + lang.id() + "/" + file);
  }

  /**
   * A file the template adds its lines to rather than replaces: a workspace made in an existing
   * repository keeps that repository's {@code .gitignore}.
   */
  public static boolean merged(String file) {
    return file.equals(".gitignore");
  }

  /**
   * The files of this template that already exist (as anything: file, folder, link) in {@code dir}
   * and would be replaced; a {@link #merged} file that exists is not among them.
   */
  public List<String> existing(Path dir) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (!merged(f) && Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Writes every file into {@code dir} (a {@link #merged} file that exists gets the template's
   * lines it lacks added at its end) so that a failure (a full disk, say) leaves nothing behind:
   * the files are first written into a staging folder (beside {@code dir} when it does not exist
   * yet, else a hidden one inside it), then the staging folder is renamed to {@code dir}, or each
   * file is renamed into place, which needs no space. When a rename into an existing folder fails,
   * the files already moved are removed again; only files that replaced existing ones ({@code
   * --force}) cannot be put back, and the error lists what was written. {@code display} names a
   * path in errors (exit 3).
   */
  public void writeTo(Path dir, Function<Path, String> display) {
    Path target = dir.toAbsolutePath().normalize();
    List<Path> createdFolders = new ArrayList<>();
    Path staging = null;
    try {
      boolean fresh = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      Path parent = fresh ? target.getParent() : target;
      createFolders(parent, createdFolders);
      staging =
          fresh
              ? Files.createTempDirectory(parent, "." + target.getFileName() + ".pac-init-")
              : Files.createTempDirectory(target, ".pac-init-");
      for (String f : files) {
        Path p = staging.resolve(f);
        Files.createDirectories(p.getParent());
        byte[] content = content(f);
        if (!fresh && merged(f) && Files.isRegularFile(target.resolve(f))) {
          content = merge(target.resolve(f), content, display.apply(target.resolve(f)));
        }
        writeDurably(p, content);
      }
      if (fresh) {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        staging = null;
        return;
      }
      moveInto(staging, target, display, createdFolders);
    } catch (IOException e) {
      undoFolders(createdFolders);
      throw PacException.io(display.apply(target), Text.of("errors.init-failed", reason(e)), e);
    } finally {
      if (staging != null) {
        deleteTree(staging);
      }
    }
  }

  /**
   * Renames each staged file into {@code target}; on a failure, removes what was new and says what
   * was replaced.
   */
  private void moveInto(
      Path staging, Path target, Function<Path, String> display, List<Path> createdFolders) {
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    for (String f : files) {
      Path to = target.resolve(f);
      try {
        createFolders(to.getParent(), createdFolders);
        boolean existed = Files.exists(to, LinkOption.NOFOLLOW_LINKS);
        Files.move(
            staging.resolve(f),
            to,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        (existed ? replaced : added).add(f);
      } catch (IOException e) {
        for (String a : added) {
          try {
            Files.deleteIfExists(target.resolve(a));
          } catch (IOException ignored) {
            // listed below as written
          }
        }
        undoFolders(createdFolders);
        throw PacException.io(
            display.apply(to),
            replaced.isEmpty()
                ? Text.of("errors.init-write-failed", reason(e))
                : Text.of("errors.init-write-failed-after", reason(e), String.join(", ", replaced)),
            e);
      }
    }
    AtomicFile.syncFolder(target);
  }

  private static void createFolders(Path folder, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = folder;
        d != null && !Files.exists(d, LinkOption.NOFOLLOW_LINKS);
        d = d.getParent()) {
      missing.add(0, d);
    }
    for (Path d : missing) {
      Files.createDirectory(d);
      created.add(d);
    }
  }

  /** Removes the folders this run created (deepest first), if they are empty. */
  private static void undoFolders(List<Path> created) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException ignored) {
        // not empty or not removable: it holds something that is not ours
      }
    }
    created.clear();
  }

  private static void writeDurably(Path p, byte[] content) throws IOException {
    try (FileChannel ch =
        FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(content);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a hidden staging folder that could not be removed; it is never read
    }
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason()
        : String.valueOf(e.getMessage());
  }

  /**
   * A file's text with the lines of {@code add} it does not hold appended (comments with the lines
   * they introduce).
   */
  private static byte[] merge(Path file, byte[] add, String where) {
    String had;
    try {
      had = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw PacException.io(where, Text.of("errors.cannot-read", e.getMessage()), e);
    }
    Set<String> lines = new HashSet<>(had.lines().map(String::strip).toList());
    List<String> missing =
        new String(add, StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank() && !lines.contains(l.strip()))
            .toList();
    if (missing.isEmpty()) {
      return had.getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(had);
    if (!had.isEmpty() && !had.endsWith("\n")) {
      out.append('\n');
    }
    out.append(had.isEmpty() ? "" : "\n").append(new String(add, StandardCharsets.UTF_8));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = WorkspaceTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " (the pac build is incomplete)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
