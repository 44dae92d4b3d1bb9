package dev.pac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.pac.check.rules.ActionRules;
import dev.pac.check.rules.Rules;
import dev.pac.check.rules.SmartRules;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class FindingsCiFormatsTest {
  /** A finding saying {@code message} as it is, in every language. */
  private static Finding finding(
      String file, int line, int column, Severity severity, Rule rule, String message) {
    return Finding.of(file, line, column, severity, rule, Text.plain(message));
  }

  static final ValidationReport REPORT =
      new ValidationReport(
          List.of("plans/a.yaml", "plans/b c.yaml", "plans/clean.yaml"),
          List.of(
              finding(
                  "plans/a.yaml",
                  3,
                  5,
                  Severity.ERROR,
                  Rule.SCHEMA_TYPE,
                  "'target' must be a number, got the text 'lots'"),
              finding(
                  "plans/a.yaml",
                  9,
                  7,
                  Severity.WARNING,
                  SmartRules.SPECIFIC.id(),
                  "title <4 words & \"short\""),
              finding("plans/b c.yaml", 1, 1, Severity.ERROR, Rule.SYNTAX, "100% broken: a, b")));

  static String render(FindingsRenderer r) {
    StringWriter out = new StringWriter();
    r.render(REPORT, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void githubEscapesMessagesAndProperties() {
    assertEquals("a%25b%0D%0Ac: d, e", FindingsGithub.data("a%b\r\nc: d, e"));
    assertEquals("x%3Ay%2Cz%25", FindingsGithub.property("x:y,z%"));
    String out = render(new FindingsGithub(Catalogue.english()));
    assertTrue(
        out.startsWith(
            "::error file=plans/a.yaml,line=3,col=5,title=schema.type::'target' must be"),
        out);
    assertTrue(
        out.contains("::warning file=plans/a.yaml,line=9,col=7,title=smart.specific::"), out);
    assertTrue(
        out.contains("::error file=plans/b c.yaml,line=1,col=1,title=syntax::100%25 broken: a, b"),
        out);
  }

  @Test
  void sarifHasOneRuleARuleIdAndLocatedResults() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(render(new FindingsSarif("1.2.3", "")));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(Rules.ALL.size(), rules.size());
    JsonNode results = run.get("results");
    assertEquals(3, results.size());
    for (JsonNode r : results) {
      assertEquals(
          r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      assertTrue(
          rules.get(r.get("ruleIndex").asInt()).get("help").get("text").asText().length() > 20);
      assertEquals(
          32, r.get("partialFingerprints").get(FindingsSarif.FINGERPRINT).asText().length());
    }
    JsonNode loc = results.get(2).get("locations").get(0).get("physicalLocation");
    assertEquals("plans/b%20c.yaml", loc.get("artifactLocation").get("uri").asText());
    assertEquals("SRCROOT", loc.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(1, loc.get("region").get("startLine").asInt());
    assertEquals("warning", results.get(1).get("level").asText());
  }

  /**
   * The help is read in GitHub, away from pac's docs: no link into a file the user's repository
   * does not have.
   */
  @Test
  void sarifHelpStandsAloneAndLinksOnlyToAnAbsoluteHome() throws Exception {
    String without = render(new FindingsSarif("1.2.3", ""));
    assertFalse(without.contains("docs/checks.md"), without);
    assertFalse(without.contains("helpUri"), without);
    assertFalse(without.contains("informationUri"), without);
    JsonNode driver =
        new ObjectMapper()
            .readTree(render(new FindingsSarif("1.2.3", "https://example.org/pac/")))
            .get("runs")
            .get(0)
            .get("tool")
            .get("driver");
    assertEquals("https://example.org/pac", driver.get("informationUri").asText());
    JsonNode syntax = driver.get("rules").get(Rules.indexOf(Rule.SYNTAX));
    assertEquals(
        "https://example.org/pac/blob/v1.2.3/docs/checks.md#syntax",
        syntax.get("helpUri").asText());
    assertEquals(
        "https://example.org/pac/blob/v1.2.3/docs/checks.md#schemaunknown-key",
        driver.get("rules").get(Rules.indexOf(Rule.SCHEMA_UNKNOWN_KEY)).get("helpUri").asText());
    assertTrue(
        syntax.get("help").get("markdown").asText().startsWith("**The file is well-formed YAML"));
  }

  /**
   * A fingerprint follows the finding, not its line: moving it keeps it, another finding gets
   * another.
   */
  @Test
  void sarifFingerprintsSurviveMovedLines() {
    Finding at3 =
        finding(
            "plans/a.yaml",
            3,
            5,
            Severity.ERROR,
            Rule.SCHEMA_DUPLICATE_KEY,
            "duplicate key 'owner'; the first one, at line 2, is the one to keep");
    Finding at13 =
        finding(
            "plans/a.yaml",
            13,
            5,
            Severity.ERROR,
            Rule.SCHEMA_DUPLICATE_KEY,
            "duplicate key 'owner'; the first one, at line 12, is the one to keep");
    Finding other =
        finding(
            "plans/a.yaml",
            3,
            5,
            Severity.ERROR,
            Rule.SCHEMA_DUPLICATE_KEY,
            "duplicate key 'title'; the first one, at line 2, is the one to keep");
    Finding elsewhere =
        finding(
            "plans/b.yaml",
            3,
            5,
            Severity.ERROR,
            Rule.SCHEMA_DUPLICATE_KEY,
            "duplicate key 'owner'; the first one, at line 2, is the one to keep");
    String fp = FindingsSarif.fingerprint(FindingsSarif.identity(at3), 1);
    assertEquals(fp, FindingsSarif.fingerprint(FindingsSarif.identity(at13), 1));
    assertNotEquals(fp, FindingsSarif.fingerprint(FindingsSarif.identity(other), 1));
    assertNotEquals(fp, FindingsSarif.fingerprint(FindingsSarif.identity(elsewhere), 1));
    assertNotEquals(fp, FindingsSarif.fingerprint(FindingsSarif.identity(at3), 2));
  }

  /** Against the official SARIF 2.1.0 schema (a copy in the test resources, see ci/README.md). */
  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonSchema s;
    try (InputStream in =
        FindingsCiFormatsTest.class.getResourceAsStream("/ci/sarif-schema-2.1.0.json")) {
      s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(m.readTree(in));
    }
    assertEquals(Set.of(), s.validate(m.readTree(render(new FindingsSarif("1.2.3", "")))));
    assertEquals(
        Set.of(),
        s.validate(m.readTree(render(new FindingsSarif("1.2.3", "https://example.org/pac")))));
    // the check can fail: a result without its message breaks the schema
    JsonNode broken = m.readTree(render(new FindingsSarif("1.2.3", "")));
    ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).remove("message");
    assertFalse(s.validate(broken).isEmpty());
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Against the JUnit schema Jenkins reads reports with (a copy in the test resources, see
   * ci/README.md).
   */
  static void assertValidJunit(String xml) throws Exception {
    Schema xsd =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(FindingsCiFormatsTest.class.getResource("/ci/jenkins-junit-10.xsd"));
    xsd.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void junitIsValidAgainstJenkinsSchema() throws Exception {
    assertValidJunit(render(new FindingsJunit(false, Catalogue.english())));
    assertValidJunit(render(new FindingsJunit(true, Catalogue.english())));
    assertValidJunit(renderJunit(new ValidationReport(List.of(), List.of()), false));
    // the check can fail: Jenkins' schema has no file attribute on a test case
    assertThrows(
        SAXException.class,
        () ->
            assertValidJunit(
                "<testsuites><testsuite name='x' tests='1' failures='0' errors='0'><testcase"
                    + " name='a' file='a'/></testsuite></testsuites>"));
  }

  static String renderJunit(ValidationReport report, boolean strict) {
    StringWriter out = new StringWriter();
    new FindingsJunit(strict, Catalogue.english()).render(report, new PrintWriter(out));
    return out.toString();
  }

  /** One test case a file; a file with an error is one failure listing all its findings. */
  @Test
  void junitHasATestCaseAFileAndAFailureAFailedFile() throws Exception {
    Document d = parse(render(new FindingsJunit(false, Catalogue.english())));
    NodeList cases = d.getElementsByTagName("testcase");
    assertEquals(3, cases.getLength());
    assertEquals("3", d.getDocumentElement().getAttribute("tests"));
    assertEquals("2", d.getDocumentElement().getAttribute("failures"));
    Element a = (Element) cases.item(0);
    assertEquals("plans/a.yaml", a.getAttribute("name"));
    assertEquals(1, a.getElementsByTagName("failure").getLength());
    Element failure = (Element) a.getElementsByTagName("failure").item(0);
    assertEquals(
        "1 error, 1 warning; first, line 3: schema.type: 'target' must be a number, got the text"
            + " 'lots'",
        failure.getAttribute("message"));
    assertEquals(
        "plans/a.yaml:3:5: error schema.type: 'target' must be a number, got the text 'lots'\n"
            + "plans/a.yaml:9:7: warning smart.specific: title <4 words & \"short\"\n",
        failure.getTextContent());
    assertEquals("plans/b c.yaml", ((Element) cases.item(1)).getAttribute("name"));
    assertEquals(0, ((Element) cases.item(2)).getChildNodes().getLength());
    assertEquals("\uFFFDx", FindingsJunit.clean("\u0001x"));
  }

  /** Green exactly when pac validate exits 0: warnings alone fail nothing, unless --strict. */
  @Test
  void junitIsGreenExactlyWhenTheRunPasses() throws Exception {
    ValidationReport warningsOnly =
        new ValidationReport(
            List.of("plans/a.yaml", "plans/b.yaml"),
            List.of(
                finding(
                    "plans/a.yaml",
                    9,
                    7,
                    Severity.WARNING,
                    SmartRules.SPECIFIC.id(),
                    "short title"),
                finding(
                    "plans/a.yaml", 12, 7, Severity.WARNING, ActionRules.STALE.id(), "past due")));
    for (boolean strict : new boolean[] {false, true}) {
      Document d = parse(renderJunit(warningsOnly, strict));
      int failures = Integer.parseInt(d.getDocumentElement().getAttribute("failures"));
      assertEquals(warningsOnly.fails(strict), failures > 0, "strict " + strict);
      assertEquals(strict ? 1 : 0, d.getElementsByTagName("failure").getLength());
      assertEquals(strict ? 0 : 1, d.getElementsByTagName("system-out").getLength());
      assertEquals("2", d.getDocumentElement().getAttribute("tests"));
    }
    Element out =
        (Element)
            parse(renderJunit(warningsOnly, false)).getElementsByTagName("system-out").item(0);
    assertEquals(
        "plans/a.yaml:9:7: warning smart.specific: short title\n"
            + "plans/a.yaml:12:7: warning action.stale: past due\n",
        out.getTextContent());
    Document mixed = parse(render(new FindingsJunit(false, Catalogue.english())));
    assertEquals(
        REPORT.fails(false), !"0".equals(mixed.getDocumentElement().getAttribute("failures")));
  }

  /**
   * The step summary within its size: errors before warnings, and a last line counting what was
   * left out.
   */
  @Test
  void markdownSummaryIsCutToItsSize() {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      many.add(
          finding(
              "plans/a.yaml",
              i,
              3,
              Severity.WARNING,
              SmartRules.SPECIFIC.id(),
              "short title é " + i));
    }
    many.add(finding("plans/z.yaml", 7, 1, Severity.ERROR, Rule.SYNTAX, "broken"));
    ValidationReport big = new ValidationReport(List.of("plans/a.yaml", "plans/z.yaml"), many);
    StringWriter whole = new StringWriter();
    new FindingsMarkdown(1 << 20, Catalogue.english()).render(big, new PrintWriter(whole));
    assertEquals(101, whole.toString().lines().filter(l -> l.startsWith("| plans/")).count());
    assertFalse(whole.toString().contains("left out"));

    StringWriter cut = new StringWriter();
    new FindingsMarkdown(1500, Catalogue.english()).render(big, new PrintWriter(cut));
    String md = cut.toString();
    assertTrue(md.getBytes(StandardCharsets.UTF_8).length <= 1500, md);
    List<String> rows = md.lines().filter(l -> l.startsWith("| plans/")).toList();
    assertEquals(
        "| plans/z.yaml | 7 | 1 | error | `syntax` | broken |",
        rows.get(rows.size() - 1),
        "the error is kept, in file order");
    assertEquals(
        "| plans/a.yaml | 1 | 3 | warning | `smart.specific` | short title é 1 |", rows.get(0));
    assertTrue(rows.size() > 5 && rows.size() < 50, rows.size() + " rows");
    assertTrue(
        md.endsWith(
            "\n*"
                + (101 - rows.size())
                + " findings were left out to keep this summary within GitHub's size"
                + " limit (errors are shown first): the job log has every finding.*\n"),
        md);
  }

  @Test
  void markdownEscapesPipes() {
    assertEquals("a \\| b c", Markdown.cell("a | b\nc"));
  }
}
