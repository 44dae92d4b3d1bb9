package dev.pac.render;

import dev.pac.model.Finding;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code {"files", "errors", "warnings", "findings": [...]}}, the shape docs/ci.md describes. */
public final class FindingsJson implements FindingsRenderer {
  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeNumberField("files", report.files().size());
          g.writeNumberField("errors", report.errors());
          g.writeNumberField("warnings", report.warnings());
          g.writeArrayFieldStart("findings");
          for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("file", f.file());
            g.writeNumberField("line", f.line());
            g.writeNumberField("column", f.column());
            g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
            g.writeStringField("rule", f.rule().id());
            g.writeStringField("message", f.message());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }
}
