package dev.pac.io.git;

import dev.pac.error.PacException;
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
 * The first-parent history of HEAD in the repository that holds a folder, read in-process with JGit.
 * Each tree and blob is read at most once per instance: the plans folder of a commit is listed once per
 * distinct folder tree, and a file's bytes are read once per distinct blob, so a walk over thousands of
 * commits costs about one read per plan version.
 */
public final class GitHistory implements AutoCloseable {
  /** One commit of the chain. {@code firstParent} is null for the root, and for a shallow clone's boundary. */
  public record Commit(String id, Instant time, String author, String subject, List<Footer> footers,
      String firstParent, boolean boundary) {
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
  private final Map<String, List<FileVersion>> folders = new HashMap<>();
  private final Map<String, byte[]> blobs = new HashMap<>();
  private List<Commit> chain;

  private GitHistory(Repository repo, Path workTree) throws IOException {
    this.repo = repo;
    this.workTree = workTree;
    this.reader = repo.newObjectReader();
    Set<ObjectId> s;
    try {
      s = reader.getShallowCommits();
    } catch (IOException e) {
      s = Set.of();
    }
    this.shallow = s;
  }

  /** The repository holding {@code start}, or null when {@code start} is in no git repository with a working tree. */
  public static GitHistory find(Path start) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
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

  /** The repository path of {@code folder} ('/' separated, "" for the top), or null when it is outside the working tree. */
  public String repoPath(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    Path real;
    try {
      real = Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      real = abs;
    }
    return real.startsWith(workTree) ? workTree.relativize(real).toString().replace(File.separatorChar, '/') : null;
  }

  /** Whether the clone is shallow (some commits of the history are missing). */
  public boolean shallow() {
    return !shallow.isEmpty();
  }

  /**
   * HEAD's first-parent chain, newest first; empty when the repository has no commit. A commit whose
   * first parent is missing (a shallow clone) ends the chain, marked as the boundary.
   */
  public List<Commit> chain() {
    if (chain != null) {
      return chain;
    }
    List<Commit> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(reader)) {
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
        out.add(new Commit(c.getName(), Instant.ofEpochSecond(c.getCommitTime()), c.getAuthorIdent().getName(),
            c.getShortMessage(), footers(c), parent == null ? null : parent.getName(), boundary));
        c = parent;
      }
    } catch (IOException e) {
      throw PacException.io(null, "cannot read the git history: " + e.getMessage(), e);
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

  /** The full id of the commit {@code revision} names, or null when it names none (or names an object not in this clone). */
  public String resolve(String revision) {
    try {
      ObjectId id = repo.resolve(revision + "^{commit}");
      return id == null ? null : id.getName();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The plan files under {@code folder} (a repository path, "" for the top) at {@code commit}, sorted by
   * path, as {@code pac validate} sees a plans folder. Two commits with the same folder get the same list.
   */
  public List<FileVersion> planFiles(String commit, String folder) {
    try (RevWalk walk = new RevWalk(reader)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      ObjectId tree = c.getTree();
      if (!folder.isEmpty()) {
        try (TreeWalk tw = TreeWalk.forPath(reader, folder, tree)) {
          if (tw == null || !tw.isSubtree()) {
            return List.of();
          }
          tree = tw.getObjectId(0);
        }
      }
      String key = tree.getName() + ":" + folder;
      List<FileVersion> cached = folders.get(key);
      if (cached != null) {
        return cached;
      }
      List<FileVersion> out = new ArrayList<>();
      try (TreeWalk tw = new TreeWalk(reader)) {
        tw.addTree(tree);
        tw.setRecursive(true);
        while (tw.next()) {
          FileMode mode = tw.getFileMode(0);
          String path = folder.isEmpty() ? tw.getPathString() : folder + "/" + tw.getPathString();
          if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) && GitPlans.isPlan(folder, path)) {
            out.add(new FileVersion(path, tw.getObjectId(0).getName()));
          }
        }
      }
      out.sort(java.util.Comparator.comparing(FileVersion::path));
      List<FileVersion> result = List.copyOf(out);
      folders.put(key, result);
      return result;
    } catch (IOException e) {
      throw PacException.io(null, "cannot read commit " + commit.substring(0, 7) + ": " + e.getMessage(), e);
    }
  }

  /** The id of the content of the file at {@code path} (a repository path) at {@code commit}, or null when there is none. */
  public String file(String commit, String path) {
    try (RevWalk walk = new RevWalk(reader)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
        if (tw == null || tw.isSubtree()) {
          return null;
        }
        FileMode mode = tw.getFileMode(0);
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE ? tw.getObjectId(0).getName() : null;
      }
    } catch (IOException e) {
      throw PacException.io(null, "cannot read commit " + commit.substring(0, 7) + ": " + e.getMessage(), e);
    }
  }

  /** The bytes of a blob, read once. */
  public byte[] bytes(String blob) {
    byte[] b = blobs.get(blob);
    if (b == null) {
      try {
        b = reader.open(ObjectId.fromString(blob)).getBytes();
      } catch (IOException e) {
        throw PacException.io(null, "cannot read a file from the git repository: " + e.getMessage(), e);
      }
      blobs.put(blob, b);
    }
    return b;
  }

  @Override
  public void close() {
    reader.close();
    repo.close();
  }
}
