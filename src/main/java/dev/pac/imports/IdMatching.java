package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.Rejection;
import dev.pac.i18n.Text;
import dev.pac.model.ImportMapping.Dimension;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import dev.pac.model.Slug;
import dev.pac.model.Unit;
import dev.pac.text.Excerpt;
import dev.pac.text.Label;
import dev.pac.text.Nearest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches each row's KPI and dimension labels to the plans' ids: a KPI no plan defines is rejected,
 * or ignored when the file's mapping says {@code unknown_kpis: ignore}; a dimension label that is
 * not an id is matched ignoring case, accents and space/underscore/hyphen, and a label matching no
 * id rejects its rows, each label's message naming its row count, the nearest id and the {@code
 * values:} line to add. A percentage for a KPI that is not a ratio is rejected.
 */
final class IdMatching {
  /** A label that matches no id (compared by identity). */
  private static final String NONE = new String("\0none");

  private static final Dimension[] DIMENSIONS = Dimension.values();

  /** A label no id matched, in one file and dimension (-1: the KPI). */
  private record Unknown(int file, int dim, String label) {}

  private final Importer.Known k;
  private final List<Layout> layouts;
  private final List<String> names;
  private final List<Rejection> rejected;
  private final Map<String, Integer> ignored;
  private final Map<Unknown, List<Incoming>> unknown = new LinkedHashMap<>();
  private final Map<Unknown, List<Incoming>> unknownKpis = new LinkedHashMap<>();

  /**
   * {@code names}: each file's name as shown; rows refused go to {@code rejected}, the labels
   * ignored (with their row counts) to {@code ignored}.
   */
  IdMatching(
      Importer.Known k,
      List<Layout> layouts,
      List<String> names,
      List<Rejection> rejected,
      Map<String, Integer> ignored) {
    this.k = k;
    this.layouts = layouts;
    this.names = names;
    this.rejected = rejected;
    this.ignored = ignored;
  }

  /** The rows whose labels all match, with the plans' ids. */
  List<Incoming> resolve(List<Incoming> incoming) {
    // each distinct label is matched once (rows share their label strings): label -> id, or NONE
    Set<String> kpis = new HashSet<>(k.kpis());
    Map<String, String> kpiMatch = new HashMap<>();
    List<Map<String, String>> dimMatch = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
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
                      : mapped ? Objects.requireNonNullElse(Label.match(x, kpis), NONE) : NONE);
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
        Set<String> ids = k.dimensions().getOrDefault(DIMENSIONS[d].id(), Set.of());
        String match =
            dimMatch
                .get(d)
                .computeIfAbsent(
                    v,
                    x ->
                        Slug.isValid(x)
                            ? x
                            : Objects.requireNonNullElse(Label.match(x, ids), NONE));
        if (match == NONE) {
          unknown.computeIfAbsent(new Unknown(in.file(), d, v), x -> new ArrayList<>()).add(in);
          ok = false;
        } else {
          dims[d] = match;
        }
      }
      if (!ok || !percentFits(in, kpi)) {
        continue;
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
    rejectUnknown();
    return out;
  }

  /** Whether a row's percentage, if any, is for a ratio KPI; else it is rejected. */
  private boolean percentFits(Incoming in, String kpi) {
    if (!in.percent()) {
      return true;
    }
    Kpi def = k.definitions().get(kpi);
    if (def != null && def.unit() != Unit.RATIO && def.rollup() != Rollup.RATIO) {
      rejected.add(
          Rejection.of(
              names.get(in.file()),
              in.line(),
              Text.of("import.percent-not-ratio", kpi, def.unit().id())));
      return false;
    }
    return true;
  }

  /**
   * Unknown KPIs and labels: every row rejected, one message a label (with its count) that text
   * output shows once.
   */
  private void rejectUnknown() {
    for (Map.Entry<Unknown, List<Incoming>> e : unknownKpis.entrySet()) {
      String kpi = e.getKey().label();
      Layout layout = layouts.get(e.getKey().file());
      int n = lines(e.getValue());
      Text reason =
          Text.of(
              "import.unknown-kpi",
              Excerpt.of(kpi),
              n == 1 ? Footer.NONE : Text.of("import.unknown-kpi.rows", n),
              Nearest.suggestionText(kpi, k.kpis()),
              layout.mapping() != null && !layout.settings().wide()
                  ? Text.of("import.unknown-kpi.hint", yamlKey(kpi))
                  : Footer.NONE);
      for (Incoming in : e.getValue()) {
        rejected.add(Rejection.of(names.get(in.file()), in.line(), reason));
      }
    }
    Set<Incoming> seen = new HashSet<>();
    for (Map.Entry<Unknown, List<Incoming>> e : unknown.entrySet()) {
      Unknown u = e.getKey();
      String dim = DIMENSIONS[u.dim()].id();
      Set<String> ids = k.dimensions().getOrDefault(dim, Set.of());
      String nearest = Label.nearest(u.label(), ids);
      boolean close = nearest != null && close(u.label(), nearest);
      int n = lines(e.getValue()); // a wide layout's line gives a row a KPI: count the lines
      String target = close ? nearest : "ID";
      boolean mapped = layouts.get(u.file()).mapping() != null;
      Text reason =
          Text.of(
              "import.unknown-label",
              dim,
              u.label(),
              Text.of(n == 1 ? "import.rows.one" : "import.rows.many", n),
              nearest == null
                  ? Text.of("import.unknown-label.no-ids", dim)
                  : close
                      ? Text.of("import.unknown-label.nearest", nearest)
                      : Text.of(
                          "import.unknown-label.ids", dim, String.join(", ", new TreeSet<>(ids))),
              mapped
                  ? Text.of("import.unknown-label.map", dim, yamlKey(u.label()), target)
                  : Text.of("import.unknown-label.write-id", dim));
      for (Incoming in : e.getValue()) {
        if (seen.add(in)) {
          rejected.add(Rejection.of(names.get(in.file()), in.line(), reason));
        }
      }
    }
  }

  /**
   * Whether {@code id} is near enough to {@code label} to be offered as its id: they share a word
   * ({@code Secteur public}, {@code public-sector}) or differ by a few edits ({@code Entreprise},
   * {@code enterprise}); {@code (No value)} is near no id, whichever has the fewest edits.
   */
  private static boolean close(String label, String id) {
    String key = Label.key(label);
    Set<String> words = Set.of(key.split("-"));
    for (String w : id.split("-")) {
      if (w.length() > 2 && words.contains(w)) {
        return true;
      }
    }
    return Nearest.to(key, List.of(id)).isPresent();
  }

  /** The number of file lines {@code rows} come from. */
  private static int lines(List<Incoming> rows) {
    Set<Long> lines = new HashSet<>();
    for (Incoming in : rows) {
      lines.add(((long) in.file() << 32) | in.line());
    }
    return lines.size();
  }

  /** A label as a YAML key in flow style: quoted, with its quotes and backslashes escaped. */
  static String yamlKey(String label) {
    return "\"" + label.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
