package dev.pac.render;

import dev.pac.check.ValidationReport;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.io.PrintWriter;

/**
 * SARIF 2.1.0 for code scanning: one reporting descriptor a rule id (with its description and a help
 * text), one result a finding with its physical location relative to the source root.
 */
public final class FindingsSarif implements FindingsRenderer {
  private final String version;

  public FindingsSarif(String version) {
    this.version = version;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Json.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "pac");
      g.writeStringField("version", version);
      g.writeArrayFieldStart("rules");
      for (Rule r : Rule.values()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", name(r));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", r.help());
        g.writeStringField("markdown", r.help() + "\n\nSee docs/checks.md#" + r.id().replace(".", ""));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", r.level() == dev.pac.model.Severity.WARNING ? "warning" : "error");
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart("SRCROOT");
      g.writeObjectFieldStart("description");
      g.writeStringField("text", "The folder pac validate ran in.");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", f.rule().ordinal());
        g.writeStringField("level", f.severity() == Severity.ERROR ? "error" : "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        boolean absolute = f.file().startsWith("/");
        g.writeStringField("uri", absolute ? java.nio.file.Path.of(f.file()).toUri().toString() : uri(f.file()));
        if (!absolute) {
          g.writeStringField("uriBaseId", "SRCROOT");
        }
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.line());
        g.writeNumberField("startColumn", f.column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** A relative path as a URI reference: each segment percent-encoded. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  /** A rule's name in PascalCase, as SARIF viewers show it: {@code schema.unknown-key} is SchemaUnknownKey. */
  static String name(Rule r) {
    StringBuilder sb = new StringBuilder();
    for (String part : r.id().split("[.-]")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
