package dev.pac.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where each value and key of a YAML tree is, by path: {@code objectives[2].target}. A path that
 * does not exist (a missing key) falls back to its nearest existing ancestor.
 *
 * <p>A path is looked up by walking the tree from its root, on demand: a plan asks for a handful of
 * paths (whether an objective's start is written, where a finding is), so no table of every path is
 * built. Paths are the strings {@link #child} and {@link #item} make, and the walk finds what a
 * table of all of them would: where two nodes have the same path (a key with a dot in it), the one
 * written last in the file.
 */
public final class LocationIndex {
  private Supplier<YamlNode> source;
  private YamlNode root;
  private final Map<String, String> aliases = new HashMap<>();

  public LocationIndex(YamlNode root) {
    this.root = root;
  }

  /**
   * The index of a tree made only when a path is first looked up: for a file whose records are
   * known without it ({@code workspace.CheckedFiles}), where a location is needed only to place a
   * finding.
   */
  public static LocationIndex whenAsked(Supplier<YamlNode> root) {
    LocationIndex index = new LocationIndex(null);
    index.source = root;
    return index;
  }

  private synchronized YamlNode root() {
    if (source != null) {
      root = source.get();
      source = null;
    }
    return root;
  }

  /**
   * The value's location (or, with {@code keyOnly}, its key's) of the node whose path is {@code
   * path}, below {@code node} whose path is {@code path}'s first {@code pos} characters, or null.
   * Candidates are tried from the last written to the first, so the first found is the last one.
   */
  private static Location find(
      YamlNode node, String path, int pos, boolean emptyPath, Location keyAt, boolean keyOnly) {
    if (node instanceof YamlNode.Mapping m) {
      List<YamlNode.Entry> entries = m.entries();
      for (int i = entries.size() - 1; i >= 0; i--) {
        YamlNode.Entry e = entries.get(i);
        String k = e.key();
        int from = emptyPath ? pos : pos + 1;
        if ((emptyPath || (pos < path.length() && path.charAt(pos) == '.'))
            && path.startsWith(k, from)) {
          Location l =
              find(
                  e.value(), path, from + k.length(), emptyPath && k.isEmpty(), e.keyAt(), keyOnly);
          if (l != null) {
            return l;
          }
        }
      }
    } else if (node instanceof YamlNode.Sequence s) {
      int index = itemAt(path, pos);
      if (index >= 0 && index < s.items().size()) {
        int next = path.indexOf(']', pos) + 1;
        Location l = find(s.items().get(index), path, next, false, null, keyOnly);
        if (l != null) {
          return l;
        }
      }
    }
    if (pos != path.length()) {
      return null;
    }
    return keyOnly ? keyAt : node.at();
  }

  /** The index {@code [i]} at {@code pos} names, written as {@link #item} writes it, else -1. */
  private static int itemAt(String path, int pos) {
    if (pos >= path.length() || path.charAt(pos) != '[') {
      return -1;
    }
    int end = path.indexOf(']', pos);
    if (end < 0 || end == pos + 1 || end - pos > 10) {
      return -1;
    }
    if (path.charAt(pos + 1) == '0' && end != pos + 2) {
      return -1; // a leading zero: no item is written so
    }
    long n = 0;
    for (int i = pos + 1; i < end; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n > Integer.MAX_VALUE ? -1 : (int) n;
  }

  private Location valueAt(String path) {
    YamlNode r = root();
    return r == null ? null : find(r, path, 0, true, null, false);
  }

  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  public boolean has(String path) {
    return valueAt(real(path)) != null;
  }

  /**
   * Paths under {@code path} are written under {@code written} in the file (a key read under its
   * meant name).
   */
  public void alias(String path, String written) {
    aliases.put(path, written);
  }

  /** The path as written in the file: an aliased prefix replaced. */
  private String real(String path) {
    if (aliases.isEmpty()) {
      return path;
    }
    // the longest aliased prefix first: its written path has a canonical parent, resolved in turn
    String best = null;
    for (String p : aliases.keySet()) {
      if ((path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["))
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best == null ? path : real(aliases.get(best) + path.substring(best.length()));
  }

  /** The location of the value at {@code path}, or of its nearest existing ancestor. */
  public Location value(String path) {
    for (String p = real(path); ; p = parent(p)) {
      Location l = valueAt(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return Location.START;
      }
    }
  }

  /**
   * The location of the key naming {@code path}, or of the value where there is no key (a list
   * item).
   */
  public Location key(String path) {
    YamlNode r = root();
    Location l = r == null ? null : find(r, real(path), 0, true, null, true);
    return l != null ? l : value(path);
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
