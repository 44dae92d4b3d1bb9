package dev.pac.cli;

import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ReportCsv;
import dev.pac.render.ReportHtml;
import dev.pac.render.ReportJson;
import dev.pac.render.ReportMarkdown;
import dev.pac.render.ReportRenderer;
import dev.pac.render.ReportText;
import dev.pac.render.Style;
import dev.pac.report.ActualsIndex;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.threads.Threads;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    description =
        "The weekly stand-up report: objectives against plan, period-over-period alerts, stale"
            + " KPIs, action review, what comes next.")
final class ReportCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON,
    CSV
  }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(
      paramLabel = "PLAN",
      arity = "0..*",
      description = "Plan ids or files (default: every plan of the workspace).")
  List<String> plans = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The report date (default: today).")
  LocalDate asOf;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description =
          "Only the objectives and actions of this owner (case and any \"(role)\" ignored).")
  String owner;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown, html, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--csv",
      paramLabel = "DIALECT",
      description =
          "With --format csv: rfc4180, excel or excel-fr (default: excel-fr in French, else"
              + " rfc4180).")
  CsvDialect csv;

  @Option(
      names = "--from-history",
      description = {
        "Read the plans and the actuals store as committed on the report date",
        "(the last commit of HEAD's first-parent history dated on or before it), not from the"
            + " working tree."
      })
  boolean fromHistory;

  ReportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    CsvChoice.check(csv, format == Format.CSV);
    LocalDate date = asOf != null ? asOf : pac.env().today();
    PrintWriter err = spec.commandLine().getErr();
    ReportInputs in = ReportInputs.read(pac, plans, date, fromHistory, err);
    String who = in.owner(owner);
    output.check(pac, in.files());
    ActualsIndex index = in.actuals(err);
    Set<String> kpis = in.kpis();
    // each plan's report on its own, on every core: the index and the histories are only read
    List<PlanReport> reports =
        Threads.inOrder(
            "pac-report",
            in.plans(),
            p -> new ReportBuilder(p.plan(), index, date, kpis, in.entries()).build(who));
    Labels labels = Labels.of(pac.language());
    ReportRenderer renderer =
        switch (format) {
          case TEXT -> new ReportText(output.toFile() ? Style.PLAIN : pac.style(), labels);
          case MARKDOWN -> new ReportMarkdown(labels);
          case HTML -> new ReportHtml(labels);
          case JSON -> new ReportJson(labels);
          case CSV -> new ReportCsv(CsvChoice.of(csv, pac.language()));
        };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(reports, w));
    return 0;
  }
}
