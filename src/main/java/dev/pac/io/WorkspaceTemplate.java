package dev.pac.io;

import dev.pac.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The workspace {@code pac init} writes, one per language, kept as class-path resources under
 * {@code /dev/pac/init/<lang>/}. A jar cannot be listed reliably, so {@code /dev/pac/init/index.txt}
 * names every file, one {@code <lang>/<path>} a line, in the order they are written.
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
      throw new IllegalStateException("no workspace template for language " + lang.id() + " in " + INDEX);
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

  /** The files of this template that already exist (as anything: file, folder, link) in {@code dir}. */
  public List<String> existing(Path dir) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Writes every file into {@code dir}, each atomically (so a file is either the old one or the whole
   * new one), replacing files that exist. {@code display} names a path in errors (exit 3).
   */
  public void writeTo(Path dir, Function<Path, String> display) {
    for (String f : files) {
      Path target = dir.resolve(f);
      AtomicFile.write(target, content(f), display.apply(target));
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WorkspaceTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " (the pac build is incomplete)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
