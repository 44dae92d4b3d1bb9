package dev.pac.git;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The first-parent history of HEAD in the repository that holds a folder, read in-process with
 * JGit. A walk over the chain reads each commit once, the root tree and the plans folder's entries
 * only where they changed, and leaves reading a blob to its caller, so that it costs about one read
 * per plan version rather than one per plan file and commit.
 */
public final class GitHistory implements AutoCloseable {
  /**
   * One commit of the chain. {@code firstParent} is null for the root, and for a shallow clone's
   * boundary.
   */
  public record Commit(
      String id,
      Instant time,
      String author,
      String subject,
      List<Footer> footers,
      String firstParent,
      boolean boundary) {
    public Commit {
      footers = List.copyOf(footers);
    }
  }

  /** A trailer line of a commit message's last paragraph: {@code Key: value}. */
  public record Footer(String key, String value) {}

  /** A file under a folder at a commit: its repository path and the id of its content. */
  public record FileVersion(String path, String blob) {}

  private final Repository repo;
  private final Path workTree;
  private final ObjectReader reader;
  private final Set<ObjectId> shallow;
  private final RevWalk walk;

  /** The root tree of each commit of the chain, by commit id. */
  private final Map<String, ObjectId> trees = new HashMap<>();

  private List<Commit> chain;

  private final FolderListings listings;

  private GitHistory(Repository repo, Path workTree) throws IOException {
    this.repo = repo;
    this.workTree = workTree;
    this.reader = repo.newObjectReader();
    this.walk = new RevWalk(reader);
    this.listings = new FolderListings(reader);
    Set<ObjectId> s;
    try {
      s = reader.getShallowCommits();
    } catch (IOException e) {
      s = Set.of();
    }
    this.shallow = s;
  }

  /**
   * The repository holding {@code start}, or null when {@code start} is in no git repository with a
   * working tree.
   */
  public static GitHistory find(Path start) {
    FileRepositoryBuilder builder = Repositories.find(start);
    if (builder == null) {
      return null;
    }
    try {
      Repository repo = builder.build();
      if (repo.isBare()) {
        repo.close();
        return null;
      }
      return new GitHistory(repo, repo.getWorkTree().toPath().toRealPath());
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The repository path of {@code folder} ('/' separated, "" for the top), or null when it is
   * outside the working tree.
   */
  public String repoPath(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    Path real;
    try {
      real = Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      real = abs;
    }
    return real.startsWith(workTree)
        ? workTree.relativize(real).toString().replace(File.separatorChar, '/')
        : null;
  }

  /** The repository's git folder ({@code .git}, or a worktree's). */
  public Path gitDir() {
    return repo.getDirectory().toPath();
  }

  /** Whether the clone is shallow (some commits of the history are missing). */
  public boolean shallow() {
    return !shallow.isEmpty();
  }

  /**
   * HEAD's first-parent chain, newest first; empty when the repository has no commit. A commit
   * whose first parent is missing (a shallow clone) ends the chain, marked as the boundary.
   */
  public List<Commit> chain() {
    if (chain != null) {
      return chain;
    }
    List<Commit> out = new ArrayList<>();
    try {
      ObjectId head = repo.resolve("HEAD^{commit}");
      RevCommit c = head == null ? null : walk.parseCommit(head);
      while (c != null) {
        RevCommit parent = null;
        boolean boundary = shallow.contains(c);
        if (!boundary && c.getParentCount() > 0) {
          try {
            parent = walk.parseCommit(c.getParent(0));
          } catch (MissingObjectException e) {
            boundary = true;
          }
        }
        trees.put(c.getName(), c.getTree().copy());
        out.add(
            new Commit(
                c.getName(),
                Instant.ofEpochSecond(c.getCommitTime()),
                c.getAuthorIdent().getName(),
                c.getShortMessage(),
                footers(c),
                parent == null ? null : parent.getName(),
                boundary));
        c = parent;
      }
    } catch (IOException e) {
      throw PacException.io(null, Text.of("errors.git.cannot-read-history", e.getMessage()), e);
    }
    chain = Collections.unmodifiableList(out);
    return chain;
  }

  private static List<Footer> footers(RevCommit c) {
    List<Footer> out = new ArrayList<>();
    for (FooterLine f : c.getFooterLines()) {
      out.add(new Footer(f.getKey(), f.getValue().strip()));
    }
    return out;
  }

  /**
   * The full id of the commit {@code revision} names, or null when it names none (or names an
   * object not in this clone).
   */
  public String resolve(String revision) {
    try {
      ObjectId id = repo.resolve(revision + "^{commit}");
      return id == null ? null : id.getName();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The plan files under {@code folder} (a repository path, "" for the top) at {@code commit},
   * sorted by path, as {@code pac validate} sees a plans folder. Two commits with the same folder
   * get the same list. A folder is listed in full once; a later folder is listed from the one
   * listed before it, by the entries that differ between the two trees, so walking a chain reads
   * only what each commit changed.
   */
  public List<FileVersion> planFiles(String commit, String folder) {
    try {
      return listings.planFiles(rootTree(commit), folder);
    } catch (IOException e) {
      throw PacException.io(
          null,
          Text.of("errors.git.cannot-read-commit", commit.substring(0, 7), e.getMessage()),
          e);
    }
  }

  /** The root tree of a commit: from the chain when it was walked, else read. */
  private ObjectId rootTree(String commit) throws IOException {
    ObjectId tree = trees.get(commit);
    return tree != null ? tree : walk.parseCommit(ObjectId.fromString(commit)).getTree();
  }

  /**
   * The id of the content of the file at {@code path} (a repository path) at {@code commit}, or
   * null when there is none.
   */
  public String file(String commit, String path) {
    try (TreeWalk tw = TreeWalk.forPath(reader, path, rootTree(commit))) {
      if (tw == null || tw.isSubtree()) {
        return null;
      }
      FileMode mode = tw.getFileMode(0);
      return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE
          ? tw.getObjectId(0).getName()
          : null;
    } catch (IOException e) {
      throw PacException.io(
          null,
          Text.of("errors.git.cannot-read-commit", commit.substring(0, 7), e.getMessage()),
          e);
    }
  }

  /** The bytes of a blob. Not kept: a caller that needs them twice holds them. */
  public byte[] bytes(String blob) {
    try {
      return reader.open(ObjectId.fromString(blob)).getBytes();
    } catch (IOException e) {
      throw PacException.io(null, Text.of("errors.git.cannot-read-file", e.getMessage()), e);
    }
  }

  @Override
  public void close() {
    walk.close();
    reader.close();
    repo.close();
  }
}
