package dev.pac.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pac.store.ImportResult;
import dev.pac.store.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code {"added", "updated", "unchanged", "rejected": [{"file", "line", "reason"}], "written"}}. */
public final class ImportJson {
  public void render(ImportResult r, PrintWriter out) {
    try {
      JsonGenerator g = Json.generator(out);
      g.writeStartObject();
      g.writeNumberField("added", r.added());
      g.writeNumberField("updated", r.updated());
      g.writeNumberField("unchanged", r.unchanged());
      g.writeArrayFieldStart("rejected");
      for (Rejection x : r.rejected()) {
        g.writeStartObject();
        g.writeStringField("file", x.file());
        g.writeNumberField("line", x.line());
        g.writeStringField("reason", x.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("written", r.written());
      g.writeEndObject();
      g.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
