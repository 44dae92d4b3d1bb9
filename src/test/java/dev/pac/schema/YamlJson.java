package dev.pac.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pac.yaml.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * A located YAML tree as the JSON an editor's YAML language server validates: mappings are objects,
 * sequences arrays, and scalars keep the type YAML 1.2 gives them (dates are text in YAML 1.2).
 */
final class YamlJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private YamlJson() {}

  static JsonNode of(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      ObjectNode o = F.objectNode();
      for (YamlNode.Entry e : m.entries()) {
        o.set(e.key(), of(e.value()));
      }
      return o;
    }
    if (node instanceof YamlNode.Sequence s) {
      var a = F.arrayNode();
      s.items().forEach(i -> a.add(of(i)));
      return a;
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return switch (s.kind()) {
      case STRING -> F.textNode(s.text());
      case BOOLEAN -> F.booleanNode(Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)));
      case NULL, INVALID -> F.nullNode();
      case INTEGER -> F.numberNode((BigInteger) s.number());
      case FLOAT ->
          s.number() instanceof BigDecimal d
              ? F.numberNode(d)
              : F.numberNode(s.number().doubleValue());
    };
  }
}
