package dev.pac.cli;

import dev.pac.actuals.ImportProgress;
import dev.pac.error.PacException;
import dev.pac.files.PlanFiles;
import dev.pac.i18n.Text;
import dev.pac.imports.Importer;
import dev.pac.imports.LoadedMapping;
import dev.pac.imports.MappingLoader;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.WorkspaceKpis;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What {@code pac import} reads besides the CSVs, with its refusals and warnings: {@code pac.yaml},
 * the plans' KPIs and ids (loaded on another thread while the CSVs are read), the mapping named or
 * the workspace mapping a CSV's header fits; then the import itself, refused when the mapping or a
 * header is wrong, with a warning for each imported id no plan defines.
 */
final class ImportInputs {
  /** How long an import waits for another one into the same store to finish. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final Pac pac;
  private final List<Path> csvs;
  private final LoadedWorkspace ws;
  private final Supplier<WorkspaceKpis.Known> known;
  private final LoadedMapping mapping;
  private final List<Path> files;
  private final Notices notices;
  private final PrintWriter err;

  private ImportInputs(
      Pac pac,
      List<Path> csvs,
      Supplier<WorkspaceKpis.Known> known,
      LoadedMapping mapping,
      List<Path> files,
      PrintWriter err) {
    this.pac = pac;
    this.csvs = csvs;
    this.ws = pac.workspace();
    this.known = known;
    this.mapping = mapping;
    this.files = files;
    this.err = err;
    this.notices = Notices.of(pac, err);
  }

  /**
   * The workspace and the mapping named by {@code --mapping} (null: none), refused when either has
   * errors.
   */
  static ImportInputs read(Pac pac, List<Path> csvs, String mappingName, PrintWriter err) {
    LoadedWorkspace ws = pac.workspace();
    Refusal.ifErrors(
        ws.findings(),
        err,
        pac.catalogue(),
        Text.of("errors.refused.in-file", String.valueOf(ws.settingsFile())));
    Supplier<WorkspaceKpis.Known> known =
        WorkspaceKpis.loading(
            pac.planLoader(), ws, pac::display, pac.env().today(), Notices.of(pac, err).warnings());
    List<Path> files =
        new ArrayList<>(csvs.stream().filter(p -> !isStdin(p)).map(pac::resolve).toList());
    LoadedMapping m = null;
    if (mappingName != null) {
      Path file = MappingLoader.locate(mappingName, pac.cwd(), ws.root(), pac::display);
      files.add(file);
      m =
          MappingLoader.load(
              file,
              pac.display(file),
              known.get().kpis(),
              known.get().definitions(),
              pac.checkedFiles());
      Refusal.ifErrors(m.findings(), err, pac.catalogue(), Text.of("errors.refused.in-mapping"));
    }
    return new ImportInputs(pac, csvs, known, m, files, err);
  }

  /** The files the import reads (for {@code --output}, which may not replace one). */
  List<Path> files() {
    return files;
  }

  /**
   * Imports the CSVs into the store (or only checks them, {@code dryRun}); standard input is read
   * once, here.
   */
  Importer.Outcome run(boolean dryRun, ImportProgress progress) {
    Path stdinCopy = csvs.stream().anyMatch(ImportInputs::isStdin) ? stdinToFile() : null;
    try {
      List<Importer.Source> sources =
          csvs.stream()
              .map(
                  p ->
                      isStdin(p)
                          ? new Importer.Source(stdinCopy, PlanFiles.STDIN_NAME)
                          : new Importer.Source(pac.resolve(p), pac.display(pac.resolve(p))))
              .toList();
      Path store = ws.actualsFile();
      Importer.Outcome o =
          new Importer(
                  this::plans,
                  mapping,
                  memo(this::candidates),
                  progress,
                  notices.warnings(),
                  LOCK_WAIT,
                  pac.knownStores())
              .run(sources, store, pac.display(store), dryRun);
      Refusal.ifErrors(
          o.findings(),
          err,
          pac.catalogue(),
          o.findings().stream()
                  .anyMatch(f -> f.file().endsWith(".yaml") || f.file().endsWith(".yml"))
              ? Text.of("errors.refused.in-mapping")
              : Text.of("errors.refused.in-csv-header", mappingHint()));
      undefinedIds(o.dimensions(), known.get().dimensions());
      return o;
    } finally {
      if (stdinCopy != null) {
        try {
          Files.deleteIfExists(stdinCopy);
        } catch (IOException e) {
          // a private temporary file; the system cleans its temporary folder
        }
      }
    }
  }

  private static boolean isStdin(Path p) {
    return PlanFiles.STDIN.equals(p.toString());
  }

  private Importer.Known plans() {
    WorkspaceKpis.Known k = known.get();
    return new Importer.Known(k.kpis(), k.dimensions(), k.definitions());
  }

  /**
   * Without --mapping, each CSV not in the store's layout is read with the workspace mapping its
   * header fits.
   */
  private List<LoadedMapping> candidates() {
    return MappingLoader.names(ws.root()).stream()
        .map(
            name ->
                Files.isRegularFile(ws.root().resolve("mappings/" + name + ".yaml"))
                    ? ws.root().resolve("mappings/" + name + ".yaml")
                    : ws.root().resolve("mappings/" + name + ".yml"))
        .map(
            file ->
                MappingLoader.load(
                    file,
                    pac.display(file),
                    known.get().kpis(),
                    known.get().definitions(),
                    pac.checkedFiles()))
        .toList();
  }

  /**
   * Standard input in a private temporary file: the import reads files, and reads each one twice
   * when guessing.
   */
  private Path stdinToFile() {
    try {
      Path tmp = Files.createTempFile("pac-import-", ".csv");
      try (InputStream in = pac.env().stdin().get()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      return tmp;
    } catch (IOException e) {
      throw PacException.io(
          PlanFiles.STDIN_NAME,
          Text.of("errors.cannot-read-stdin", String.valueOf(e.getMessage())),
          e);
    }
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

  /**
   * For a CSV that is not in the store's layout: the workspace's mappings, one of which may fit it.
   */
  private Text mappingHint() {
    List<String> names = MappingLoader.names(ws.root());
    if (names.isEmpty()) {
      return Text.plain("");
    }
    Object options = "--mapping " + names.get(0);
    for (String n : names.subList(1, names.size())) {
      options = Text.of("errors.or", options, "--mapping " + n);
    }
    return Text.of("errors.refused.mapping-hint", options);
  }

  /**
   * Warns of imported segment, channel and action ids no plan defines: the report never reads their
   * rows.
   */
  private void undefinedIds(Map<String, Set<String>> imported, Map<String, Set<String>> defined) {
    for (Map.Entry<String, Set<String>> e : imported.entrySet()) {
      Set<String> plans = defined.getOrDefault(e.getKey(), Set.of());
      for (String id : e.getValue()) {
        if (!plans.contains(id)) {
          notices.warning(
              Text.of(
                  "notes.import.undefined-id",
                  e.getKey(),
                  Excerpt.of(id),
                  Nearest.suggestionText(id, plans)));
        }
      }
    }
  }
}
