package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.Dates;
import dev.pac.actuals.Decimals;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.ImportResult;
import dev.pac.actuals.Rejection;
import dev.pac.actuals.RowTable;
import dev.pac.actuals.StoreLayoutReader;
import dev.pac.actuals.StoreLock;
import dev.pac.error.PacException;
import dev.pac.model.Finding;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import dev.pac.model.Slug;
import dev.pac.model.Unit;
import dev.pac.text.Excerpt;
import dev.pac.text.Label;
import dev.pac.text.Nearest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code pac import} from files to store: chooses each CSV's layout (the mapping given, else the
 * store's layout when the header is the store's, else the one workspace mapping whose columns the
 * header holds), reads every CSV (nothing is written before all are read), matches KPI and
 * dimension labels to the plans' ids, groups event rows by period where the mapping says so,
 * rejects conflicting duplicates across files, then, holding the store's lock, merges into the
 * store ({@link ActualsStore#upsert}) and rewrites it atomically, unless a row was rejected, this
 * is a dry run, or nothing would change.
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

  private static final String[] DIMENSIONS = {"segment", "channel", "action"};

  /** A label that matches no id (compared by identity). */
  private static final String NONE = new String("\0none");

  private final Supplier<Known> known;
  private final LoadedMapping mapping;
  private final Supplier<List<LoadedMapping>> candidates;
  private final ImportProgress progress;
  private final Consumer<String> warn;
  private final Duration lockWait;

  /**
   * {@code known}: what the plans define, asked for once the CSVs are read (so plans can load
   * meanwhile); {@code mapping} null: each CSV's layout is chosen by its header among the store's
   * and {@code candidates} (the workspace's mappings, loaded when first needed). {@code warn}
   * receives warnings for stderr.
   */
  public Importer(
      Supplier<Known> known,
      LoadedMapping mapping,
      Supplier<List<LoadedMapping>> candidates,
      ImportProgress progress,
      Consumer<String> warn,
      Duration lockWait) {
    this.known = known;
    this.mapping = mapping;
    this.candidates = candidates;
    this.progress = progress;
    this.warn = warn;
    this.lockWait = lockWait;
  }

  /** An import whose CSVs are all in the store's layout or read with {@code mapping}. */
  public Importer(
      Supplier<Set<String>> kpis,
      LoadedMapping mapping,
      ImportProgress progress,
      Consumer<String> warn,
      Duration lockWait) {
    this(
        () -> new Known(kpis.get(), Map.of(), Map.of()),
        mapping,
        List::of,
        progress,
        warn,
        lockWait);
  }

  /** A file's layout: its mapping (null: the store's) and settings. */
  private record Layout(LoadedMapping mapping, ImportSettings settings) {}

  public Outcome run(List<Source> sources, Path store, String storeName, boolean dryRun) {
    List<Rejection> rejected = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Layout> layouts = new ArrayList<>();
    // each file's rows: a table when the file is in the store's own form, else a list (Commons CSV)
    List<Object> read = new ArrayList<>();
    int filtered = 0;
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      byte[] bytes = CsvImport.readBytes(s.path(), s.display());
      Layout layout = layout(bytes, s.display());
      layouts.add(layout);
      if (layout.mapping() != null && layout.mapping().hasErrors()) {
        findings.addAll(layout.mapping().findings());
        continue;
      }
      RowTable table =
          layout.mapping() == null ? StoreLayoutReader.read(bytes, i, s.display(), progress) : null;
      if (table != null) {
        bytes = null; // the rows hold what they need: the bytes are garbage before the next file is
        // read
        read.add(table);
        continue;
      }
      byte[][] handed = {bytes};
      bytes = null; // the reader drops the bytes once decoded: a 50 MB export is not held twice
      CsvImport.FileResult r =
          new CsvImport(layout.settings(), layout.mapping()).read(handed, s.display(), i, progress);
      if (r.guessed() != null) {
        warn.accept(s.display() + ": guessed " + r.guessed());
      }
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
    int[] grouped = {0};
    RowTable rows = null;
    int[] order = null;
    if (rejected.isEmpty() && read.stream().allMatch(r -> r instanceof RowTable)) {
      rows = fast(read, k, layouts);
      order = rows == null ? null : uniqueOrder(rows);
    }
    if (order == null) {
      rows = null;
      List<Incoming> incoming = incoming(read);
      read = null;
      incoming = resolve(incoming, k, layouts, sources, rejected, ignored);
      incoming = group(incoming, k, layouts, grouped);
      List<Actual> sorted = unique(incoming, sources, layouts, rejected);
      incoming = null;
      rows = RowTable.of(sorted);
      order = new int[sorted.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
    }
    rejected.sort(
        Comparator.comparingInt((Rejection x) -> indexOf(sources, x.file()))
            .thenComparingInt(Rejection::line));
    rejected = oneEachRow(rejected);
    List<ImportResult.Ignored> ignoredList =
        ignored.entrySet().stream()
            .map(e -> new ImportResult.Ignored(e.getKey(), e.getValue()))
            .toList();
    boolean write = rejected.isEmpty() && !dryRun;
    StoreLock lock =
        write ? StoreLock.acquire(store, storeName, lockWait, warn) : null; // held until the rename
    try {
      ActualsStore.Upserted u =
          ActualsStore.upsert(store, storeName, rows, order, order.length, write);
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
              grouped[0],
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
        all =
            rows instanceof ArrayList<Incoming>
                ? rows
                : new ArrayList<>(rows); // no copy of a million rows
      } else {
        all.addAll(rows);
      }
    }
    return all == null ? new ArrayList<>() : all;
  }

  /**
   * Files in the store's own form, all of them: their rows matched to the plans' ids in place, in
   * one table; null when a KPI or a label matches nothing (the general path then says which, row by
   * row).
   */
  private static RowTable fast(List<Object> read, Known k, List<Layout> layouts) {
    RowTable t;
    if (read.size() == 1) {
      t = (RowTable) read.get(0);
    } else {
      int n = read.stream().mapToInt(r -> ((RowTable) r).size()).sum();
      t = new RowTable(n);
      for (Object r : read) {
        RowTable f = (RowTable) r;
        for (int i = 0; i < f.size(); i++) {
          t.add(f, i);
        }
      }
    }
    // each distinct id once: the rows hold numbers in the table's list of ids
    boolean[] kpiUsed = new boolean[t.symbols()];
    for (int i = 0; i < t.size(); i++) {
      kpiUsed[t.kpiSymbol(i)] = true;
    }
    for (int x = 0; x < kpiUsed.length; x++) {
      if (kpiUsed[x] && !k.kpis().contains(t.symbol(x))) {
        return null; // the general path rejects or ignores it, as the file's layout says
      }
    }
    for (int d = 0; d < 3; d++) {
      Set<String> ids = k.dimensions().getOrDefault(DIMENSIONS[d], Set.of());
      int count = t.symbols();
      boolean[] used = new boolean[count];
      for (int i = 0; i < t.size(); i++) {
        used[t.dimensionSymbol(i, d)] = true;
      }
      int[] to = new int[count];
      boolean renumber = false;
      for (int x = 0; x < count; x++) {
        to[x] = x;
        String v = t.symbol(x);
        if (!used[x] || v.isEmpty() || Slug.isValid(v)) {
          continue;
        }
        String id = Label.match(v, ids);
        if (id == null) {
          return null;
        }
        to[x] = t.symbol(id);
        renumber = true;
      }
      if (renumber) {
        t.renumber(d, to);
      }
    }
    return t;
  }

  /**
   * The rows' order by key, each key once (a key read twice with the same value counts once); null
   * when a key is read twice with different values, or the keys are too many to sort this way (the
   * general path then rejects or sorts them).
   */
  private static int[] uniqueOrder(RowTable t) {
    int[] order = t.keyOrder();
    if (order == null) {
      return null;
    }
    int m = 0;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (m > 0 && t.sameKey(order[m - 1], i)) {
        if (!t.sameValue(order[m - 1], i)) {
          return null;
        }
        continue;
      }
      order[m++] = i;
    }
    return m == order.length ? order : java.util.Arrays.copyOf(order, m);
  }

  /**
   * A file's layout: the mapping given; else the store's when its header is the store's; else the
   * one workspace mapping whose columns the header holds (none or several: an error naming the
   * candidates and the columns each lacks). Without workspace mappings, the store's (whose errors
   * then name the columns).
   */
  private Layout layout(byte[] bytes, String display) {
    if (mapping != null) {
      return new Layout(mapping, ImportSettings.of(mapping.mapping()));
    }
    if (CsvImport.storeLayout(bytes, display)) {
      return new Layout(null, ImportSettings.STORE);
    }
    List<LoadedMapping> all = candidates.get();
    if (all.isEmpty()) {
      return new Layout(null, ImportSettings.STORE);
    }
    List<LoadedMapping> fit = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (LoadedMapping m : all) {
      if (m.mapping() == null) {
        misses.add(m.file() + " (unreadable: `pac import --mapping " + m.file() + "` says why)");
        continue;
      }
      List<String> lacking = CsvImport.lacking(bytes, ImportSettings.of(m.mapping()), display);
      if (lacking.isEmpty()) {
        fit.add(m);
      } else {
        misses.add(
            m.file()
                + " lacks "
                + String.join(", ", lacking.stream().map(c -> "'" + c + "'").toList()));
      }
    }
    if (fit.size() == 1) {
      return new Layout(fit.get(0), ImportSettings.of(fit.get(0).mapping()));
    }
    if (fit.isEmpty()) {
      throw PacException.invalid(
          display,
          "no mapping of the workspace fits this export's header, and it is not in the "
              + "store's layout (date, kpi, value): "
              + String.join("; ", misses)
              + "; fix the mapping's columns or name one with --mapping");
    }
    throw PacException.invalid(
        display,
        "several mappings of the workspace fit this export's header: "
            + String.join(", ", fit.stream().map(LoadedMapping::file).toList())
            + "; name one with --mapping");
  }

  /**
   * Matches each row's KPI and dimension labels to the plans' ids: a KPI no plan defines is
   * rejected, or ignored when the file's mapping says {@code unknown_kpis: ignore}; a dimension
   * label that is not an id is matched ignoring case, accents and space/underscore/hyphen, and a
   * label matching no id rejects its rows, each label's message naming its row count, the nearest
   * id and the {@code values:} line to add. A percentage for a KPI that is not a ratio is rejected.
   */
  private static List<Incoming> resolve(
      List<Incoming> incoming,
      Known k,
      List<Layout> layouts,
      List<Source> sources,
      List<Rejection> rejected,
      Map<String, Integer> ignored) {
    // each distinct label is matched once (rows share their label strings): label -> id, or NONE
    Set<String> kpis = new HashSet<>(k.kpis());
    Map<String, String> kpiMatch = new HashMap<>();
    List<Map<String, String>> dimMatch = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    record Unknown(int file, int dim, String label) {}
    Map<Unknown, List<Incoming>> unknown = new LinkedHashMap<>();
    Map<Unknown, List<Incoming>> unknownKpis = new LinkedHashMap<>();
    List<Incoming> out = new ArrayList<>(incoming.size());
    for (Incoming in : incoming) {
      Actual a = in.row();
      Layout layout = layouts.get(in.file());
      boolean mapped = layout.mapping() != null;
      String kpi =
          kpiMatch.computeIfAbsent(
              a.kpi(),
              x ->
                  kpis.contains(x)
                      ? x
                      : mapped
                          ? java.util.Objects.requireNonNullElse(Label.match(x, kpis), NONE)
                          : NONE);
      if (kpi == NONE) {
        if (layout.settings().ignoreUnknownKpis()) {
          ignored.merge(a.kpi(), 1, Integer::sum);
        } else {
          unknownKpis
              .computeIfAbsent(new Unknown(in.file(), -1, a.kpi()), x -> new ArrayList<>())
              .add(in);
        }
        continue;
      }
      String[] dims = {a.segment(), a.channel(), a.action()};
      boolean ok = true;
      for (int d = 0; d < 3; d++) {
        String v = dims[d];
        if (v.isEmpty()) {
          continue;
        }
        Set<String> ids = k.dimensions().getOrDefault(DIMENSIONS[d], Set.of());
        String match =
            dimMatch
                .get(d)
                .computeIfAbsent(
                    v,
                    x ->
                        Slug.isValid(x)
                            ? x
                            : java.util.Objects.requireNonNullElse(Label.match(x, ids), NONE));
        if (match == NONE) {
          unknown.computeIfAbsent(new Unknown(in.file(), d, v), x -> new ArrayList<>()).add(in);
          ok = false;
        } else {
          dims[d] = match;
        }
      }
      if (!ok) {
        continue;
      }
      if (in.percent()) {
        Kpi def = k.definitions().get(kpi);
        if (def != null && def.unit() != Unit.RATIO && def.rollup() != Rollup.RATIO) {
          rejected.add(
              new Rejection(
                  sources.get(in.file()).display(),
                  in.line(),
                  "a percentage ('%') for KPI '"
                      + kpi
                      + "', whose unit is "
                      + def.unit().id()
                      + ": only ratio KPIs take percentages"));
          continue;
        }
      }
      if (kpi != a.kpi()
          || dims[0] != a.segment()
          || dims[1] != a.channel()
          || dims[2] != a.action()) {
        a = new Actual(a.date(), kpi, dims[0], dims[1], dims[2], a.value());
        in = new Incoming(a, in.file(), in.line(), in.percent());
      }
      out.add(in);
    }
    // unknown KPIs and labels: every row rejected, one message a label (with its count) that text
    // output shows once
    for (Map.Entry<Unknown, List<Incoming>> e : unknownKpis.entrySet()) {
      String kpi = e.getKey().label();
      Layout layout = layouts.get(e.getKey().file());
      int n = e.getValue().size();
      String reason =
          "unknown KPI '"
              + Excerpt.of(kpi)
              + "'"
              + (n == 1 ? "" : " (" + n + " rows)")
              + ": no plan of the workspace defines it"
              + Nearest.suggestion(kpi, k.kpis())
              + (layout.mapping() != null && !layout.settings().wide()
                  ? "; map the label to a KPI id in kpi_names: {ID: "
                      + yamlKey(kpi)
                      + "}, or set `unknown_kpis: ignore` to "
                      + "skip the labels that name no KPI"
                  : "");
      for (Incoming in : e.getValue()) {
        rejected.add(new Rejection(sources.get(in.file()).display(), in.line(), reason));
      }
    }
    Set<Incoming> seen = new HashSet<>();
    for (Map.Entry<Unknown, List<Incoming>> e : unknown.entrySet()) {
      Unknown u = e.getKey();
      String dim = DIMENSIONS[u.dim()];
      Set<String> ids = k.dimensions().getOrDefault(dim, Set.of());
      String nearest = Label.nearest(u.label(), ids);
      int n = e.getValue().size();
      String target = nearest == null ? "ID" : nearest;
      boolean mapped = layouts.get(u.file()).mapping() != null;
      String reason =
          dim
              + " '"
              + u.label()
              + "' ("
              + n
              + (n == 1 ? " row" : " rows")
              + ") matches no "
              + dim
              + " id of the plans"
              + (nearest == null ? " (the plans define no " + dim + ")" : "; nearest: " + nearest)
              + (mapped
                  ? "; map it in the mapping: values: {"
                      + dim
                      + ": {"
                      + yamlKey(u.label())
                      + ": "
                      + target
                      + "}}"
                  : "; write the " + dim + "'s id");
      for (Incoming in : e.getValue()) {
        if (seen.add(in)) {
          rejected.add(new Rejection(sources.get(in.file()).display(), in.line(), reason));
        }
      }
    }
    return out;
  }

  /**
   * A label as a YAML key in flow style: quoted (with its quotes escaped) unless it is a plain
   * word.
   */
  static String yamlKey(String label) {
    return "\"" + label.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * For files whose mapping says {@code group: true}: rows of one KPI with the same dimensions in
   * the same period of the KPI's grain become one row dated the period's first day, values summed
   * as exact decimals. {@code grouped[0]} counts the data rows (file lines) that went into a
   * grouped row.
   */
  private static List<Incoming> group(
      List<Incoming> incoming, Known k, List<Layout> layouts, int[] grouped) {
    boolean any = layouts.stream().anyMatch(l -> l.settings().group());
    if (!any) {
      return incoming;
    }
    record Key(int file, int date, String kpi, String segment, String channel, String action) {}
    Map<Key, BigDecimal> sums = new LinkedHashMap<>();
    Map<Key, Integer> lines = new HashMap<>();
    Set<Long> dataRows = new HashSet<>();
    List<Incoming> out = new ArrayList<>();
    for (Incoming in : incoming) {
      if (!layouts.get(in.file()).settings().group()) {
        out.add(in);
        continue;
      }
      Actual a = in.row();
      Kpi def = k.definitions().get(a.kpi());
      Grain grain = def == null || def.grain() == null ? Grain.WEEK : def.grain();
      Key key =
          new Key(
              in.file(),
              periodStart(a.date(), grain),
              a.kpi(),
              a.segment(),
              a.channel(),
              a.action());
      sums.merge(key, new BigDecimal(a.value()), BigDecimal::add);
      lines.putIfAbsent(key, in.line());
      dataRows.add(((long) in.file() << 32) | in.line());
    }
    for (Map.Entry<Key, BigDecimal> e : sums.entrySet()) {
      Key key = e.getKey();
      String value = Decimals.canonical(e.getValue().toPlainString());
      out.add(
          new Incoming(
              new Actual(key.date(), key.kpi(), key.segment(), key.channel(), key.action(), value),
              key.file(),
              lines.get(key),
              false));
    }
    grouped[0] = dataRows.size();
    return out;
  }

  /**
   * The first day of the period of {@code grain} holding {@code yyyymmdd}: the day, the ISO week's
   * Monday, the 1st.
   */
  static int periodStart(int yyyymmdd, Grain grain) {
    LocalDate d = Dates.toLocalDate(yyyymmdd);
    return switch (grain) {
      case DAY -> yyyymmdd;
      case WEEK -> Dates.of(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      case MONTH -> Dates.of(d.withDayOfMonth(1));
    };
  }

  /**
   * One rejection a row, its reasons joined with "; " in the order they were found: a row with a
   * bad date and a bad value is one rejected row ({@code rejected} sorted by file and line).
   */
  static List<Rejection> oneEachRow(List<Rejection> rejected) {
    List<Rejection> out = new ArrayList<>(rejected.size());
    for (Rejection x : rejected) {
      Rejection last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.line() == x.line() && last.file().equals(x.file())) {
        if (!last.reason().equals(x.reason()) && !last.reason().contains(x.reason())) {
          out.set(
              out.size() - 1, new Rejection(x.file(), x.line(), last.reason() + "; " + x.reason()));
        }
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /** The segment, channel and action ids the imported rows name (by dimension, sorted). */
  private static Map<String, Set<String>> dimensions(RowTable rows) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int d = 0; d < 3; d++) {
      Set<String> ids = new HashSet<>();
      String last = null;
      for (int i = 0; i < rows.size(); i++) {
        String v = rows.dimension(i, d);
        if (v != last) {
          add(ids, v);
          last = v;
        }
      }
      out.put(DIMENSIONS[d], new TreeSet<>(ids));
    }
    return out;
  }

  private static void add(Set<String> ids, String id) {
    if (!id.isEmpty()) {
      ids.add(id);
    }
  }

  /**
   * The imported rows sorted by key, each key once: a key read twice with the same value counts
   * once; with another value, the later row is rejected, naming the earlier one.
   */
  private static List<Actual> unique(
      List<Incoming> incoming,
      List<Source> sources,
      List<Layout> layouts,
      List<Rejection> rejected) {
    incoming.sort(
        (a, b) -> Actual.compareKey(a.row(), b.row())); // stable: file and line order kept
    List<Actual> out = new ArrayList<>(incoming.size());
    Incoming kept = null;
    for (Incoming in : incoming) {
      if (kept != null && kept.row().sameKey(in.row())) {
        if (!kept.row().value().equals(in.row().value())) {
          rejected.add(
              new Rejection(
                  sources.get(in.file()).display(),
                  in.line(),
                  "the same date, kpi, segment, "
                      + "channel and action as "
                      + sources.get(kept.file()).display()
                      + ":"
                      + kept.line()
                      + " with another value ("
                      + in.row().value()
                      + ", there "
                      + kept.row().value()
                      + ")"
                      + (layouts.get(in.file()).mapping() != null
                              && !layouts.get(in.file()).settings().group()
                          ? "; rows that are events (one a deal) are summed by period with `group: true` in the mapping"
                          : "")));
        }
        continue;
      }
      kept = in;
      out.add(in.row());
    }
    return out;
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
