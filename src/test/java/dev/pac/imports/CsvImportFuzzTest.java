package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.Rejection;
import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Any bytes given as a CSV export, in the store's layout or through a mapping (Apache Commons CSV
 * underneath), end in rows, rejected rows with their line, findings, or a one-line error with exit
 * 1; never in another exception.
 */
class CsvImportFuzzTest {
  private static final Set<String> KPIS = Set.of("mql", "sql", "revenue");
  private static final LoadedMapping WIDE =
      mapping(
          """
          delimiter: auto
          decimal: auto
          encoding: auto
          skip_rows: 1
          date: {column: "Semaine", format: "dd/MM/yyyy"}
          kpis: {mql: "MQL", revenue: "Montant"}
          dims: {segment: "Segment"}
          stop_at_blank: true
          """);
  private static final LoadedMapping LONG =
      mapping(
          """
          date: {column: "Week"}
          kpi_column: "Metric"
          value_column: "Amount"
          kpi_names: {mql: "Marketing Qualified Leads"}
          """);

  /**
   * The keys of real exports: a preset, a header found, conditions, labels, grouping, a footer,
   * dates decided.
   */
  private static final LoadedMapping DEALS =
      mapping(
          """
          preset: salesforce
          skip_rows: auto
          date: {column: "Close Date", format: auto}
          where: {"Stage": ["Closed Won", "Won"]}
          values: {segment: {"(No value)": smb}}
          group: true
          kpis:
            revenue: "Amount"
            mql: {count: true}
            sql: {column: "Amount", where: {"Stage": "Open"}}
          dims: {segment: "Segment"}
          footer: auto
          """);

  private static LoadedMapping mapping(String yaml) {
    LoadedMapping m =
        MappingLoader.check(
            new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml"), KPIS);
    if (m.hasErrors()) {
      throw new IllegalStateException(m.findings().toString());
    }
    return m;
  }

  @FuzzTest(maxDuration = "10m")
  void anyCsvGivesRowsRejectionsOrFindings(FuzzedDataProvider data) {
    int layout = data.consumeInt(0, 3);
    LoadedMapping m = layout == 0 ? null : layout == 1 ? WIDE : layout == 2 ? LONG : DEALS;
    CsvImport reader =
        new CsvImport(m == null ? ImportSettings.STORE : ImportSettings.of(m.mapping()), m);
    FileResult r;
    try {
      r = reader.read(data.consumeRemainingAsBytes(), "export.csv", 0, ImportProgress.NONE);
    } catch (PacException e) {
      // a file that is no CSV at all: a clean one-line error, exit 1
      assertEquals(ExitCode.INVALID, e.exitCode(), e.line());
      assertTrue(e.line().indexOf('\n') < 0, e.line());
      return;
    }
    assertNotNull(r.rows());
    for (Rejection x : r.rejected()) {
      assertTrue(x.line() >= 1, () -> "a rejection without its line: " + x);
      assertTrue(x.reason().indexOf('\n') < 0, () -> "a reason over two lines: " + x);
    }
  }
}
