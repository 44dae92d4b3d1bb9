package dev.pac.io;

import dev.pac.model.Finding;
import dev.pac.store.Actual;
import dev.pac.store.ImportResult;
import dev.pac.store.Rejection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.HashMap;
import java.util.Map;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;

/**
 * {@code pac import} from files to store: reads every CSV (nothing is written before all are read),
 * rejects conflicting duplicates across them, then, holding the store's lock, reads the store, merges
 * ({@link Upsert}) and rewrites it atomically, unless a row was rejected, this is a dry run, or nothing
 * would change (the store already holding exactly these bytes).
 */
public final class Importer {
  /** One CSV to import: its path and its name as shown. */
  public record Source(Path path, String display) {}

  /** The result, or the mapping findings (columns the CSV lacks) that stopped the import before any row. */
  public record Outcome(ImportResult result, List<Finding> findings, Map<String, Set<String>> dimensions) {}

  private final Supplier<Set<String>> kpis;
  private final LoadedMapping mapping;
  private final ImportProgress progress;
  private final Consumer<String> warn;
  private final Duration lockWait;

  /**
   * {@code kpis}: the workspace's KPI ids, asked for once the CSVs are read (so plans can load meanwhile);
   * {@code mapping} null: the CSVs are in the store's layout. {@code warn} receives warnings for stderr.
   */
  public Importer(Supplier<Set<String>> kpis, LoadedMapping mapping, ImportProgress progress, Consumer<String> warn,
      Duration lockWait) {
    this.kpis = kpis;
    this.mapping = mapping;
    this.progress = progress;
    this.warn = warn;
    this.lockWait = lockWait;
  }

  public Outcome run(List<Source> sources, Path store, String storeName, boolean dryRun) {
    ImportMapping m = mapping == null ? ImportMapping.STORE_LAYOUT : mapping.mapping();
    CsvImport reader = new CsvImport(m, mapping, new IdInterner());
    List<Incoming> incoming = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      CsvImport.FileResult r = reader.read(CsvImport.readBytes(s.path(), s.display()), s.display(), i, progress);
      if (r.guessed() != null) {
        warn.accept(s.display() + ": guessed " + r.guessed());
      }
      findings.addAll(r.findings());
      rejected.addAll(r.rejected());
      if (incoming.isEmpty()) {
        incoming = r.rows(); // a fresh, mutable list: no copy of a million rows
      } else {
        incoming.addAll(r.rows());
      }
    }
    if (!findings.isEmpty()) {
      return new Outcome(null, findings, Map.of());
    }
    if (!m.wide()) {
      incoming = knownKpis(incoming, kpis.get(), m.kpiNames() != null, sources, rejected);
    }
    List<Actual> rows = unique(incoming, sources, rejected);
    incoming = null;
    rejected.sort(Comparator.comparingInt((Rejection x) -> indexOf(sources, x.file())).thenComparingInt(Rejection::line));
    rejected = oneEachRow(rejected);
    boolean write = rejected.isEmpty() && !dryRun;
    StoreLock lock = write ? StoreLock.acquire(store, storeName, lockWait, warn) : null; // held until the rename
    try {
      ActualsStore.Upserted u = ActualsStore.upsert(store, storeName, rows, write);
      return new Outcome(new ImportResult(storeName, u.added(), u.updated(), u.unchanged(), rejected, u.written(), dryRun),
          List.of(), dimensions(rows));
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /**
   * One rejection a row, its reasons joined with "; " in the order they were found: a row with a bad
   * date and a bad value is one rejected row ({@code rejected} sorted by file and line).
   */
  static List<Rejection> oneEachRow(List<Rejection> rejected) {
    List<Rejection> out = new ArrayList<>(rejected.size());
    for (Rejection x : rejected) {
      Rejection last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.line() == x.line() && last.file().equals(x.file())) {
        out.set(out.size() - 1, new Rejection(x.file(), x.line(), last.reason() + "; " + x.reason()));
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /** The segment, channel and action ids the imported rows name (by dimension, sorted). */
  private static Map<String, Set<String>> dimensions(List<Actual> rows) {
    Set<String> segments = new java.util.HashSet<>();
    Set<String> channels = new java.util.HashSet<>();
    Set<String> actions = new java.util.HashSet<>();
    for (Actual a : rows) {
      add(segments, a.segment());
      add(channels, a.channel());
      add(actions, a.action());
    }
    Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
    out.put("segment", new java.util.TreeSet<>(segments));
    out.put("channel", new java.util.TreeSet<>(channels));
    out.put("action", new java.util.TreeSet<>(actions));
    return out;
  }

  private static void add(Set<String> ids, String id) {
    if (!id.isEmpty()) {
      ids.add(id);
    }
  }

  /**
   * The imported rows sorted by key, each key once: a key read twice with the same value counts once;
   * with another value, the later row is rejected, naming the earlier one.
   */
  private static List<Actual> unique(List<Incoming> incoming, List<Source> sources, List<Rejection> rejected) {
    incoming.sort((a, b) -> Actual.compareKey(a.row(), b.row())); // stable: file and line order kept
    List<Actual> out = new ArrayList<>(incoming.size());
    Incoming kept = null;
    for (Incoming in : incoming) {
      if (kept != null && kept.row().sameKey(in.row())) {
        if (!kept.row().value().equals(in.row().value())) {
          rejected.add(new Rejection(sources.get(in.file()).display(), in.line(), "the same date, kpi, segment, "
              + "channel and action as " + sources.get(kept.file()).display() + ":" + kept.line() + " with another value ("
              + in.row().value() + ", there " + kept.row().value() + ")"));
        }
        continue;
      }
      kept = in;
      out.add(in.row());
    }
    return out;
  }

  /** Rows whose KPI no plan defines are rejected (the wide layout's KPIs were checked in the mapping). */
  private static List<Incoming> knownKpis(List<Incoming> incoming, Set<String> known, boolean kpiNames,
      List<Source> sources, List<Rejection> rejected) {
    Map<String, String> unknown = new HashMap<>();
    java.util.IdentityHashMap<String, Boolean> seen = new java.util.IdentityHashMap<>(); // ids are shared objects
    incoming.removeIf(in -> {
      String kpi = in.row().kpi();
      if (seen.computeIfAbsent(kpi, known::contains)) {
        return false;
      }
      rejected.add(new Rejection(sources.get(in.file()).display(), in.line(), unknown.computeIfAbsent(kpi,
          k -> "unknown KPI '" + Excerpt.of(k) + "': no plan of the workspace defines it" + Nearest.suggestion(k, known)
              + (kpiNames ? ", and kpi_names does not name it" : ""))));
      return true;
    });
    return incoming;
  }

  private static int indexOf(List<Source> sources, String display) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).display().equals(display)) {
        return i;
      }
    }
    return -1;
  }
}
