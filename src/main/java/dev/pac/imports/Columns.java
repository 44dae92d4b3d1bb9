package dev.pac.imports;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.ImportMapping.Dimension;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.yaml.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column index of each item a file's layout reads: the date, the dimensions (-1: none), the KPI
 * and value columns (long layout) or each KPI's source in the mapping's order (wide layout, -1 for
 * {@code {count: true}}), and the {@code where} conditions' columns with their accepted values.
 */
record Columns(
    int date,
    int[] dims,
    int kpi,
    int value,
    int[] kpiCols,
    ImportSettings.KpiSource[] sources,
    int[][] kpiWhereCols,
    String[][][] kpiWhereValues,
    int[] whereCols,
    String[][] whereValues) {

  /**
   * The columns of {@code header} for settings {@code s} read through {@code mapping} (null: the
   * store's layout), or null with {@code findings} saying which the header lacks (or a column the
   * store does not have, or the line the header really is).
   */
  static Columns of(
      ImportSettings s,
      LoadedMapping mapping,
      List<String> header,
      String text,
      String file,
      HeaderLine h,
      List<Finding> findings) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    ColumnFinder f = new ColumnFinder(s, mapping, header, index, file, h.line(), findings);
    if (mapping == null) {
      return store(header, index, file, h, findings, f);
    }
    if (!h.lacking().isEmpty() && s.skipRows() >= 0) {
      // the header may be further down: a title line before it (a CRM report)
      HeaderLine later = HeaderLine.find(text, s.withSkipRows(-1), false);
      if (later != null && later.lacking().isEmpty() && later.line() != h.line()) {
        Location at =
            mapping.index().has("skip_rows") ? mapping.index().value("skip_rows") : Location.START;
        findings.add(
            Finding.of(
                mapping.file(),
                at.line(),
                at.column(),
                Severity.ERROR,
                Rule.REF_UNKNOWN,
                Text.of(
                    "mapping.header-further-down",
                    file,
                    later.line(),
                    h.line(),
                    quoted(h.lacking()),
                    later.line() - 1)));
        return null;
      }
    }
    int date = f.find(s.dateColumn(), "date.column");
    int[] dims = {-1, -1, -1};
    for (Dimension d : Dimension.values()) {
      if (s.dims()[d.ordinal()] != null) {
        dims[d.ordinal()] = f.find(s.dims()[d.ordinal()], "dims." + d.id());
      }
    }
    int[] whereCols = new int[s.where().size()];
    String[][] whereValues = new String[whereCols.length][];
    f.conditions(s.where(), null, whereCols, whereValues);
    if (!s.wide()) {
      return narrow(
          date,
          dims,
          f.find(s.kpiColumn(), "kpi_column"),
          f.find(s.valueColumn(), "value_column"),
          whereCols,
          whereValues);
    }
    int k = s.kpis().size();
    int[] cols = new int[k];
    ImportSettings.KpiSource[] sources = s.kpis().toArray(ImportSettings.KpiSource[]::new);
    int[][] kw = new int[k][];
    String[][][] kv = new String[k][][];
    for (int i = 0; i < k; i++) {
      ImportSettings.KpiSource src = sources[i];
      String own = src.key() + ".column";
      cols[i] = src.count() ? -1 : f.find(src.column(), own, src.key());
      kw[i] = new int[src.where().size()];
      kv[i] = new String[kw[i].length][];
      f.conditions(src.where(), src.key(), kw[i], kv[i]);
    }
    return new Columns(date, dims, -1, -1, cols, sources, kw, kv, whereCols, whereValues);
  }

  /** The store's layout: date, kpi, value required; segment, channel, action optional; no other. */
  private static Columns store(
      List<String> header,
      Map<String, Integer> index,
      String file,
      HeaderLine h,
      List<Finding> findings,
      ColumnFinder f) {
    List<String> known = HeaderLine.STORE_COLUMNS;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!known.contains(name) && !(name.isEmpty() && i == header.size() - 1)) {
        findings.add(
            Finding.of(
                file,
                h.line(),
                1,
                Severity.ERROR,
                Rule.SCHEMA_UNKNOWN_KEY,
                Text.of(
                    "mapping.store-column-unknown",
                    i + 1,
                    Excerpt.of(name),
                    Nearest.suggestionText(name, known))));
      }
    }
    int[] dims = new int[3];
    for (Dimension d : Dimension.values()) {
      dims[d.ordinal()] = index.getOrDefault(d.id(), -1);
    }
    return narrow(
        f.find("date", null),
        dims,
        f.find("kpi", null),
        f.find("value", null),
        new int[0],
        new String[0][]);
  }

  /** The columns of a long layout: one row a record, its KPI named by a column. */
  private static Columns narrow(
      int date, int[] dims, int kpi, int value, int[] whereCols, String[][] whereValues) {
    return new Columns(date, dims, kpi, value, null, null, null, null, whereCols, whereValues);
  }

  static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
