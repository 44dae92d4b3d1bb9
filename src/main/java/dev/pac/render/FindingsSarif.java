package dev.pac.render;

import dev.pac.check.rules.CheckRule;
import dev.pac.check.rules.Rules;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: one reporting descriptor a rule of {@link Rules#ALL} (with its
 * description, default level and a help text that stands alone, since the reader has only the SARIF
 * file), one result a finding with its physical location relative to the source root and a
 * fingerprint that survives lines moving. Links ({@code informationUri}, {@code helpUri}) appear
 * only when the build was given the project's absolute home address: a relative link would point
 * into the user's repository, not pac's docs.
 */
public final class FindingsSarif implements FindingsRenderer {
  /** The name of pac's key in each result's {@code partialFingerprints}. */
  static final String FINGERPRINT = "pacFinding/v1";

  private final String version;
  private final String home;

  /** {@code home}: the project's absolute home address, or "" when there is none. */
  public FindingsSarif(String version, String home) {
    this.version = version;
    this.home = home.endsWith("/") ? home.substring(0, home.length() - 1) : home;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
          g.writeStringField("version", "2.1.0");
          g.writeArrayFieldStart("runs");
          g.writeStartObject();
          g.writeObjectFieldStart("tool");
          g.writeObjectFieldStart("driver");
          g.writeStringField("name", "pac");
          g.writeStringField("version", version);
          if (!home.isEmpty()) {
            g.writeStringField("informationUri", home);
          }
          g.writeArrayFieldStart("rules");
          for (CheckRule r : Rules.ALL) {
            g.writeStartObject();
            g.writeStringField("id", r.id().id());
            g.writeStringField("name", name(r.id()));
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.summary());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", r.summary());
            g.writeEndObject();
            if (!home.isEmpty()) {
              g.writeStringField("helpUri", helpUri(r.id()));
            }
            g.writeObjectFieldStart("help");
            g.writeStringField("text", r.summary() + " " + r.help());
            g.writeStringField(
                "markdown",
                "**"
                    + r.summary()
                    + "**\n\n"
                    + r.help()
                    + "\n\n"
                    + "Run `pac validate` in the workspace to see every finding with its location;"
                    + " `pac validate --strict` fails on warnings too.");
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.level()));
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
          g.writeStringField(
              "text",
              "The root of the git repository holding the workspace, else the folder pac validate"
                  + " ran in.");
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
          g.writeArrayFieldStart("results");
          Map<String, Integer> seen = new HashMap<>();
          for (Finding f : report.findings()) {
            String identity = identity(f);
            int occurrence = seen.merge(identity, 1, Integer::sum);
            g.writeStartObject();
            g.writeStringField("ruleId", f.rule().id());
            int ruleIndex = Rules.indexOf(f.rule());
            if (ruleIndex >= 0) {
              g.writeNumberField("ruleIndex", ruleIndex);
            }
            g.writeStringField("level", level(f.severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", f.message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            boolean absolute = f.file().startsWith("/");
            g.writeStringField(
                "uri", absolute ? Path.of(f.file()).toUri().toString() : uri(f.file()));
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
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField(FINGERPRINT, fingerprint(identity, occurrence));
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** SARIF's name of a level. */
  static String level(Severity s) {
    return s == Severity.WARNING ? "warning" : "error";
  }

  /** Where the docs explain a rule: its section of docs/checks.md on the project's home. */
  String helpUri(Rule r) {
    return home + "/blob/v" + version + "/docs/checks.md#" + r.id().replace(".", "");
  }

  /**
   * What a finding is, whatever line it sits on: the rule, the file, and the message with the line
   * numbers it quotes (a duplicate's first occurrence, say) taken out, since editing above it moves
   * them.
   */
  static String identity(Finding f) {
    return f.rule().id()
        + "\u0000"
        + f.file()
        + "\u0000"
        + f.message().replaceAll("\\b(line|column) \\d+", "$1 #");
  }

  /**
   * A stable fingerprint of the {@code occurrence}-th finding with this identity in its file (the
   * same unknown key twice in one plan is two alerts): a SHA-256 digest, in hexadecimal, cut to 32
   * digits.
   */
  static String fingerprint(String identity, int occurrence) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((identity + "\u0000" + occurrence).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A relative path as a URI reference: each segment percent-encoded. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  /**
   * A rule's name in PascalCase, as SARIF viewers show it: {@code schema.unknown-key} is
   * SchemaUnknownKey.
   */
  static String name(Rule r) {
    StringBuilder sb = new StringBuilder();
    for (String part : r.id().split("[.-]")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
