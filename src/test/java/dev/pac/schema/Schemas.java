package dev.pac.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pac.render.SchemaJson;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The schema {@code pac schema} prints, loaded into a 2020-12 validator that also asserts {@code
 * format}.
 */
final class Schemas {
  static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private Schemas() {}

  /** The printed schema, parsed back. */
  static JsonNode printed() {
    StringWriter w = new StringWriter();
    SchemaJson.write(w);
    try {
      return new ObjectMapper().readTree(w.toString());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonSchema plan() {
    return FACTORY.getSchema(printed(), CONFIG);
  }

  /** What the schema says of a YAML text (which must be well-formed). */
  static Set<ValidationMessage> judge(JsonSchema schema, String yaml) {
    YamlDocument doc = new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    if (doc.root() == null) {
      throw new IllegalArgumentException("not YAML: " + doc.findings());
    }
    return schema.validate(YamlJson.of(doc.root()));
  }
}
