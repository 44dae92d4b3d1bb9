package dev.pac.yaml;

import dev.pac.i18n.Text;
import java.util.List;

/** A YAML value with the location where it starts, as read by {@link YamlReader}. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  Location at();

  /**
   * A mapping, keys in file order; a duplicate key is reported and only its first occurrence kept.
   */
  record Mapping(Location at, List<Entry> entries) implements YamlNode {
    public Entry entry(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }
  }

  record Entry(String key, Location keyAt, YamlNode value) {}

  record Sequence(Location at, List<YamlNode> items) implements YamlNode {}

  /** A scalar with the type YAML gives it and its text as written. */
  record Scalar(Location at, Kind kind, String text, Number number) implements YamlNode {
    public Scalar(Location at, Kind kind, String text) {
      this(at, kind, text, null);
    }

    /** INVALID stands for a value already reported (an alias, say): readers skip it silently. */
    public enum Kind {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL,
      INVALID
    }
  }

  /** What a node is, in words, for messages ("a list", "the number 3.7", ...). */
  static Text describe(YamlNode node) {
    if (node instanceof Mapping) {
      return Text.of("yaml.got-mapping");
    }
    if (node instanceof Sequence) {
      return Text.of("yaml.got-list");
    }
    Scalar s = (Scalar) node;
    return switch (s.kind()) {
      case STRING -> Text.of("yaml.got-text", abbreviate(s.text()));
      case INTEGER -> Text.of("yaml.got-integer", abbreviate(s.text()));
      case FLOAT -> Text.of("yaml.got-number", abbreviate(s.text()));
      case BOOLEAN -> Text.of("yaml.got-boolean", s.text());
      case NULL -> Text.of("yaml.got-empty");
      case INVALID -> Text.of("yaml.got-invalid");
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
