package dev.pac.report;

import static dev.pac.report.Fixtures.d;
import static dev.pac.report.Fixtures.kpi;
import static dev.pac.report.Fixtures.objective;
import static dev.pac.report.Fixtures.plan;
import static dev.pac.report.Fixtures.report;
import static dev.pac.report.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Action;
import dev.pac.model.ActionStatus;
import dev.pac.model.ActionType;
import dev.pac.model.Lang;
import dev.pac.model.Plan;
import dev.pac.model.Rollup;
import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ReportCsv;
import dev.pac.render.ReportHtml;
import dev.pac.render.ReportJson;
import dev.pac.render.ReportMarkdown;
import dev.pac.render.ReportRenderer;
import dev.pac.render.ReportText;
import dev.pac.render.Style;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What the renderers promise beyond the golden files: formula neutralising, no network, colours
 * only when asked.
 */
class ReportFormatsTest {
  private static final Labels EN = Labels.of(Lang.EN);

  private static PlanReport sample(String owner) {
    Plan p =
        plan(
            List.of(kpi("k", Rollup.SUM)),
            List.of(objective("o1", "k", null, null, null, 100, "2027-01-01", "2027-12-31")),
            List.of(
                new Action(
                    "a1",
                    "=1+2 <script>",
                    List.of("o1"),
                    ActionType.OTHER,
                    null,
                    null,
                    owner,
                    d("2027-01-01"),
                    d("2027-12-31"),
                    ActionStatus.ACTIVE,
                    10.0,
                    null,
                    List.of(),
                    null,
                    null)));
    return report(p, List.of(row("2027-01-05", "k", -5), row("2027-01-06", "k", 1)), "2027-03-17");
  }

  private static String render(ReportRenderer r, PlanReport report) {
    StringWriter w = new StringWriter();
    try (PrintWriter out = new PrintWriter(w)) {
      r.render(List.of(report), out);
    }
    return w.toString();
  }

  @Test
  void csvNeutralisesFormulasButKeepsNegativeNumbers() {
    String csv = render(new ReportCsv(CsvDialect.RFC4180), sample("=HYPERLINK(\"http://x\")"));
    assertTrue(csv.contains(",owner,\"'=HYPERLINK(\"\"http://x\"\")\"\n"), csv);
    assertTrue(csv.contains(",actual,-4\n"), csv); // −5 + 1, a number: left alone
    for (String owner : List.of("+1", "-x", "@SUM(A1)")) {
      assertTrue(
          render(new ReportCsv(CsvDialect.RFC4180), sample(owner))
              .contains(",owner,'" + owner + "\n"),
          owner);
    }
  }

  @Test
  void jsonUsesNullForUndefinedAndAnObjectForOnePlan() {
    String json = render(new ReportJson(EN), sample("Ann"));
    assertTrue(json.startsWith("{\n  \"plan\": \"p\",\n  \"as_of\": \"2027-03-17\","), json);
    assertTrue(json.contains("\"variance_pct\": "), json);
    assertTrue(json.contains("\"roi\": null"), json); // no spend rows: roi undefined
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = render(new ReportHtml(EN), sample("Ann"));
    assertFalse(html.contains("http://"), "no network resource");
    assertFalse(html.contains("https://"), "no network resource");
    assertFalse(html.contains("<script"), "text is escaped");
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("<svg"));
  }

  @Test
  void markdownTableRowsStayOneRowWhateverTheOwnerWrites() {
    String md = render(new ReportMarkdown(Labels.of(Lang.EN)), sample("Tom | B\nline2 <b>"));
    String row = md.lines().filter(l -> l.startsWith("| a1 |")).findFirst().orElseThrow();
    assertTrue(row.contains("| Tom \\| B line2 &lt;b&gt; |"), row);
    assertFalse(md.contains("\nline2"), md);
  }

  @Test
  void textHasColoursOnlyWithAColourStyle() {
    assertFalse(render(new ReportText(Style.PLAIN, EN), sample("Ann")).contains("\u001b["));
    assertTrue(render(new ReportText(new Style(true), EN), sample("Ann")).contains("\u001b["));
  }

  @Test
  void severalPlansInJsonAreListedUnderPlans() {
    StringWriter w = new StringWriter();
    try (PrintWriter out = new PrintWriter(w)) {
      new ReportJson(EN).render(List.of(sample("Ann"), sample("Bob")), out);
    }
    assertTrue(
        w.toString().startsWith("{\n  \"plans\": [\n    {\n      \"plan\": \"p\""), w.toString());
    assertEquals(2, w.toString().split("\"as_of\"").length - 1);
  }

  @Test
  void excelFrenchCsvReadsBackWithSemicolonsAndDecimalCommas() throws Exception {
    String csv = render(new ReportCsv(CsvDialect.EXCEL_FR), sample("Ann"));
    assertTrue(csv.startsWith("\uFEFFplan;as_of;section;id;field;value\r\n"), csv);
    try (CSVParser p =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))) {
      List<CSVRecord> records = p.getRecords();
      assertTrue(records.size() > 10);
      for (CSVRecord r : records) {
        assertEquals(6, r.size(), r.toString());
        String v = r.get("value");
        assertFalse(v.matches("-?[0-9]+\\.[0-9]+"), "a decimal point in " + r);
      }
    }
  }
}
