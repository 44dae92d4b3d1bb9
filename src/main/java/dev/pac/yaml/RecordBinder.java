package dev.pac.yaml;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.text.Synonyms;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a located YAML tree onto model records ({@link RecordShape}), without coercion ({@link
 * Scalars}), and asks the field rules ({@link ValueRules}) about each value as it binds it. Every
 * mismatch and broken rule is a located finding, all of them collected; a value that does not bind
 * is left null and its path remembered, so that nothing is reported twice.
 */
public final class RecordBinder {
  /**
   * What binding gave: the value, the findings, the paths that failed to bind, and the keys read
   * under the name they were meant to have ({@code aliases}: the path the format gives them → the
   * path in the file), so later findings about them are placed where they are written.
   */
  public record Result<T>(
      T value, List<Finding> findings, Set<String> failedPaths, Map<String, String> aliases) {}

  /**
   * Values already bound, by the node they were bound from (its identity): a top-level value bound
   * without a finding is kept and given again for the same node, bound as the same field.
   */
  public interface Memo {
    /** What {@code node} was bound to as field {@code key}, {@link #NONE} when not kept. */
    Object get(YamlNode node, String key);

    void put(YamlNode node, String key, Object value);

    /** Nothing kept. */
    Object NONE = new Object();
  }

  private final String file;
  private final Memo memo;
  private final Scalars scalars = new Scalars(this);
  private final FieldFindings rules;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  private RecordBinder(String file, ValueRules rules, Memo memo) {
    this.file = file;
    this.memo = memo;
    this.rules = new FieldFindings(rules, this);
  }

  /** Binds {@code root} onto {@code type}, without field rules. */
  public static <T> Result<T> bind(YamlNode root, Class<T> type, String file) {
    return bind(root, type, file, ValueRules.NONE);
  }

  /** Binds {@code root} onto {@code type}, asking {@code rules} about each value as it is bound. */
  public static <T> Result<T> bind(YamlNode root, Class<T> type, String file, ValueRules rules) {
    return bind(root, type, file, rules, null);
  }

  /**
   * The same, each top-level value looked up in {@code memo} first and kept there when it bound
   * without a finding (for trees that share nodes: {@link SectionCache}). One memo serves one type
   * and one set of rules, and only rules that judge no value alone ({@link ValueRules#NONE}): a
   * value taken from the memo is not bound again, so nothing inside it is asked about.
   */
  public static <T> Result<T> bind(
      YamlNode root, Class<T> type, String file, ValueRules rules, Memo memo) {
    RecordBinder b = new RecordBinder(file, rules, memo);
    Object value = root == null ? null : b.value(root, type, "");
    return new Result<>(
        type.cast(value), List.copyOf(b.findings), Set.copyOf(b.failed), Map.copyOf(b.aliases));
  }

  private Object value(YamlNode node, Type type, String path) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INVALID) {
      failed.add(path);
      return null;
    }
    Class<?> raw = RecordShape.raw(type);
    if (raw.isRecord()) {
      return record(node, RecordShape.of(raw), path);
    }
    if (raw == Object.class) {
      return plain(node, path);
    }
    if (raw == List.class) {
      return list(node, RecordShape.argument(type, 0), path);
    }
    if (raw == Map.class) {
      return map(
          node,
          RecordShape.raw(RecordShape.argument(type, 0)),
          RecordShape.argument(type, 1),
          path);
    }
    if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
      return typeError(node, path, Scalars.expected(raw));
    }
    return scalars.value(s, raw, path);
  }

  /**
   * A value whose shape the reader decides ({@code Object} components, for keys that take a word or
   * a list, say): text, an integer, a boolean, a list or a mapping of such values; null for an
   * empty value.
   */
  private Object plain(YamlNode node, String path) {
    if (node instanceof YamlNode.Mapping m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (YamlNode.Entry e : m.entries()) {
        Object v = plain(e.value(), LocationIndex.child(path, e.key()));
        if (v != null) {
          out.put(e.key(), v);
        }
      }
      return out;
    }
    if (node instanceof YamlNode.Sequence s) {
      List<Object> out = new ArrayList<>(s.items().size());
      for (int i = 0; i < s.items().size(); i++) {
        Object v = plain(s.items().get(i), LocationIndex.item(path, i));
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return switch (s.kind()) {
      case NULL, INVALID -> null;
      case INTEGER -> scalars.integer(s, path);
      case BOOLEAN -> Scalars.bool(s);
      default -> s.text();
    };
  }

  private Object record(YamlNode node, RecordShape shape, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      return typeError(node, path, Text.of("yaml.expect-keys", String.join(", ", shape.keys())));
    }
    Map<String, YamlNode.Entry> meant = unknownKeys(m, shape, path);
    List<RecordShape.Field> fields = shape.fields();
    Object[] args = new Object[fields.size()];
    for (int i = 0; i < args.length; i++) {
      RecordShape.Field f = fields.get(i);
      YamlNode.Entry e = m.entry(f.key());
      if (e == null) {
        e = meant.get(f.key());
      }
      String at = LocationIndex.child(path, f.key());
      if (memo != null && path.isEmpty() && e != null && e.key().equals(f.key())) {
        args[i] = kept(e, f, at);
      } else {
        args[i] = e == null ? null : value(e.value(), f.type(), at);
      }
      rules.check(shape, f, args[i], m, e, path);
    }
    return shape.build(args);
  }

  /** A top-level value from the memo, else bound and kept when binding it found nothing. */
  private Object kept(YamlNode.Entry e, RecordShape.Field f, String at) {
    Object known = memo.get(e.value(), f.key());
    if (known != Memo.NONE) {
      return known;
    }
    int findingsBefore = findings.size();
    int failedBefore = failed.size();
    int aliasesBefore = aliases.size();
    Object v = value(e.value(), f.type(), at);
    if (findings.size() == findingsBefore
        && failed.size() == failedBefore
        && aliases.size() == aliasesBefore) {
      memo.put(e.value(), f.key(), v);
    }
    return v;
  }

  /**
   * Reports the keys of {@code m} that {@code shape} does not have. An unknown key that is a known
   * word for a key the mapping lacks ({@code objectifs} for {@code objectives}) is reported once
   * and read as that key, so that what it holds is checked and nothing is reported twice: those are
   * returned, by the key meant.
   */
  private Map<String, YamlNode.Entry> unknownKeys(
      YamlNode.Mapping m, RecordShape shape, String path) {
    Map<String, YamlNode.Entry> meant = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      if (shape.field(e.key()) != null) {
        continue;
      }
      Optional<String> word = Synonyms.key(e.key()).filter(k -> shape.field(k) != null);
      String target = word.orElse(null);
      boolean free = target != null && m.entry(target) == null && !meant.containsKey(target);
      add(
          Rule.SCHEMA_UNKNOWN_KEY,
          e.keyAt(),
          Text.of(
              "yaml.unknown-key",
              Excerpt.of(e.key()),
              word.isPresent()
                  ? Text.of(free ? "yaml.key-is-read" : "yaml.key-is", word.get())
                  : Nearest.suggestionText(e.key(), shape.keys())));
      if (free) {
        meant.put(target, e);
        aliases.put(LocationIndex.child(path, target), LocationIndex.child(path, e.key()));
      }
    }
    return meant;
  }

  private List<Object> list(YamlNode node, Type element, String path) {
    if (!(node instanceof YamlNode.Sequence s)) {
      return typeError(node, path, Text.of("yaml.expect-list"));
    }
    List<Object> out = new ArrayList<>(s.items().size());
    for (int i = 0; i < s.items().size(); i++) {
      out.add(value(s.items().get(i), element, LocationIndex.item(path, i)));
    }
    return Collections.unmodifiableList(out);
  }

  private Map<Object, Object> map(YamlNode node, Class<?> keyType, Type valueType, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      return typeError(node, path, Text.of("yaml.expect-mapping"));
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      String p = LocationIndex.child(path, e.key());
      Object k = e.key();
      if (keyType.isEnum()) { // the model's enums are Keywords
        k = Scalars.lookup(keyType, e.key());
        if (k == null) {
          fail(
              Rule.SCHEMA_UNKNOWN_KEY,
              e.keyAt(),
              p,
              Text.of(
                  "yaml.unknown-key",
                  Excerpt.of(e.key()),
                  Nearest.suggestionText(e.key(), Scalars.ids(keyType))));
          continue;
        }
      }
      Object v = value(e.value(), valueType, p);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  /** Reports that the value at {@code path} is not the {@code expected} kind of value; null. */
  <T> T typeError(YamlNode node, String path, Text expected) {
    String name = lastKey(path);
    return fail(
        Rule.SCHEMA_TYPE,
        node.at(),
        path,
        name.isEmpty()
            ? Text.of("yaml.file-type", expected, YamlNode.describe(node))
            : Text.of("yaml.type", name, expected, YamlNode.describe(node)));
  }

  /** Reports that the value at {@code path} does not bind, and remembers its path; null. */
  <T> T fail(Rule rule, Location at, String path, Text message) {
    add(rule, at, message);
    failed.add(path);
    return null;
  }

  void add(Rule rule, Location at, Text message) {
    findings.add(YamlReader.finding(file, at, rule, message));
  }

  /** The last key of a path, with the index of a list item: {@code objectives[2]}. */
  static String lastKey(String path) {
    int dot = path.lastIndexOf('.');
    return Excerpt.of(dot < 0 ? path : path.substring(dot + 1)); // a user's map key can be long
  }
}
