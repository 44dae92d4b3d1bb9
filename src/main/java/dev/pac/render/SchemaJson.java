package dev.pac.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pac.schema.PlanSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes the plan format's JSON Schema ({@link PlanSchema#tree()}) as pretty JSON. */
public final class SchemaJson {
  private SchemaJson() {}

  /** Writes the schema, then a line break. */
  public static void write(Writer out) {
    try (JsonGenerator g = Json.generator(out)) {
      value(g, PlanSchema.tree());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v == null) {
      g.writeNull();
    } else {
      throw new IllegalStateException("not plain data: " + v.getClass());
    }
  }
}
