package dev.pac.cli;

import dev.pac.check.LoadedWorkspace;
import dev.pac.io.ImportProgress;
import dev.pac.io.Importer;
import dev.pac.io.PlanFiles;
import java.nio.file.Files;
import dev.pac.check.MappingLoader;
import dev.pac.check.WorkspaceKpis;
import dev.pac.render.ImportJson;
import dev.pac.render.ImportProgressBar;
import dev.pac.render.ImportText;
import dev.pac.render.Style;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import CSV exports (CRM reports, spreadsheets) into the actuals store: "
    + "rows are upserted on (date, kpi, segment, channel, action); one bad row rejects the import.")
final class ImportCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  /** How long an import waits for another one into the same store to finish. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final Pac pac;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CSV", arity = "1..*", description = "CSV files to import.")
  List<Path> csvs = new ArrayList<>();

  @Option(names = "--mapping", paramLabel = "FILE|NAME", description = "The mapping describing the CSV's layout: a YAML "
      + "file, or NAME for mappings/NAME.yaml of the workspace (default: the CSV has the store's columns).")
  String mapping;

  @Option(names = "--dry-run", description = "Read and check everything, print the summary, write nothing.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputOption output;

  ImportCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> warn = s -> err.println("pac: warning: " + s);
    LoadedWorkspace ws = pac.workspace();
    Refusal.ifErrors(ws.findings(), err, "in " + ws.settingsFile());
    // the plans load (and their checks warm up) on another thread while the CSVs are read
    Supplier<WorkspaceKpis.Known> known = WorkspaceKpis.loading(ws, pac::display, pac.env().today(), warn);
    Supplier<Set<String>> kpis = () -> known.get().kpis();
    dev.pac.io.LoadedMapping m = null;
    List<Path> inputs = new ArrayList<>(csvs.stream().filter(p -> !PlanFiles.STDIN.equals(p.toString())).map(pac::resolve).toList());
    if (mapping != null) {
      Path file = MappingLoader.locate(mapping, pac.cwd(), ws.root(), pac::display);
      inputs.add(file);
      m = MappingLoader.load(file, pac.display(file), kpis.get(), known.get().definitions());
      Refusal.ifErrors(m.findings(), err, "in the mapping; nothing was imported");
    }
    output.check(pac, inputs); // before anything is written
    Path stdinCopy = csvs.stream().anyMatch(p -> PlanFiles.STDIN.equals(p.toString())) ? stdinToFile() : null;
    try {
      return importFrom(sources(stdinCopy), m, ws, known, kpis, warn, out, err);
    } finally {
      if (stdinCopy != null) {
        try {
          Files.deleteIfExists(stdinCopy);
        } catch (java.io.IOException e) {
          // a private temporary file; the system cleans its temporary folder
        }
      }
    }
  }

  /** The CSVs to read: a {@code -} is standard input, copied to {@code stdinCopy}. */
  private List<Importer.Source> sources(Path stdinCopy) {
    return csvs.stream().map(p -> PlanFiles.STDIN.equals(p.toString())
        ? new Importer.Source(stdinCopy, PlanFiles.STDIN_NAME)
        : new Importer.Source(pac.resolve(p), pac.display(pac.resolve(p)))).toList();
  }

  /** Standard input in a private temporary file: the import reads files, and reads each one twice when guessing. */
  private Path stdinToFile() {
    try {
      Path tmp = Files.createTempFile("pac-import-", ".csv");
      try (java.io.InputStream in = pac.env().stdin().get()) {
        Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return tmp;
    } catch (java.io.IOException e) {
      throw dev.pac.error.PacException.io(PlanFiles.STDIN_NAME, "cannot read standard input: " + e.getMessage(), e);
    }
  }

  private int importFrom(List<Importer.Source> sources, dev.pac.io.LoadedMapping m, LoadedWorkspace ws,
      Supplier<WorkspaceKpis.Known> known, Supplier<Set<String>> kpis, Consumer<String> warn, PrintWriter out, PrintWriter err) {
    Supplier<Importer.Known> plans = () -> {
      WorkspaceKpis.Known k = known.get();
      return new Importer.Known(k.kpis(), k.dimensions(), k.definitions());
    };
    // without --mapping, each CSV not in the store's layout is read with the workspace mapping its header fits
    Supplier<List<dev.pac.io.LoadedMapping>> candidates = () -> MappingLoader.names(ws.root()).stream()
        .map(name -> Files.isRegularFile(ws.root().resolve("mappings/" + name + ".yaml"))
            ? ws.root().resolve("mappings/" + name + ".yaml") : ws.root().resolve("mappings/" + name + ".yml"))
        .map(file -> MappingLoader.load(file, pac.display(file), kpis.get(), known.get().definitions()))
        .toList();
    ImportProgress progress = pac.env().stderrTerminal() ? new ImportProgressBar(pac.rawErr(), width()) : ImportProgress.NONE;
    Path store = ws.actualsFile();
    Importer.Outcome o = new Importer(plans, m, memo(candidates), progress, warn, LOCK_WAIT)
        .run(sources, store, pac.display(store), dryRun);
    Refusal.ifErrors(o.findings(), err, o.findings().stream().anyMatch(f -> f.file().endsWith(".yaml") || f.file().endsWith(".yml"))
        ? "in the mapping; nothing was imported" : "in the CSV's header; nothing was imported" + mappingHint(ws));
    undefinedIds(o.dimensions(), known.get().dimensions(), warn);
    output.write(pac, out, w -> {
      switch (format) {
        case TEXT -> new ImportText(output.toFile() ? Style.PLAIN : pac.style(), pac.catalogue()).render(o.result(), w, err);
        case JSON -> new ImportJson().render(o.result(), w);
      }
    });
    return o.result().rejected().isEmpty() ? 0 : 1;
  }

  /** {@code s}, computed on first use only. */
  private static <T> Supplier<T> memo(Supplier<T> s) {
    Object[] box = {null};
    return () -> {
      if (box[0] == null) {
        box[0] = s.get();
      }
      @SuppressWarnings("unchecked")
      T t = (T) box[0];
      return t;
    };
  }

  private int width() {
    try {
      return Math.max(40, Integer.parseInt(pac.env().var("COLUMNS")));
    } catch (NumberFormatException | NullPointerException e) {
      return 80;
    }
  }

  /** For a CSV that is not in the store's layout: the workspace's mappings, one of which may fit it. */
  private static String mappingHint(LoadedWorkspace ws) {
    List<String> names = MappingLoader.names(ws.root());
    return names.isEmpty() ? "" : " (a CRM export? name its mapping: --mapping " + String.join(" or --mapping ", names) + ")";
  }

  /** Warns of imported segment, channel and action ids no plan defines: the report never reads their rows. */
  private static void undefinedIds(Map<String, Set<String>> imported, Map<String, Set<String>> defined, Consumer<String> warn) {
    for (Map.Entry<String, Set<String>> e : imported.entrySet()) {
      Set<String> plans = defined.getOrDefault(e.getKey(), Set.of());
      for (String id : e.getValue()) {
        if (!plans.contains(id)) {
          warn.accept(e.getKey() + " '" + dev.pac.text.Excerpt.of(id) + "' is in the imported rows but no plan defines it"
              + dev.pac.text.Nearest.suggestion(id, plans) + "; reports only read the ids the plans define");
        }
      }
    }
  }
}
