package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.ActualsStore;
import dev.pac.check.rules.ActionRules;
import dev.pac.files.PlanFiles;
import dev.pac.model.ActualRow;
import dev.pac.model.ActualRows;
import dev.pac.model.Lang;
import dev.pac.model.Plan;
import dev.pac.model.Rollup;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.PlanLoader;
import dev.pac.workspace.Validation;
import dev.pac.workspace.ValidationReport;
import dev.pac.workspace.WorkspaceLoader;
import dev.pac.workspace.WorkspaceTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code pac init} end to end: the workspace it writes, in each language, and what pac makes of it.
 */
class InitCommandTest {
  /** The last day of the example's actuals on which the plan has no overdue action. */
  static final String CLEAN_AS_OF = "2027-03-26";

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private Run pac(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock =
        Clock.fixed(
            LocalDate.parse("2027-03-15").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new Env(tmp, Map.of(), clock, false, false),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theNewWorkspaceValidatesWithoutAnyFinding(Lang lang) {
    Run init = pac("init", "ws", "--lang", lang.id());
    assertEquals(0, init.code(), init.err());
    assertEquals("", init.err());

    for (String[] args :
        List.of(
            new String[] {"-C", "ws", "validate", "--strict", "--as-of", CLEAN_AS_OF},
            new String[] {"-C", "ws", "validate", "--strict"})) {
      Run validate = pac(args);
      assertEquals(
          0,
          validate.code(),
          String.join(" ", args) + " should pass --strict:\n" + validate.out() + validate.err());
    }

    Path ws = tmp.resolve("ws");
    LoadedWorkspace workspace = WorkspaceLoader.load(ws, Path::toString);
    ValidationReport report =
        Validation.run(
            new PlanLoader(),
            workspace,
            PlanFiles.under(workspace.plansDir(), "plans"),
            true,
            LocalDate.parse(CLEAN_AS_OF),
            Path::toString);
    assertEquals(List.of(), report.findings());
    assertEquals(2, report.files().size(), "pac.yaml and one plan");
    assertEquals(lang, workspace.settings().locale(), "pac.yaml names the workspace's language");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyFileOfTheTemplateIsWrittenAsItIs(Lang lang) throws IOException {
    assertEquals(0, pac("--lang", lang.id(), "init", "ws").code());
    WorkspaceTemplate template = WorkspaceTemplate.of(lang);
    try (var s = Files.walk(tmp.resolve("ws"))) {
      assertEquals(
          template.files().size(),
          s.filter(Files::isRegularFile).count(),
          "no stray files (temporary files included)");
    }
    for (String f : template.files()) {
      assertArrayEquals(template.content(f), Files.readAllBytes(tmp.resolve("ws").resolve(f)), f);
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theActualsStoreIsSortedUniqueAndReadable(Lang lang) throws IOException {
    assertEquals(0, pac("init", "ws", "--lang", lang.id()).code());
    Path store = tmp.resolve("ws/data/actuals.csv");
    byte[] bytes = Files.readAllBytes(store);
    assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB, "no BOM");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "LF line ends only");
    assertTrue(text.endsWith("\n"), "a final line end");
    List<String> lines = text.lines().toList();
    assertEquals(ActualsStore.HEADER, lines.get(0));
    String[] previous = null;
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      assertEquals(6, f.length, "line " + (i + 1));
      assertTrue(
          f[2].matches("-?[0-9]+(\\.[0-9]+)?"),
          "a plain number with '.' decimals on line " + (i + 1));
      if (previous != null) {
        assertTrue(
            compareKeys(previous, f) < 0,
            "line " + (i + 1) + " must sort strictly after the line before (sorted, unique)");
      }
      previous = f;
    }
    List<ActualRow> rows = ActualRows.read(store, "data/actuals.csv");
    assertEquals(lines.size() - 1, rows.size());
    assertEquals(12, rows.stream().map(ActualRow::date).distinct().count(), "12 weekly dates");
    assertTrue(
        rows.stream().allMatch(r -> r.date().getDayOfWeek() == DayOfWeek.MONDAY),
        "weeks dated on their Monday");
  }

  /** The store's key order: date, kpi, segment, channel, action, each compared as plain text. */
  private static int compareKeys(String[] a, String[] b) {
    for (int i : new int[] {0, 1, 3, 4, 5}) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theActualsAndTheMappingNameOnlyWhatThePlanDefines(Lang lang) throws IOException {
    assertEquals(0, pac("init", "ws", "--lang", lang.id()).code());
    Path ws = tmp.resolve("ws");
    LoadedWorkspace workspace = WorkspaceLoader.load(ws, Path::toString);
    List<Path> plans = PlanFiles.under(workspace.plansDir(), "plans");
    assertEquals(1, plans.size());
    LoadedPlan loaded =
        new PlanLoader()
            .load(plans.get(0), "plan", workspace.settings(), LocalDate.parse(CLEAN_AS_OF));
    Plan plan = loaded.plan();
    List<String> kpis = plan.kpis().stream().map(k -> k.id()).toList();
    List<String> segments = plan.segments().stream().map(t -> t.id()).toList();
    List<String> channels = plan.channels().stream().map(t -> t.id()).toList();
    List<String> actions = plan.actions().stream().map(a -> a.id()).toList();
    List<ActualRow> rows = ActualRows.read(ws.resolve("data/actuals.csv"), "data/actuals.csv");
    for (ActualRow r : rows) {
      assertTrue(kpis.contains(r.kpi()), "unknown KPI in " + r);
      assertTrue(
          r.segment().isEmpty() || segments.contains(r.segment()), "unknown segment in " + r);
      assertTrue(
          r.channel().isEmpty() || channels.contains(r.channel()), "unknown channel in " + r);
      assertTrue(r.action().isEmpty() || actions.contains(r.action()), "unknown action in " + r);
    }
    assertTrue(
        kpis.contains(plan.review().spendKpi()) && kpis.contains(plan.review().returnKpi()),
        "the action review's spend and return KPIs are KPIs of the plan");

    // every objective has rows at its own scope (for a ratio KPI: its numerator's and
    // denominator's)
    for (var o : plan.objectives()) {
      var kpi = plan.kpi(o.kpi()).orElseThrow();
      List<String> needed =
          kpi.rollup() == Rollup.RATIO
              ? List.of(kpi.numerator(), kpi.denominator())
              : List.of(kpi.id());
      for (String k : needed) {
        String seg = o.segment() == null ? "" : o.segment();
        String ch = o.channel() == null ? "" : o.channel();
        assertTrue(
            rows.stream()
                .anyMatch(
                    r ->
                        r.kpi().equals(k)
                            && r.segment().equals(seg)
                            && r.channel().equals(ch)
                            && r.action().isEmpty()),
            "objective " + o.id() + " has no " + k + " rows at its scope");
      }
    }
    // every action that has started by the example's date has spend rows for the action review
    for (var a : plan.actions()) {
      if (!a.start().isAfter(LocalDate.parse(CLEAN_AS_OF))) {
        assertTrue(
            rows.stream()
                .anyMatch(
                    r -> r.kpi().equals(plan.review().spendKpi()) && r.action().equals(a.id())),
            "action " + a.id() + " has no spend rows");
      }
    }

    String mapping = Files.readString(ws.resolve("mappings/hubspot.yaml"));
    int kpisAt = mapping.indexOf("\nkpis:\n");
    int dimsAt = mapping.indexOf("\ndims:");
    assertTrue(kpisAt > 0 && dimsAt > kpisAt);
    for (String line : mapping.substring(kpisAt + 7, dimsAt).split("\n")) {
      String id = line.strip().substring(0, line.strip().indexOf(':'));
      assertTrue(kpis.contains(id), "the mapping's KPI " + id + " is a KPI of the plan");
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void onTheReportDateTheOnlyFindingIsTheOverdueWebinarSeries(Lang lang) {
    assertEquals(0, pac("init", "ws", "--lang", lang.id()).code());
    LoadedWorkspace workspace = WorkspaceLoader.load(tmp.resolve("ws"), Path::toString);
    ValidationReport report =
        Validation.run(
            new PlanLoader(),
            workspace,
            PlanFiles.under(workspace.plansDir(), "plans"),
            true,
            LocalDate.parse(InitCommand.REPORT_DATE),
            Path::toString);
    String webinars = lang == Lang.FR ? "webinaires" : "webinar-series";
    assertEquals(1, report.findings().size(), report.findings().toString());
    for (var f : report.findings()) {
      assertEquals(ActionRules.STALE.id(), f.rule(), f.toString());
      assertTrue(f.message().contains(webinars), f.toString());
    }
    assertEquals(0, report.errors());
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theReportDateIsTheMondayAfterTheLastWeekOfActuals(Lang lang) {
    assertEquals(0, pac("init", "ws", "--lang", lang.id()).code());
    LocalDate last =
        ActualRows.read(tmp.resolve("ws/data/actuals.csv"), "actuals").stream()
            .map(ActualRow::date)
            .max(LocalDate::compareTo)
            .orElseThrow();
    assertEquals(last.plusDays(7), LocalDate.parse(InitCommand.REPORT_DATE));
    assertTrue(
        LocalDate.parse(CLEAN_AS_OF).isAfter(last)
            && LocalDate.parse(CLEAN_AS_OF).isBefore(last.plusDays(7)),
        "the clean date is in the last week of actuals");
  }

  @Test
  void refusesToOverwriteAndListsTheFilesThatExist() throws IOException {
    Files.createDirectories(tmp.resolve("ws/plans"));
    Files.writeString(tmp.resolve("ws/pac.yaml"), "locale: en\n");
    Run run = pac("init", "ws");
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("pac: error: ws: ")
            && run.err().contains("pac.yaml")
            && run.err().contains("--force"),
        run.err());
    assertEquals("locale: en\n", Files.readString(tmp.resolve("ws/pac.yaml")));
    assertFalse(
        Files.exists(tmp.resolve("ws/plans/h1-2027.yaml")),
        "nothing is written when anything would be overwritten");

    Run forced = pac("init", "ws", "--force");
    assertEquals(0, forced.code(), forced.err());
    assertTrue(forced.out().contains("  pac.yaml (replaced)\n"), forced.out());
    assertArrayEquals(
        WorkspaceTemplate.of(Lang.EN).content("pac.yaml"),
        Files.readAllBytes(tmp.resolve("ws/pac.yaml")));
  }
}
