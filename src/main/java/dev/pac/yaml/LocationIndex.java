package dev.pac.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and key of a YAML tree is, by path: {@code objectives[2].target}. A path that
 * does not exist (a missing key) falls back to its nearest existing ancestor.
 */
public final class LocationIndex {
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, String> aliases = new HashMap<>();

  public LocationIndex(YamlNode root) {
    if (root != null) {
      index("", root);
    }
  }

  private void index(String path, YamlNode node) {
    values.put(path, node.at());
    if (node instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries()) {
        String p = child(path, e.key());
        keys.put(p, e.keyAt());
        index(p, e.value());
      }
    } else if (node instanceof YamlNode.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        index(item(path, i), s.items().get(i));
      }
    }
  }

  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  public boolean has(String path) {
    return values.containsKey(real(path));
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
      Location l = values.get(p);
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
    Location l = keys.get(real(path));
    return l != null ? l : value(path);
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
