package dev.pac.cli;

import dev.pac.check.LoadedPlan;
import dev.pac.io.ActualsStore;
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
import dev.pac.report.Staleness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "The weekly stand-up report: objectives against plan, week-over-week alerts, action review, what comes next.")
final class ReportCommand implements Callable<Integer> {
  enum Format { TEXT, MARKDOWN, HTML, JSON, CSV }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan ids or files (default: every plan of the workspace).")
  List<String> plans = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "The report date (default: today).")
  LocalDate asOf;

  @Option(names = "--owner", paramLabel = "NAME", description = "Only the objectives and actions of this owner (case-insensitive).")
  String owner;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown, html, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  ReportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    LocalDate date = asOf != null ? asOf : pac.env().today();
    List<LoadedPlan> loaded = Plans.load(pac, plans, date, spec.commandLine().getErr());
    Path store = pac.workspace().actualsFile();
    if (!Files.exists(store)) {
      spec.commandLine().getErr().println("pac: note: " + pac.display(store)
          + ": no actuals store yet, so every objective shows no-data; `pac import` fills it");
    }
    ActualsIndex index = new ActualsIndex(ActualsStore.read(store, pac.display(store)));
    Staleness.of(index, date).ifPresent(s -> spec.commandLine().getErr().println("pac: note: " + pac.display(store)
        + " has no rows in " + s.week() + " (" + s.week().monday() + " to " + s.week().sunday()
        + "), the week the alerts compare; its latest row is dated " + s.latest() + ": `pac import` the missing weeks first"));
    List<PlanReport> reports = new ArrayList<>();
    for (LoadedPlan p : loaded) {
      reports.add(new ReportBuilder(p.plan(), index, date).build(owner == null || owner.isBlank() ? null : owner));
    }
    if (owner != null && reports.stream().allMatch(r -> r.objectives().isEmpty() && r.actions().isEmpty())) {
      java.util.Set<String> owners = new java.util.TreeSet<>();
      for (LoadedPlan p : loaded) {
        p.plan().objectives().forEach(o -> owners.add(o.owner()));
        p.plan().actions().forEach(a -> owners.add(a.owner()));
      }
      spec.commandLine().getErr().println("pac: note: no objective or action is owned by '" + owner + "'; owners: " + String.join(", ", owners));
    }
    ReportRenderer renderer = switch (format) {
      case TEXT -> new ReportText(output.toFile() ? Style.PLAIN : pac.style(), Labels.of(pac.language()));
      case MARKDOWN -> new ReportMarkdown(Labels.of(pac.language()));
      case HTML -> new ReportHtml(Labels.of(pac.language()));
      case JSON -> new ReportJson();
      case CSV -> new ReportCsv();
    };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(reports, w));
    return 0;
  }
}
