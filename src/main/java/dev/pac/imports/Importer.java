package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.ImportResult;
import dev.pac.actuals.KnownStores;
import dev.pac.actuals.Rejection;
import dev.pac.actuals.RowTable;
import dev.pac.actuals.StoreLayoutReader;
import dev.pac.actuals.StoreLock;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.ImportMapping.Dimension;
import dev.pac.model.Kpi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code pac import} from files to store: chooses each CSV's {@link Layout}, reads every CSV
 * (nothing is written before all are read: {@link StoreLayoutReader} for files in the store's own
 * form, {@link CsvImport} for the others), matches KPI and dimension labels to the plans' ids
 * ({@link IdMatching}), groups event rows by period where the mapping says so ({@link Grouping}),
 * rejects conflicting duplicates across files ({@link Rejections}), then, holding the store's lock,
 * merges into the store ({@link ActualsStore#upsert}) and rewrites it atomically, unless a row was
 * rejected, this is a dry run, or nothing would change.
 */
public final class Importer {
  /** One CSV to import: its path and its name as shown. */
  public record Source(Path path, String display) {}

  /**
   * The result, or the mapping findings (columns the CSV lacks) that stopped the import before any
   * row.
   */
  public record Outcome(
      ImportResult result, List<Finding> findings, Map<String, Set<String>> dimensions) {}

  /**
   * What the workspace's plans define: KPI ids, dimension ids by dimension, and each KPI with its
   * defaults.
   */
  public record Known(
      Set<String> kpis, Map<String, Set<String>> dimensions, Map<String, Kpi> definitions) {}

  private final Supplier<Known> known;
  private final LoadedMapping mapping;
  private final Supplier<List<LoadedMapping>> candidates;
  private final ImportProgress progress;
  private final Consumer<Text> warn;
  private final Duration lockWait;
  private final KnownStores stores;

  /**
   * {@code known}: what the plans define, asked for once the CSVs are read (so plans can load
   * meanwhile); {@code mapping} null: each CSV's layout is chosen by its header among the store's
   * and {@code candidates} (the workspace's mappings, loaded when first needed). {@code warn}
   * receives warnings for stderr. A store {@code stores} knows is not read through when the rows
   * all go after its last one.
   */
  public Importer(
      Supplier<Known> known,
      LoadedMapping mapping,
      Supplier<List<LoadedMapping>> candidates,
      ImportProgress progress,
      Consumer<Text> warn,
      Duration lockWait,
      KnownStores stores) {
    this.known = known;
    this.mapping = mapping;
    this.candidates = candidates;
    this.progress = progress;
    this.warn = warn;
    this.lockWait = lockWait;
    this.stores = stores;
  }

  /** An import whose CSVs are all in the store's layout or read with {@code mapping}. */
  public Importer(
      Supplier<Set<String>> kpis,
      LoadedMapping mapping,
      ImportProgress progress,
      Consumer<Text> warn,
      Duration lockWait) {
    this(
        () -> new Known(kpis.get(), Map.of(), Map.of()),
        mapping,
        List::of,
        progress,
        warn,
        lockWait,
        KnownStores.NONE);
  }

  public Outcome run(List<Source> sources, Path store, String storeName, boolean dryRun) {
    List<String> names = sources.stream().map(Source::display).toList();
    List<Rejection> rejected = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Layout> layouts = new ArrayList<>();
    // each file's rows: a table when the file is in the store's own form, else a list (Commons CSV)
    List<Object> read = new ArrayList<>();
    int filtered = 0;
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      // a file in the store's own form (its header exactly the store's) is read without its bytes
      // held whole; any other file, or one with a line out of that form, is read whole
      RowTable table =
          mapping == null ? CsvImport.readStoreForm(s.path(), s.display(), i, progress) : null;
      if (table != null) {
        layouts.add(Layout.STORE);
        read.add(table);
        continue;
      }
      byte[] bytes = CsvImport.readBytes(s.path(), s.display());
      Layout layout = Layout.choose(bytes, s.display(), mapping, candidates);
      layouts.add(layout);
      if (layout.mapping() != null && layout.mapping().hasErrors()) {
        findings.addAll(layout.mapping().findings());
        continue;
      }
      byte[][] handed = {bytes};
      bytes = null; // the reader drops the bytes once decoded: a 50 MB export is not held twice
      FileResult r =
          new CsvImport(layout.settings(), layout.mapping()).read(handed, s.display(), i, progress);
      if (r.guessed() != null) {
        warn.accept(Text.of("import.guessed", s.display(), r.guessed()));
      }
      r.warnings().forEach(warn);
      findings.addAll(r.findings());
      rejected.addAll(r.rejected());
      filtered += r.filtered();
      read.add(r.rows());
    }
    if (!findings.isEmpty()) {
      return new Outcome(null, findings, Map.of());
    }
    Known k = known.get();
    Map<String, Integer> ignored = new TreeMap<>();
    int grouped = 0;
    RowTable rows = null;
    int[] order = null;
    if (rejected.isEmpty() && read.stream().allMatch(r -> r instanceof RowTable)) {
      rows = StoreForm.matched(read.stream().map(RowTable.class::cast).toList(), k);
      order = rows == null ? null : StoreForm.uniqueOrder(rows);
    }
    if (order == null) {
      rows = null;
      List<Incoming> incoming = incoming(read);
      read = null;
      incoming = new IdMatching(k, layouts, names, rejected, ignored).resolve(incoming);
      Grouping.Grouped g = Grouping.of(incoming, k, layouts);
      incoming = g.rows();
      grouped = g.lines();
      g = null;
      List<Actual> sorted = Rejections.unique(incoming, names, layouts, rejected);
      incoming = null;
      rows = RowTable.of(sorted);
      order = new int[sorted.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
    }
    rejected = Rejections.sorted(rejected, names);
    List<ImportResult.Ignored> ignoredList =
        ignored.entrySet().stream()
            .map(e -> new ImportResult.Ignored(e.getKey(), e.getValue()))
            .toList();
    boolean write = rejected.isEmpty() && !dryRun;
    StoreLock lock =
        write ? StoreLock.acquire(store, storeName, lockWait, warn) : null; // held until the rename
    try {
      ActualsStore.Upserted u =
          ActualsStore.upsert(store, storeName, rows, order, order.length, write, stores);
      return new Outcome(
          new ImportResult(
              storeName,
              u.added(),
              u.updated(),
              u.unchanged(),
              rejected,
              u.written(),
              dryRun,
              filtered,
              grouped,
              ignoredList),
          List.of(),
          dimensions(rows));
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /** Every file's rows as a list of incoming rows, in file and line order (the general path). */
  private static List<Incoming> incoming(List<Object> read) {
    List<Incoming> all = null;
    for (Object r : read) {
      List<Incoming> rows;
      if (r instanceof RowTable t) {
        rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
          rows.add(new Incoming(t.actual(i), t.file(i), t.line(i), false));
        }
      } else {
        @SuppressWarnings("unchecked")
        List<Incoming> list = (List<Incoming>) r;
        rows = list;
      }
      if (all == null) {
        // no copy of a million rows
        all = rows instanceof ArrayList<Incoming> ? rows : new ArrayList<>(rows);
      } else {
        all.addAll(rows);
      }
    }
    return all == null ? new ArrayList<>() : all;
  }

  /** The segment, channel and action ids the imported rows name (by dimension, sorted). */
  private static Map<String, Set<String>> dimensions(RowTable rows) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Dimension dim : Dimension.values()) {
      out.put(dim.id(), rows.dimensionIds(dim.ordinal()));
    }
    return out;
  }
}
