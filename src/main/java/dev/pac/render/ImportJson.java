package dev.pac.render;

import dev.pac.actuals.ImportResult;
import dev.pac.actuals.Rejection;
import java.io.PrintWriter;

/**
 * {@code {"added", "updated", "unchanged", "rejected": [{"file", "line", "reason"}], "filtered",
 * "grouped", "ignored": [{"label", "rows"}], "written"}}: one rejected entry a row.
 */
public final class ImportJson {
  public void render(ImportResult r, PrintWriter out) {
    Json.write(
        out,
        g -> {
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
          g.writeNumberField("filtered", r.filtered());
          g.writeNumberField("grouped", r.grouped());
          g.writeArrayFieldStart("ignored");
          for (ImportResult.Ignored i : r.ignored()) {
            g.writeStartObject();
            g.writeStringField("label", i.label());
            g.writeNumberField("rows", i.rows());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeBooleanField("written", r.written());
          g.writeEndObject();
        });
  }
}
