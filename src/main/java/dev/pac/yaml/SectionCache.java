package dev.pac.yaml;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The versions of a plan in its git history share most of their text: a commit changes a target or
 * a budget, and every other top-level section ({@code kpis:}, {@code objectives:}…) is as it was. A
 * version is cut into its sections (a key at the left margin and the lines under it, the first
 * section also holding what comes before its key), and each distinct section's text is parsed once,
 * its tree shared by every version that holds it; through {@link #memo} its value is bound once
 * too.
 *
 * <p>Only a document whose every line at the left margin is a plain {@code key:} (or a comment) is
 * cut; any other, and any whose section has a finding, is not the single entry it should be, or
 * repeats a key, is parsed whole, as {@link YamlReader#parse(byte[], String)} does. A cut document
 * has no finding and the same tree as the whole file's, except that its nodes are placed within
 * their section, not the file: a caller that has a finding to place parses the file whole ({@link
 * Parsed#whole}). The sections kept are the 1,024 most recently used. Safe to share between
 * threads. A cache serves one loader: its trees follow that loader's reader and limits, and its
 * memo holds the values of one record type bound without field rules.
 */
public final class SectionCache {
  /** Sections kept, the most recently used: a few versions of a few dozen plans. */
  private static final int KEPT = 1024;

  /** The parse of a file: whole, or put together from its sections (nodes placed per section). */
  public record Parsed(YamlDocument document, boolean whole) {}

  private final Map<String, YamlNode.Mapping> sections = recentlyUsed();

  /**
   * What the value of a section was bound to, by the value's node (its identity; the field's key
   * beside it): a section shared by many versions is bound once too. Guarded by {@link #sections}.
   */
  private final Map<Node, Object[]> bound = recentlyUsed();

  /** The binder's memo over {@link #bound}, one for the cache. */
  private final RecordBinder.Memo memo =
      new RecordBinder.Memo() {
        @Override
        public Object get(YamlNode node, String key) {
          synchronized (sections) {
            Object[] kept = bound.get(new Node(node));
            return kept != null && kept[0].equals(key) ? kept[1] : NONE;
          }
        }

        @Override
        public void put(YamlNode node, String key, Object value) {
          synchronized (sections) {
            bound.put(new Node(node), new Object[] {key, value});
          }
        }
      };

  /** A node compared by identity (the trees are records, equal when their contents are). */
  private record Node(YamlNode node) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Node n && n.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  /** A map keeping the {@link #KEPT} entries used last. */
  private static <K, V> Map<K, V> recentlyUsed() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > KEPT;
      }
    };
  }

  /** The binder's memo over the sections' values ({@link RecordBinder#bind}). */
  public RecordBinder.Memo memo() {
    return memo;
  }

  /** {@code bytes} parsed by {@code reader}, from its sections when it can be cut, else whole. */
  public Parsed parse(YamlReader reader, byte[] bytes, String file) {
    YamlDocument cut = reader.fits(bytes.length) ? cut(reader, bytes, file) : null;
    return cut != null ? new Parsed(cut, false) : new Parsed(reader.parse(bytes, file), true);
  }

  private YamlDocument cut(YamlReader reader, byte[] bytes, String file) {
    String text;
    try {
      text = YamlReader.decode(bytes);
    } catch (CharacterCodingException e) {
      return null;
    }
    List<String> texts = sections(text);
    if (texts == null) {
      return null;
    }
    List<YamlNode.Entry> entries = new ArrayList<>(texts.size());
    Set<String> keys = new HashSet<>();
    Location at = null;
    for (String section : texts) {
      YamlNode.Mapping m = section(reader, section, file);
      if (m == null || !keys.add(m.entries().get(0).key())) {
        return null;
      }
      at = at == null ? m.at() : at;
      entries.add(m.entries().get(0));
    }
    return new YamlDocument(file, new YamlNode.Mapping(at, List.copyOf(entries)), List.of());
  }

  /** The tree of one section's text: a mapping of one entry, or null when it is not just that. */
  private YamlNode.Mapping section(YamlReader reader, String text, String file) {
    YamlNode.Mapping known;
    synchronized (sections) {
      known = sections.get(text);
    }
    if (known != null) {
      return known;
    }
    YamlDocument doc = reader.parse(text, file);
    if (!doc.findings().isEmpty()
        || !(doc.root() instanceof YamlNode.Mapping m)
        || m.entries().size() != 1) {
      return null;
    }
    synchronized (sections) {
      sections.put(text, m);
    }
    return m;
  }

  /**
   * The texts of {@code text}'s top-level sections, each from its key's line to the next key's, the
   * first from the start of the text (comments and blank lines before the first key are parsed with
   * it, as they are in the whole file); null when a line at the left margin is neither a plain
   * {@code key:} nor a comment, or when a CR is not part of a CR LF.
   */
  static List<String> sections(String text) {
    int n = text.length();
    for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
      if (cr + 1 >= n || text.charAt(cr + 1) != '\n') {
        return null;
      }
    }
    List<String> out = new ArrayList<>();
    int start = 0; // where the section being read starts
    boolean keyed = false; // whether a key was seen
    for (int line = 0; line < n; ) {
      int end = text.indexOf('\n', line);
      end = end < 0 ? n : end + 1;
      char c = text.charAt(line);
      if (c != ' ' && c != '\n' && c != '\r' && c != '#') {
        if (!plainKey(text, line, end)) {
          return null;
        }
        if (keyed) {
          out.add(text.substring(start, line));
          start = line;
        }
        keyed = true;
      }
      line = end;
    }
    if (!keyed) {
      return null;
    }
    out.add(text.substring(start));
    return out;
  }

  /** Whether the line {@code text[from..to)} starts with a plain key, then a colon and a blank. */
  private static boolean plainKey(String text, int from, int to) {
    char c = text.charAt(from);
    if (!(Character.isLetter(c) && c < 128) && c != '_') {
      return false;
    }
    int i = from + 1;
    while (i < to) {
      c = text.charAt(i);
      if ((c < 128 && Character.isLetterOrDigit(c)) || c == '_' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    if (i >= to || text.charAt(i) != ':') {
      return false;
    }
    char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    return after == ' ' || after == '\n' || after == '\r';
  }
}
