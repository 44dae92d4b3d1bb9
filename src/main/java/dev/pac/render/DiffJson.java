package dev.pac.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.ProjectionChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code {"base", "head", "changes": [{"file", "change", "item", "id", "field", "old", "new"}],
 * "notes": [{"file", "revision", "message"}]}}: the shape docs/ci.md describes ({@code field},
 * {@code old} and {@code new} only for {@code changed}), plus {@code notes} for plans that do not
 * load at one side. Old and new values keep their JSON types: numbers, text, dates as text, lists,
 * objects, null.
 */
public final class DiffJson implements DiffRenderer {
  @Override
  public void render(DiffReport report, PrintWriter out) {
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("base", report.base());
          g.writeStringField("head", report.head());
          g.writeArrayFieldStart("changes");
          for (Change c : report.changes()) {
            change(g, c);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("notes");
          for (DiffNote n : report.notes()) {
            g.writeStartObject();
            g.writeStringField("file", n.file());
            g.writeStringField("revision", n.revision());
            g.writeStringField("message", n.message());
            g.writeEndObject();
          }
          g.writeEndArray();
          if (report.projection() != null) {
            g.writeArrayFieldStart("projection");
            for (ProjectionChange p : report.projection()) {
              g.writeStartObject();
              g.writeStringField("objective", p.objective());
              g.writeStringField("field", p.field());
              g.writeFieldName("old");
              value(g, p.old());
              g.writeFieldName("new");
              value(g, p.now());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        });
  }

  /**
   * One change as an object: {@code file, change, item, id}, and {@code field, old, new} for a
   * changed field.
   */
  static void change(JsonGenerator g, Change c) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", c.file());
    g.writeStringField("change", c.change().id());
    g.writeStringField("item", c.item().id());
    g.writeStringField("id", c.id());
    if (c.change() == Change.Kind.CHANGED) {
      g.writeStringField("field", c.field());
      g.writeFieldName("old");
      value(g, c.before());
      g.writeFieldName("new");
      value(g, c.after());
    }
    g.writeEndObject();
  }

  static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        g.writeNull();
      } else {
        g.writeNumber(d);
      }
    } else if (v instanceof Number n) {
      g.writeNumber(n.toString());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }
}
