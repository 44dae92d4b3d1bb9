package dev.pac.git;

import dev.pac.git.GitHistory.FileVersion;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The plan files of a folder in the trees of a walk, listed once per tree: two commits with the
 * same folder get the same list. A folder is listed in full once; a later one from the one listed
 * before it, by the entries that differ between the two trees (unchanged subtrees not entered), so
 * walking a chain reads only what each commit changed. Not shared between threads, like the reader.
 */
final class FolderListings {
  private final ObjectReader reader;

  /** A folder's tree (null: not a folder) in a root tree. */
  private final Map<Listing, ObjectId> subtrees = new HashMap<>();

  /** The plan files of a folder's tree. */
  private final Map<Listing, List<FileVersion>> listings = new HashMap<>();

  /** The folder listed last, by path: the next listing starts from it. */
  private Listed last;

  /**
   * A tree and the folder (repository path) it is the tree of. Its equals and hashCode are written
   * out: a record's derived ones go through method handles, slow before they are compiled, and a
   * history looks a listing up for each commit (docs/performance.md).
   */
  private record Listing(ObjectId tree, String folder) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Listing l
          && Objects.equals(tree, l.tree)
          && Objects.equals(folder, l.folder);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(tree) + Objects.hashCode(folder);
    }
  }

  private record Listed(Listing key, TreeMap<String, FileVersion> files) {}

  FolderListings(ObjectReader reader) {
    this.reader = reader;
  }

  /**
   * The plan files under {@code folder} (a repository path, "" for the top) in the root tree {@code
   * root}, sorted by path.
   */
  List<FileVersion> planFiles(ObjectId root, String folder) throws IOException {
    ObjectId tree = folderTree(root, folder);
    if (tree == null) {
      return List.of();
    }
    Listing key = new Listing(tree, folder);
    List<FileVersion> cached = listings.get(key);
    if (cached != null) {
      return cached;
    }
    TreeMap<String, FileVersion> files =
        last != null && last.key().folder().equals(folder)
            ? changed(last, tree, folder)
            : listed(tree, folder);
    List<FileVersion> result = List.copyOf(files.values());
    listings.put(key, result);
    last = new Listed(key, files);
    return result;
  }

  /** The tree of {@code folder} in {@code root}, or null when it is not a folder there. */
  private ObjectId folderTree(ObjectId root, String folder) throws IOException {
    if (folder.isEmpty()) {
      return root;
    }
    Listing key = new Listing(root, folder);
    if (subtrees.containsKey(key)) {
      return subtrees.get(key);
    }
    ObjectId tree = null;
    try (TreeWalk tw = TreeWalk.forPath(reader, folder, root)) {
      if (tw != null && tw.isSubtree()) {
        tree = tw.getObjectId(0);
      }
    }
    subtrees.put(key, tree);
    return tree;
  }

  /** Every plan file of a folder's tree, by path. */
  private TreeMap<String, FileVersion> listed(ObjectId tree, String folder) throws IOException {
    TreeMap<String, FileVersion> out = new TreeMap<>();
    try (TreeWalk tw = new TreeWalk(reader)) {
      tw.addTree(tree);
      tw.setRecursive(true);
      while (tw.next()) {
        put(out, tw, 0, folder);
      }
    }
    return out;
  }

  /**
   * The plan files of a folder's tree, from those of another tree of the same folder: only the
   * paths whose entries differ between the two trees are looked at (unchanged subtrees are not
   * entered).
   */
  private TreeMap<String, FileVersion> changed(Listed from, ObjectId tree, String folder)
      throws IOException {
    TreeMap<String, FileVersion> out = new TreeMap<>(from.files());
    try (TreeWalk tw = new TreeWalk(reader)) {
      tw.addTree(from.key().tree());
      tw.addTree(tree);
      tw.setRecursive(true);
      tw.setFilter(TreeFilter.ANY_DIFF);
      while (tw.next()) {
        out.remove(path(tw, folder));
        put(out, tw, 1, folder);
      }
    }
    return out;
  }

  /** Adds the walk's current entry of tree {@code n} when it is a plan file. */
  private static void put(Map<String, FileVersion> out, TreeWalk tw, int n, String folder) {
    FileMode mode = tw.getFileMode(n);
    if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
      String path = path(tw, folder);
      if (GitPlans.isPlan(folder, path)) {
        out.put(path, new FileVersion(path, tw.getObjectId(n).getName()));
      }
    }
  }

  private static String path(TreeWalk tw, String folder) {
    return folder.isEmpty() ? tw.getPathString() : folder + "/" + tw.getPathString();
  }
}
