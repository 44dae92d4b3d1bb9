package dev.pac.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Lang;
import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ReportCsv;
import dev.pac.render.ReportHtml;
import dev.pac.render.ReportJson;
import dev.pac.render.ReportMarkdown;
import dev.pac.render.ReportRenderer;
import dev.pac.render.ReportText;
import dev.pac.render.Style;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.workspace.WorkspaceTemplate;
import dev.pac.yaml.YamlReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Any bytes given as the actuals store end in a report of the example plan, in every format, with
 * no infinity or NaN in it, or in a one-line located error with exit 1; never in another exception.
 * The store's value bounds are what keep every sum finite.
 */
class StoreReportFuzzTest {
  private static final LoadedPlan PLAN;
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 29);

  static {
    WorkspaceTemplate t = WorkspaceTemplate.of(Lang.EN);
    String file = t.files().stream().filter(f -> f.startsWith("plans/")).findFirst().orElseThrow();
    PLAN =
        new PlanLoader()
            .check(Path.of(file), new YamlReader().parse(t.content(file), file), null, AS_OF);
  }

  @FuzzTest(maxDuration = "10m")
  void anyStoreGivesAReportOrALocatedError(byte[] input) {
    List<ActualRow> rows;
    try {
      rows = ActualRows.rows(input, "data/actuals.csv");
    } catch (PacException e) {
      assertEquals(ExitCode.INVALID, e.exitCode(), e.line());
      assertTrue(e.line().startsWith("data/actuals.csv:"), e.line());
      assertTrue(e.line().indexOf('\n') < 0 && e.line().length() < 400, e.line());
      return;
    }
    for (ActualRow r : rows) {
      assertTrue(Math.abs(r.value()) <= 1e15, () -> "a value out of bounds: " + r);
    }
    PlanReport report = new ReportBuilder(PLAN.plan(), ActualRows.index(rows), AS_OF).build(null);
    Labels en = Labels.of(Lang.EN);
    for (ReportRenderer r :
        List.of(
            new ReportText(Style.PLAIN, en),
            new ReportMarkdown(en),
            new ReportHtml(en),
            new ReportJson(en),
            new ReportCsv(CsvDialect.RFC4180))) {
      StringWriter out = new StringWriter();
      r.render(List.of(report), new PrintWriter(out));
      String text = out.toString();
      assertFalse(
          text.contains("NaN") || text.contains("Infinity") || text.contains("∞"),
          () -> r.getClass().getSimpleName() + " shows a non-finite number: " + text);
    }
  }
}
