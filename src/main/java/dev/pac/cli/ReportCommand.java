package dev.pac.cli;

import dev.pac.check.LoadedPlan;
import dev.pac.io.ActualsStore;
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
import dev.pac.report.ActualsIndex;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.report.Owners;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import dev.pac.error.PacException;
import dev.pac.text.Nearest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "The weekly stand-up report: objectives against plan, period-over-period alerts, stale KPIs, action review, what comes next.")
final class ReportCommand implements Callable<Integer> {
  enum Format { TEXT, MARKDOWN, HTML, JSON, CSV }

  private final Pac pac;
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan ids or files (default: every plan of the workspace).")
  List<String> plans = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "The report date (default: today).")
  LocalDate asOf;

  @Option(names = "--owner", paramLabel = "NAME", description = "Only the objectives and actions of this owner (case and any \"(role)\" ignored).")
  String owner;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown, html, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--csv", paramLabel = "DIALECT", description = "With --format csv: rfc4180, excel or excel-fr (default: excel-fr in French, else rfc4180).")
  CsvDialect csv;

  ReportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    LocalDate date = asOf != null ? asOf : pac.env().today();
    List<LoadedPlan> loaded = Plans.load(pac, plans, date, spec.commandLine().getErr());
    String who = owner == null || owner.isBlank() ? null : owner;
    if (who != null) {
      refuseUnknownOwner(who, loaded);
    }
    output.check(pac, loaded.stream().map(LoadedPlan::path).toList());
    Path store = pac.workspace().actualsFile();
    if (!Files.exists(store)) {
      spec.commandLine().getErr().println("pac: note: " + pac.display(store)
          + ": no actuals store yet, so every objective shows no-data; `pac import` fills it");
    }
    ActualsIndex index = new ActualsIndex(ActualsStore.read(store, pac.display(store)));
    Set<String> known = new HashSet<>();
    loaded.forEach(p -> p.plan().kpis().forEach(k -> known.add(k.id())));
    List<PlanReport> reports = new ArrayList<>();
    for (LoadedPlan p : loaded) {
      reports.add(new ReportBuilder(p.plan(), index, date, known).build(who));
    }
    Labels labels = Labels.of(pac.language());
    ReportRenderer renderer = switch (format) {
      case TEXT -> new ReportText(output.toFile() ? Style.PLAIN : pac.style(), labels);
      case MARKDOWN -> new ReportMarkdown(labels);
      case HTML -> new ReportHtml(labels);
      case JSON -> new ReportJson(labels);
      case CSV -> new ReportCsv(csv != null ? csv : pac.language() == Lang.FR ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180);
    };
    output.write(pac, spec.commandLine().getOut(), w -> renderer.render(reports, w));
    return 0;
  }

  /** An owner nobody in these plans is: a usage error listing the owners, nearest first. */
  private static void refuseUnknownOwner(String who, List<LoadedPlan> loaded) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (LoadedPlan p : loaded) {
      p.plan().objectives().forEach(o -> owners.putIfAbsent(Owners.key(o.owner()), Owners.name(o.owner())));
      p.plan().actions().forEach(a -> owners.putIfAbsent(Owners.key(a.owner()), Owners.name(a.owner())));
    }
    if (!owners.containsKey(Owners.key(who))) {
      List<String> names = Nearest.sorted(Owners.name(who), new TreeSet<>(owners.values()));
      throw PacException.usage("--owner '" + dev.pac.text.Excerpt.of(who) + "' owns no objective or action; owners: " + String.join(", ", names));
    }
  }
}
