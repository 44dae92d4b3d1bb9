package dev.pac.yaml;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
   * The trees of the items of list sections, and of their key lines ({@link #fromItems}), by text.
   * Guarded by {@link #sections}.
   */
  private final Map<String, YamlNode.Mapping> itemTrees = recentlyUsed();

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
    return remembered(
        sections,
        text,
        () -> {
          YamlNode.Mapping m = fromItems(reader, text, file);
          if (m != null) {
            return m;
          }
          YamlDocument doc = reader.parse(text, file);
          return doc.findings().isEmpty()
                  && doc.root() instanceof YamlNode.Mapping whole
                  && whole.entries().size() == 1
              ? whole
              : null;
        });
  }

  /**
   * The tree {@code trees} holds for {@code text}, else the one {@code parse} gives, kept there
   * unless null.
   */
  private YamlNode.Mapping remembered(
      Map<String, YamlNode.Mapping> trees, String text, Supplier<YamlNode.Mapping> parse) {
    synchronized (sections) {
      YamlNode.Mapping known = trees.get(text);
      if (known != null) {
        return known;
      }
    }
    YamlNode.Mapping m = parse.get();
    if (m != null) {
      synchronized (sections) {
        trees.put(text, m);
      }
    }
    return m;
  }

  /**
   * A section that is a list ({@code objectives:}, {@code actions:}…) put together from its items,
   * each distinct item's text parsed once: a commit that changes one objective's target parses that
   * objective alone. Null when the section is not a bare key over a block list whose items each
   * parse alone, without a finding, into a list of one item; the section is then parsed whole.
   */
  private YamlNode.Mapping fromItems(YamlReader reader, String text, String file) {
    List<String> texts = items(text);
    if (texts == null) {
      return null;
    }
    YamlNode.Mapping head = item(reader, texts.get(0), file, true);
    if (head == null) {
      return null;
    }
    List<YamlNode> items = new ArrayList<>(texts.size() - 1);
    for (String t : texts.subList(1, texts.size())) {
      YamlNode.Mapping parsed = item(reader, t, file, false);
      if (parsed == null) {
        return null;
      }
      items.add(((YamlNode.Sequence) parsed.entries().get(0).value()).items().get(0));
    }
    YamlNode.Entry key = head.entries().get(0);
    return new YamlNode.Mapping(
        head.at(),
        List.of(
            new YamlNode.Entry(
                key.key(),
                key.keyAt(),
                new YamlNode.Sequence(items.get(0).at(), List.copyOf(items)))));
  }

  /**
   * The tree of a section's key line ({@code head}: a mapping of the key to nothing) or of one of
   * its items (the same key over a list of that one item, so that it parses as it does in its
   * section), each distinct text parsed once; null when it is not just that.
   */
  private YamlNode.Mapping item(YamlReader reader, String text, String file, boolean head) {
    return remembered(
        itemTrees,
        text,
        () -> {
          YamlDocument doc = reader.parse(head ? text : "k:\n" + text, file);
          return doc.findings().isEmpty()
                  && doc.root() instanceof YamlNode.Mapping m
                  && m.entries().size() == 1
                  && (head
                      ? m.entries().get(0).value() instanceof YamlNode.Scalar s
                          && s.kind() == YamlNode.Scalar.Kind.NULL
                      : m.entries().get(0).value() instanceof YamlNode.Sequence q
                          && q.items().size() == 1)
              ? m
              : null;
        });
  }

  /**
   * A section's text cut into its key's line and its list's items, each item from its {@code -}
   * line to the next one at the same indentation; null when the section is not a bare {@code key:}
   * line over a block list indented by spaces, with no comment line and no tab.
   */
  static List<String> items(String text) {
    int n = text.length();
    int eol = text.indexOf('\n');
    if (eol < 0) {
      return null;
    }
    int colon = text.indexOf(':');
    if (colon < 0 || colon > eol || !text.substring(colon + 1, eol).isBlank()) {
      return null; // a value, an anchor or a comment after the key, or no key on the first line
    }
    List<String> out = new ArrayList<>();
    out.add(text.substring(0, eol + 1));
    int indent = -1; // the items' indentation
    int start = -1; // where the item being read starts
    for (int line = eol + 1; line < n; ) {
      int end = text.indexOf('\n', line);
      end = end < 0 ? n : end + 1;
      int i = line;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      char c = i < end ? text.charAt(i) : '\n';
      if (c == '\t' || c == '#') {
        return null;
      }
      boolean blank = c == '\n' || c == '\r';
      int col = i - line;
      if (!blank) {
        boolean entry =
            c == '-' && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n');
        if (indent < 0) {
          if (!entry || col == 0) {
            return null;
          }
          indent = col;
        }
        if (col < indent || (col == indent && !entry)) {
          return null;
        }
        if (col == indent) {
          if (start >= 0) {
            out.add(text.substring(start, line));
          }
          start = line;
        }
      } else if (start < 0) {
        return null; // a blank line between the key and the first item: parsed whole
      }
      line = end;
    }
    if (start < 0) {
      return null;
    }
    out.add(text.substring(start));
    return out;
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
