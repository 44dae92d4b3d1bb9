package dev.pac.io.yaml;

import dev.pac.model.Finding;
import dev.pac.model.Keyword;
import dev.pac.model.Rule;
import dev.pac.store.Dates;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.text.Synonyms;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a located YAML tree onto model records, without coercion: a record component {@code avgMrr}
 * is the key {@code avg_mrr}; {@link Keyword} enums are matched on their ids; dates are
 * {@code YYYY-MM-DD}. Every mismatch is a located finding, all of them collected; a value that does not
 * bind is left null and its path remembered, so later rules do not report it again.
 */
public final class RecordBinder {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  /** The bound value (null when the root did not bind), the findings, and the paths that did not bind. */
  /**
   * What binding gave: the value, the findings, the paths that failed to bind, and the keys read under the
   * name they were meant to have ({@code aliases}: the path the format gives them → the path in the file),
   * so later findings about them are placed where they are written.
   */
  public record Result<T>(T value, List<Finding> findings, Set<String> failedPaths, Map<String, String> aliases) {}

  /**
   * What binding needs to know of each record type, read once: looking record components up again (their
   * generic types are parsed from signatures on each call) costs more than binding. A binder of many
   * files (past versions of plans, say) passes one to each {@link #bind}; safe to share between threads.
   */
  public static final class Shapes {
    private final Map<Class<?>, Shape> shapes = new java.util.concurrent.ConcurrentHashMap<>();

    Shape of(Class<?> type) {
      return shapes.computeIfAbsent(type, Shape::new);
    }
  }

  /** A record type's keys (in declaration order), component types and canonical constructor. */
  static final class Shape {
    final String[] keys;
    final Type[] types;
    final Map<String, Integer> index = new LinkedHashMap<>();
    final Constructor<?> constructor;

    Shape(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      keys = new String[components.length];
      types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        keys[i] = key(components[i].getName());
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
        index.put(keys[i], i);
      }
      try {
        constructor = type.getDeclaredConstructor(raw);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
      }
    }
  }

  private final String file;
  private final Shapes shapes;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  private RecordBinder(String file, Shapes shapes) {
    this.file = file;
    this.shapes = shapes;
  }

  public static <T> Result<T> bind(YamlNode root, Class<T> type, String file) {
    return bind(root, type, file, new Shapes());
  }

  /** {@link #bind(YamlNode, Class, String)}, with the record shapes {@code shapes} holds or learns. */
  public static <T> Result<T> bind(YamlNode root, Class<T> type, String file, Shapes shapes) {
    RecordBinder b = new RecordBinder(file, shapes);
    Object value = root == null ? null : b.value(root, type, "");
    return new Result<>(type.cast(value), List.copyOf(b.findings), Set.copyOf(b.failed), Map.copyOf(b.aliases));
  }

  /** The YAML key of a record component: {@code avgMrr} is {@code avg_mrr}. */
  public static String key(String component) {
    StringBuilder sb = new StringBuilder();
    for (char c : component.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The keys a record type accepts, in declaration order. */
  public static List<String> keys(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> key(c.getName())).toList();
  }

  private Object value(YamlNode node, Type type, String path) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INVALID) {
      failed.add(path);
      return null;
    }
    Class<?> raw = rawClass(type);
    if (raw.isRecord()) {
      return record(node, raw, path);
    }
    if (raw == Object.class) {
      return plain(node, path);
    }
    if (raw == List.class) {
      return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
    }
    if (raw == Map.class) {
      Type[] args = ((ParameterizedType) type).getActualTypeArguments();
      return map(node, rawClass(args[0]), args[1], path);
    }
    if (!(node instanceof YamlNode.Scalar s)) {
      return typeError(node, path, expected(raw));
    }
    if (s.kind() == YamlNode.Scalar.Kind.NULL) {
      return typeError(node, path, expected(raw));
    }
    if (raw == String.class) {
      return s.text();
    }
    if (raw == Integer.class) {
      return integer(s, path);
    }
    if (raw == Double.class) {
      return number(s, path);
    }
    if (raw == Boolean.class) {
      return s.kind() == YamlNode.Scalar.Kind.BOOLEAN ? Boolean.valueOf(s.text().toLowerCase(java.util.Locale.ROOT))
          : typeError(node, path, expected(raw));
    }
    if (raw == LocalDate.class) {
      return date(s, path);
    }
    if (raw.isEnum() && Keyword.class.isAssignableFrom(raw)) {
      return keyword(s, raw, path);
    }
    throw new IllegalArgumentException("no binding for " + type);
  }

  /**
   * A value whose shape the reader decides ({@code Object} components, for keys that take a word or a
   * list, say): text, an integer, a boolean, a list or a mapping of such values; null for an empty value.
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
      case INTEGER -> integer(s, path);
      case BOOLEAN -> Boolean.valueOf(s.text().toLowerCase(java.util.Locale.ROOT));
      default -> s.text();
    };
  }

  private Object record(YamlNode node, Class<?> type, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      return typeError(node, path, "a mapping of keys (" + String.join(", ", keys(type)) + ")");
    }
    Shape shape = shapes.of(type);
    // an unknown key that is a known word for a key the mapping lacks (objectifs for objectives) is reported
    // once and read as that key, so that what it holds is checked and nothing is reported twice
    Map<String, YamlNode.Entry> meant = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      if (!shape.index.containsKey(e.key())) {
        Optional<String> word = Synonyms.key(e.key()).filter(shape.index::containsKey);
        String target = word.orElse(null);
        boolean free = target != null && m.entry(target) == null && !meant.containsKey(target);
        add(Rule.SCHEMA_UNKNOWN_KEY, e.keyAt(), "unknown key '" + Excerpt.of(e.key()) + "'" + (word.isPresent()
            ? ": the key is '" + word.get() + "' (rename it" + (free ? "; its content is checked as '" + word.get() + "'" : "") + ")"
            : hint(e.key(), shape.index.keySet())));
        if (free) {
          meant.put(target, e);
          aliases.put(LocationIndex.child(path, target), LocationIndex.child(path, e.key()));
        }
      }
    }
    Object[] args = new Object[shape.keys.length];
    for (int i = 0; i < shape.keys.length; i++) {
      YamlNode.Entry e = m.entry(shape.keys[i]);
      if (e == null) {
        e = meant.get(shape.keys[i]);
      }
      args[i] = e == null ? null : value(e.value(), shape.types[i], LocationIndex.child(path, shape.keys[i]));
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
    }
  }

  private List<Object> list(YamlNode node, Type element, String path) {
    if (!(node instanceof YamlNode.Sequence s)) {
      return typeError(node, path, "a list");
    }
    List<Object> out = new ArrayList<>(s.items().size());
    for (int i = 0; i < s.items().size(); i++) {
      out.add(value(s.items().get(i), element, LocationIndex.item(path, i)));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private Map<Object, Object> map(YamlNode node, Class<?> keyType, Type valueType, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      return typeError(node, path, "a mapping");
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      String p = LocationIndex.child(path, e.key());
      Object k = e.key();
      if (keyType.isEnum()) {
        k = lookup(keyType, e.key());
        if (k == null) {
          add(Rule.SCHEMA_UNKNOWN_KEY, e.keyAt(), "unknown key '" + Excerpt.of(e.key()) + "'"
              + hint(e.key(), ids(keyType)));
          failed.add(p);
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

  private Integer integer(YamlNode.Scalar s, String path) {
    if (s.kind() != YamlNode.Scalar.Kind.INTEGER) {
      return typeError(s, path, "an integer");
    }
    Number n = s.number();
    BigInteger big = n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    if (big.bitLength() > 31) {
      add(Rule.SCHEMA_RANGE, s.at(), "'" + lastKey(path) + "' is " + Excerpt.of(s.text()) + ", too large");
      failed.add(path);
      return null;
    }
    return big.intValue();
  }

  private Double number(YamlNode.Scalar s, String path) {
    if (s.kind() == YamlNode.Scalar.Kind.STRING && s.text().length() <= 64) {
      String t = s.text().strip();
      String plain = null;
      if (GROUPED.matcher(t).matches()) {
        plain = t.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
      } else if (DECIMAL_COMMA.matcher(t).matches()) {
        plain = t.replace(',', '.');
      }
      if (plain != null) {
        add(Rule.SCHEMA_TYPE, s.at(), "'" + lastKey(path) + "' must be a number, got '" + Excerpt.of(t) + "': write " + plain
            + " (no spaces between thousands, a point before decimals)");
        failed.add(path);
        return null;
      }
    }
    if (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.FLOAT) {
      return typeError(s, path, "a number");
    }
    Number n = s.number();
    double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
    if (!Double.isFinite(d)) {
      add(Rule.SCHEMA_RANGE, s.at(), "'" + lastKey(path) + "' must be a finite number, got " + Excerpt.of(s.text()));
      failed.add(path);
      return null;
    }
    return d;
  }

  private LocalDate date(YamlNode.Scalar s, String path) {
    if (s.kind() != YamlNode.Scalar.Kind.STRING) {
      return typeError(s, path, "a date (YYYY-MM-DD)");
    }
    try {
      LocalDate d = LocalDate.parse(s.text(), DATE);
      if (!Dates.inRange(d)) {
        add(Rule.SCHEMA_RANGE, s.at(), "'" + lastKey(path) + "' is '" + s.text() + "', outside the dates pac handles: " + Dates.RANGE);
        failed.add(path);
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      add(Rule.SCHEMA_RANGE, s.at(), "'" + lastKey(path) + "' is '" + Excerpt.of(s.text()) + "', not a date: " + dateFix(s.text()));
      failed.add(path);
      return null;
    }
  }

  /** What to write instead of an impossible date: the month's last day, or the pattern. */
  static String dateFix(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        return "there is no month " + month + " (write YYYY-MM-DD, the month between 01 and 12)";
      }
      java.time.YearMonth ym = java.time.YearMonth.of(year, month);
      String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      return name + " " + year + " has " + ym.lengthOfMonth() + " days: its last day is " + ym.atEndOfMonth();
    }
    return "write YYYY-MM-DD, for example 2027-03-31";
  }

  private Object keyword(YamlNode.Scalar s, Class<?> type, String path) {
    Object v = s.kind() == YamlNode.Scalar.Kind.STRING ? lookup(type, s.text()) : null;
    if (v == null) {
      List<String> allowed = ids(type);
      Optional<String> word = s.kind() == YamlNode.Scalar.Kind.STRING ? Synonyms.value(type, s.text()) : Optional.empty();
      add(Rule.SCHEMA_ENUM, s.at(), "'" + lastKey(path) + "' is '" + Excerpt.of(s.text()) + "'; allowed: "
          + String.join(", ", allowed) + word.map(w -> " ('" + s.text() + "' is '" + w + "': write " + w + ")")
              .orElseGet(() -> hint(s.text(), allowed)));
      failed.add(path);
    }
    return v;
  }

  /** 8 000, 1 234,5 (spaces, no-break spaces between thousands): a number written the French way. */
  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("-?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
  /** 0,28: a decimal comma. */
  private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d+,\\d+");

  private static Object lookup(Class<?> type, String id) {
    for (Object c : type.getEnumConstants()) {
      if (((Keyword) c).id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  private static List<String> ids(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Keyword) c).id()).collect(Collectors.toList());
  }

  private <T> T typeError(YamlNode node, String path, String expected) {
    String name = lastKey(path);
    add(Rule.SCHEMA_TYPE, node.at(), (name.isEmpty() ? "the file" : "'" + name + "'") + " must be " + expected
        + ", got " + YamlNode.describe(node));
    failed.add(path);
    return null;
  }

  private static String expected(Class<?> raw) {
    if (raw == String.class) {
      return "text";
    }
    if (raw == Integer.class) {
      return "an integer";
    }
    if (raw == Double.class) {
      return "a number";
    }
    if (raw == Boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (raw.isEnum()) {
      return "one of " + String.join(", ", ids(raw));
    }
    return "a value";
  }

  /** The last key of a path, with the index of a list item: {@code objectives[2]}. */
  static String lastKey(String path) {
    int dot = path.lastIndexOf('.');
    return Excerpt.of(dot < 0 ? path : path.substring(dot + 1)); // a user's map key can be long
  }

  private static String hint(String word, java.util.Collection<String> candidates) {
    return Nearest.suggestion(word, candidates);
  }

  private void add(Rule rule, Location at, String message) {
    findings.add(YamlReader.finding(file, at, rule, message));
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.AnnotatedType a) {
      return rawClass(a.getType());
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }
}
