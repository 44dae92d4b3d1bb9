package dev.pac.yaml;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/**
 * The located {@link YamlNode} tree of one document, built from its YAML 1.2 event stream. Anchors,
 * aliases, merge keys, duplicate keys (the first one kept), nesting past the depth limit and values
 * past the length limit are findings here; plain scalars resolve by the YAML 1.2 core schema, so
 * {@code yes} and {@code 1_000} stay text.
 */
final class EventTree {
  /**
   * Every character a null, boolean, integer or float of the core schema can start with: a plain
   * scalar starting otherwise is text, without trying the schema's patterns (most of a plan's
   * scalars, and most of the work of resolving them).
   */
  private static final String RESOLVABLE_START = "~nN tTfF-+.0123456789";

  private final String file;
  private final YamlReader.Limits limits;
  final List<Finding> findings = new ArrayList<>();

  EventTree(String file, YamlReader.Limits limits) {
    this.file = file;
    this.limits = limits;
  }

  void add(Rule rule, Location at, Text message) {
    findings.add(YamlReader.finding(file, at, rule, message));
  }

  Event next(Iterator<Event> events) {
    Event e = events.next();
    while (e.getEventId() == Event.ID.Comment) {
      e = events.next();
    }
    return e;
  }

  /** Reads the node that starts with {@code e}. */
  YamlNode value(Iterator<Event> events, Event e, int depth) {
    Location at = at(e);
    if (e instanceof AliasEvent a) {
      add(Rule.SCHEMA_ALIAS, at, Text.of("yaml.alias", a.getAlias()));
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INVALID, "");
    }
    if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
      add(Rule.SCHEMA_ALIAS, at, Text.of("yaml.anchor", n.getAnchor().get()));
    }
    switch (e.getEventId()) {
      case MappingStart:
        {
          deeper(depth, at);
          List<YamlNode.Entry> entries = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (Event k = next(events); k.getEventId() != Event.ID.MappingEnd; k = next(events)) {
            Location keyAt = at(k);
            YamlNode keyNode = value(events, k, depth + 1);
            Event v = next(events);
            if (!(keyNode instanceof YamlNode.Scalar ks)
                || ks.kind() == YamlNode.Scalar.Kind.INVALID) {
              if (!(keyNode instanceof YamlNode.Scalar)) {
                add(Rule.SCHEMA_TYPE, keyAt, Text.of("yaml.key-type", YamlNode.describe(keyNode)));
              }
              value(events, v, depth + 1);
              continue;
            }
            String key = ks.text();
            if ("<<".equals(key) && k instanceof ScalarEvent se && se.isPlain()) {
              add(Rule.SCHEMA_ALIAS, keyAt, Text.of("yaml.merge-key"));
              value(events, v, depth + 1);
              continue;
            }
            YamlNode val = value(events, v, depth + 1);
            if (!seen.add(key)) {
              add(
                  Rule.SCHEMA_DUPLICATE_KEY,
                  keyAt,
                  Text.of("yaml.duplicate-key", key, firstKeyLine(entries, key)));
              continue;
            }
            entries.add(new YamlNode.Entry(key, keyAt, val));
          }
          return new YamlNode.Mapping(at, List.copyOf(entries));
        }
      case SequenceStart:
        {
          deeper(depth, at);
          List<YamlNode> items = new ArrayList<>();
          for (Event i = next(events); i.getEventId() != Event.ID.SequenceEnd; i = next(events)) {
            items.add(value(events, i, depth + 1));
          }
          return new YamlNode.Sequence(at, Collections.unmodifiableList(items));
        }
      case Scalar:
        return scalar((ScalarEvent) e, at);
      default:
        throw new IllegalStateException("unexpected " + e.getEventId());
    }
  }

  private void deeper(int depth, Location at) {
    if (depth > limits.maxDepth()) {
      add(Rule.SYNTAX, at, Text.of("yaml.too-deep", limits.maxDepth()));
      throw new Stop();
    }
  }

  private YamlNode scalar(ScalarEvent e, Location at) {
    String text = e.getValue();
    if (text.length() > limits.maxStringChars()) {
      add(
          Rule.SYNTAX,
          at,
          Text.of(
              "yaml.too-long",
              String.format("%,d", text.length()),
              String.format("%,d", limits.maxStringChars())));
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INVALID, "");
    }
    Optional<String> tag = e.getTag();
    // quoted and block scalars, and plain ones tagged !!str or !, are text; other plain ones
    // resolve
    // by the YAML 1.2 core schema
    if (!e.isPlain()
        || (tag.isPresent() && (tag.get().endsWith(":str") || tag.get().equals("!")))) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
    }
    if (!text.isEmpty() && RESOLVABLE_START.indexOf(text.charAt(0)) < 0) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
    }
    if (text.isEmpty()
        || ("~nN ".indexOf(text.charAt(0)) >= 0
            && CoreScalarResolver.NULL.matcher(text).matches())) { // `key:` alone is null too
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, text);
    }
    if ("tTfF".indexOf(text.charAt(0)) >= 0 && CoreScalarResolver.BOOL.matcher(text).matches()) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOLEAN, text);
    }
    if (!numberShaped(text)) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
    }
    if (CoreScalarResolver.INT.matcher(text).matches()) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INTEGER, text, integer(text));
    }
    if (CoreScalarResolver.FLOAT.matcher(text).matches()) {
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.FLOAT, text, decimal(text));
    }
    return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
  }

  /**
   * Whether {@code text} may be an integer or a float of the core schema, judged without a pattern:
   * it starts as a number does and a sign inside it follows an exponent's {@code e}. A date ({@code
   * 2027-03-31}), the most common plain scalar starting with a digit, is not.
   */
  static boolean numberShaped(String text) {
    if ("-+.0123456789".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '-' || c == '+') && text.charAt(i - 1) != 'e' && text.charAt(i - 1) != 'E') {
        return false;
      }
    }
    return true;
  }

  private static Number integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (t.startsWith("0x")) {
      return new BigInteger(t.substring(2), 16);
    }
    if (t.startsWith("0o")) {
      return new BigInteger(t.substring(2), 8);
    }
    return new BigInteger(t);
  }

  private static Number decimal(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.endsWith(".nan")) {
      return Double.NaN;
    }
    String plain = text.startsWith("+") ? text.substring(1) : text;
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      // an exponent BigDecimal cannot hold (1e99999999999): as a double it is infinite or zero, and
      // an
      // infinite value is reported as out of range
      return Double.parseDouble(plain);
    }
  }

  private static int firstKeyLine(List<YamlNode.Entry> entries, String key) {
    for (YamlNode.Entry e : entries) {
      if (e.key().equals(key)) {
        return e.keyAt().line();
      }
    }
    return 0;
  }

  static Location at(Event e) {
    return e.getStartMark()
        .map(m -> new Location(m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.START);
  }

  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
