package dev.pac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pac.check.ValidationReport;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FindingsCiFormatsTest {
  static final ValidationReport REPORT = new ValidationReport(
      List.of("plans/a.yaml", "plans/b c.yaml", "plans/clean.yaml"),
      List.of(
          new Finding("plans/a.yaml", 3, 5, Severity.ERROR, Rule.SCHEMA_TYPE, "'target' must be a number, got the text 'lots'"),
          new Finding("plans/a.yaml", 9, 7, Severity.WARNING, Rule.SMART_SPECIFIC, "title <4 words & \"short\""),
          new Finding("plans/b c.yaml", 1, 1, Severity.ERROR, Rule.SYNTAX, "100% broken: a, b")));

  static String render(FindingsRenderer r) {
    StringWriter out = new StringWriter();
    r.render(REPORT, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void githubEscapesMessagesAndProperties() {
    assertEquals("a%25b%0D%0Ac: d, e", FindingsGithub.data("a%b\r\nc: d, e"));
    assertEquals("x%3Ay%2Cz%25", FindingsGithub.property("x:y,z%"));
    String out = render(new FindingsGithub());
    assertTrue(out.startsWith("::error file=plans/a.yaml,line=3,col=5,title=schema.type::'target' must be"), out);
    assertTrue(out.contains("::warning file=plans/a.yaml,line=9,col=7,title=smart.specific::"), out);
    assertTrue(out.contains("::error file=plans/b c.yaml,line=1,col=1,title=syntax::100%25 broken: a, b"), out);
  }

  @Test
  void sarifHasOneRuleARuleIdAndLocatedResults() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(render(new FindingsSarif("1.2.3")));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(Rule.values().length, rules.size());
    JsonNode results = run.get("results");
    assertEquals(3, results.size());
    for (JsonNode r : results) {
      assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      assertTrue(rules.get(r.get("ruleIndex").asInt()).get("help").get("text").asText().length() > 20);
    }
    JsonNode loc = results.get(2).get("locations").get(0).get("physicalLocation");
    assertEquals("plans/b%20c.yaml", loc.get("artifactLocation").get("uri").asText());
    assertEquals("SRCROOT", loc.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(1, loc.get("region").get("startLine").asInt());
    assertEquals("warning", results.get(1).get("level").asText());
  }

  /** Against the official SARIF 2.1.0 schema, where a copy sits beside the project (as in CI). */
  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    Path schema = Path.of("../shared/corpora/sarif-schema-2.1.0.json");
    Assumptions.assumeTrue(Files.exists(schema), "no copy of the SARIF schema beside the project");
    ObjectMapper m = new ObjectMapper();
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(m.readTree(schema.toFile()));
    Set<ValidationMessage> errors = s.validate(m.readTree(render(new FindingsSarif("1.2.3"))));
    assertEquals(Set.of(), errors);
  }

  @Test
  void junitHasATestCaseAFileAndAFailureAFinding() throws Exception {
    String xml = render(new FindingsJunit());
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, d.getElementsByTagName("testcase").getLength());
    assertEquals(3, d.getElementsByTagName("failure").getLength());
    assertEquals("3", d.getDocumentElement().getAttribute("failures"));
    assertEquals("plans/b c.yaml", ((org.w3c.dom.Element) d.getElementsByTagName("testcase").item(1)).getAttribute("name"));
    assertEquals("\uFFFDx", FindingsJunit.clean("\u0001x"));
  }

  @Test
  void markdownEscapesPipes() {
    assertEquals("a \\| b c", Markdown.cell("a | b\nc"));
  }
}
