package dev.pac.git;

import dev.pac.error.PacException;
import dev.pac.files.Confinement;
import dev.pac.files.InputFile;
import dev.pac.files.PlanFiles;
import dev.pac.i18n.Text;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The plan files of a git repository at a revision, or in its working tree, read in-process with
 * JGit (no {@code git} binary). A plan file is a {@code *.yaml}/{@code *.yml} regular file under
 * the plans folder, none of whose path parts below that folder starts with '.', as {@code pac
 * validate} sees it.
 */
public final class GitPlans implements AutoCloseable {
  private final Repository repo;
  private final Path workTree;

  private GitPlans(Repository repo, Path workTree) {
    this.repo = repo;
    this.workTree = workTree;
  }

  /**
   * Plans of an already open repository (an in-memory one, in tests); {@code workTree} may be null.
   */
  static GitPlans of(Repository repo, Path workTree) {
    return new GitPlans(repo, workTree);
  }

  /**
   * The repository holding {@code start}, found by walking up for {@code .git}; {@code where} names
   * start in errors.
   */
  public static GitPlans open(Path start, String where) {
    FileRepositoryBuilder builder = Repositories.find(start);
    if (builder == null) {
      throw PacException.io(null, Text.of("errors.git.no-repository"), null);
    }
    try {
      Repository repo = builder.build();
      if (repo.isBare()) {
        repo.close();
        throw PacException.io(where, Text.of("errors.git.bare"), null);
      }
      return new GitPlans(repo, repo.getWorkTree().toPath().toRealPath());
    } catch (IOException e) {
      throw PacException.io(where, Text.of("errors.git.cannot-open", e.getMessage()), e);
    }
  }

  /** The repository's working tree (a real path). */
  public Path workTree() {
    return workTree;
  }

  /**
   * The repository path of a folder ("" for the top), '/' separated; an error when it is outside
   * the working tree.
   */
  public String repoPath(Path folder, String where) {
    Path real = Confinement.real(folder);
    if (!real.startsWith(workTree)) {
      throw PacException.io(where, Text.of("errors.git.plans-outside", workTree), null);
    }
    return workTree.relativize(real).toString().replace(File.separatorChar, '/');
  }

  /**
   * The commit a revision names (HEAD, a branch, a tag, HEAD~1, an abbreviated id...): exit 2 when
   * none.
   */
  public RevCommit commit(String revision) {
    ObjectId id;
    try {
      id = repo.resolve(revision + "^{commit}");
    } catch (MissingObjectException e) {
      throw PacException.usage(Text.of("errors.git.commit-missing", revision));
    } catch (AmbiguousObjectException e) {
      throw PacException.usage(Text.of("errors.git.ambiguous", revision));
    } catch (IllegalArgumentException e) { // RevisionSyntaxException among others
      throw PacException.usage(unknown(revision));
    } catch (IOException e) {
      throw PacException.io(null, Text.of("errors.git.cannot-read", e.getMessage()), e);
    }
    if (id == null) {
      throw PacException.usage(unknown(revision));
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return walk.parseCommit(id);
    } catch (IOException e) {
      throw PacException.io(
          null,
          Text.of("errors.git.cannot-read-commit", id.abbreviate(7).name(), e.getMessage()),
          e);
    }
  }

  private Text unknown(String revision) {
    String hint;
    if (revision.contains("..")) {
      hint = "errors.git.unknown.range";
    } else if ("HEAD".equals(revision) && !hasCommits()) {
      hint = "errors.git.unknown.no-commit";
    } else {
      hint = "errors.git.unknown.revision";
    }
    return Text.of("errors.git.unknown", revision, Text.of(hint));
  }

  private boolean hasCommits() {
    try {
      return repo.resolve("HEAD^{commit}") != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The plan files under {@code folder} (a repository path, "" for the top) in the commit {@code
   * revision} names.
   */
  public List<PlanSource> atRevision(String revision, String folder) {
    return atRevision(revision, folder, InputFile.MAX_TEXT_BYTES);
  }

  /** The same, a blob over {@code maxBytes} refused by its size, never read. */
  public List<PlanSource> atRevision(String revision, String folder, long maxBytes) {
    RevCommit commit = commit(revision);
    List<PlanSource> out = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(PathFilter.create(folder));
      }
      while (walk.next()) {
        String path = walk.getPathString();
        FileMode mode = walk.getFileMode(0);
        if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)
            && isPlan(folder, path)) {
          out.add(blob(path, walk.getObjectId(0), maxBytes));
        } else if (mode == FileMode.SYMLINK && isPlan(folder, path)) {
          out.add(PlanSource.refused(path, Text.of("errors.git.symlink")));
        }
      }
    } catch (IOException e) {
      throw PacException.io(
          null, Text.of("errors.git.cannot-read-revision", revision, e.getMessage()), e);
    }
    out.sort(Comparator.comparing(PlanSource::path));
    return out;
  }

  /**
   * A blob, read only when its size (from the object header, without inflating it) is at most
   * {@code max}, and then through a stream capped at that size.
   */
  PlanSource blob(String path, ObjectId id, long max) throws IOException {
    ObjectLoader loader = repo.open(id);
    long size = loader.getSize();
    if (size > max) {
      return PlanSource.refused(path, InputFile.tooLarge(size, max, false));
    }
    try (InputStream in = loader.openStream()) {
      InputFile.Bounded b = InputFile.readAtMost(in, max);
      return b.tooLarge()
          ? PlanSource.refused(path, InputFile.tooLarge(max, max, true))
          : new PlanSource(path, b.bytes());
    }
  }

  /**
   * The plan files under {@code folder} (a repository path) in the working tree, tracked or not.
   */
  public List<PlanSource> inWorkingTree(String folder) {
    return inWorkingTree(folder, InputFile.MAX_TEXT_BYTES);
  }

  /**
   * The same, each file checked before it is read ({@link InputFile}): what is not a regular file,
   * leads out of the repository or is over {@code maxBytes} is a refused source, never read.
   */
  public List<PlanSource> inWorkingTree(String folder, long maxBytes) {
    Path dir = folder.isEmpty() ? workTree : workTree.resolve(folder);
    List<PlanSource> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw PacException.io(folder, Text.of("errors.cannot-list", e.getMessage()), e);
    }
    for (Path f : files) {
      String path = workTree.relativize(f).toString().replace(File.separatorChar, '/');
      if (!isPlan(folder, path)) {
        continue;
      }
      Text refused = InputFile.refusal(f);
      if (refused != null) {
        out.add(PlanSource.refused(path, refused));
        continue;
      }
      InputFile.Bounded b = InputFile.readAtMost(f, path, maxBytes);
      out.add(
          b.tooLarge()
              ? PlanSource.refused(path, InputFile.tooLarge(b.size(), maxBytes, false))
              : new PlanSource(path, b.bytes()));
    }
    out.sort(Comparator.comparing(PlanSource::path));
    return out;
  }

  /** A YAML file under {@code folder} with no hidden part below it. */
  static boolean isPlan(String folder, String path) {
    String below =
        folder.isEmpty()
            ? path
            : path.startsWith(folder + "/") ? path.substring(folder.length() + 1) : null;
    return below != null && PlanFiles.isPlan(below);
  }

  @Override
  public void close() {
    repo.close();
  }
}
