package dev.pac.imports;

import dev.pac.model.ImportMapping;
import dev.pac.model.ImportMapping.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mapping with its preset and defaults applied once, in the shapes the import reads: the
 * effective delimiter, decimal mark and encoding ({@code auto} or a value), the lines before the
 * header (-1 for {@code auto}), the date column and pattern ({@code auto} or a pattern) with its
 * locale, the KPI sources (wide layout), the dimensions' columns and label tables, the conditions,
 * grouping, and the footer words (null: the data runs to the end of the file; empty: it ends at the
 * first empty line).
 */
public record ImportSettings(
    String delimiter,
    String decimal,
    String encoding,
    int skipRows,
    String dateColumn,
    String dateFormat,
    Locale locale,
    List<KpiSource> kpis,
    String kpiColumn,
    String valueColumn,
    Map<String, String> kpiNames,
    String[] dims,
    Map<Dimension, Map<String, String>> values,
    Map<String, List<String>> where,
    boolean group,
    boolean ignoreUnknownKpis,
    List<String> footer) {

  /** The words that end the data with {@code footer: auto}. */
  public static final List<String> FOOTER_WORDS =
      List.of(
          "Total",
          "Grand Total",
          "Grand Totals",
          "Totals",
          "Sous-total",
          "Confidential",
          "Copyright",
          "©");

  /**
   * Where one wide-layout KPI's value comes from: a column (null with {@code count}), or the number
   * of rows; {@code where} is the KPI's own condition (the mapping's, with the KPI's own replacing
   * it on the columns it names). {@code key} is the mapping path of the KPI's source, for located
   * messages.
   */
  public record KpiSource(
      String id, String column, boolean count, Map<String, List<String>> where, String key) {}

  public boolean wide() {
    return kpis != null;
  }

  /** The same settings with {@code skip_rows} set to {@code n} (-1: auto). */
  ImportSettings withSkipRows(int n) {
    return new ImportSettings(
        delimiter,
        decimal,
        encoding,
        n,
        dateColumn,
        dateFormat,
        locale,
        kpis,
        kpiColumn,
        valueColumn,
        kpiNames,
        dims,
        values,
        where,
        group,
        ignoreUnknownKpis,
        footer);
  }

  /** Every column the mapping names: the header must hold them all. */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    out.add(dateColumn);
    if (kpis != null) {
      for (KpiSource k : kpis) {
        if (k.column() != null) {
          out.add(k.column());
        }
        out.addAll(k.where().keySet());
      }
    } else {
      out.add(kpiColumn);
      out.add(valueColumn);
    }
    for (String d : dims) {
      if (d != null) {
        out.add(d);
      }
    }
    out.addAll(where.keySet());
    return out;
  }

  /** The settings of the store's own layout. */
  public static final ImportSettings STORE = of(ImportMapping.STORE_LAYOUT);

  /** Applies the mapping's preset and the defaults; the mapping was checked (its rules hold). */
  public static ImportSettings of(ImportMapping m) {
    ImportMapping.ExportDefaults p =
        m.preset() == null ? ImportMapping.ExportDefaults.NONE : m.preset().defaults;
    String delimiter = or(m.delimiter(), p.delimiter());
    String decimal = or(m.decimal(), p.decimal());
    String encoding = or(m.encoding(), p.encoding());
    int skip = m.skipRows() instanceof Integer i ? i : "auto".equals(m.skipRows()) ? -1 : 0;
    String format = or(m.date().format(), p.dateFormat());
    Locale locale =
        m.date().locale() == null ? Locale.ROOT : Locale.forLanguageTag(m.date().locale());
    Map<String, List<String>> where = conditions(m.where());
    List<KpiSource> kpis = null;
    if (m.kpis() != null) {
      kpis = new ArrayList<>();
      for (Map.Entry<String, Object> e : m.kpis().entrySet()) {
        String key = "kpis." + e.getKey();
        if (e.getValue() instanceof Map<?, ?> o) {
          Map<String, List<String>> own = new LinkedHashMap<>(where);
          own.putAll(conditions(cast(o.get("where"))));
          boolean count = Boolean.TRUE.equals(o.get("count"));
          kpis.add(
              new KpiSource(e.getKey(), count ? null : (String) o.get("column"), count, own, key));
        } else {
          kpis.add(new KpiSource(e.getKey(), String.valueOf(e.getValue()), false, where, key));
        }
      }
    }
    String[] dims = new String[3];
    if (m.dims() != null) {
      m.dims().forEach((d, col) -> dims[d.ordinal()] = col);
    }
    List<String> footer;
    if (m.footer() instanceof List<?> words) {
      footer = words.stream().map(String::valueOf).toList();
    } else if ("auto".equals(m.footer())) {
      footer = FOOTER_WORDS;
    } else if ("none".equals(m.footer())) {
      footer = Boolean.TRUE.equals(m.stopAtBlank()) ? List.of() : null;
    } else if (p.footer()) {
      footer = FOOTER_WORDS;
    } else {
      footer = Boolean.TRUE.equals(m.stopAtBlank()) ? List.of() : null;
    }
    return new ImportSettings(
        delimiter,
        decimal,
        encoding,
        skip,
        m.date().column(),
        format,
        locale,
        kpis,
        m.kpiColumn(),
        m.valueColumn(),
        m.kpiNames(),
        dims,
        m.values() == null ? Map.of() : m.values(),
        where,
        Boolean.TRUE.equals(m.group()),
        m.unknownKpis() == ImportMapping.UnknownKpis.IGNORE,
        footer);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  /** {@code where}: each column's accepted values, a single value read as a list of one. */
  static Map<String, List<String>> conditions(Map<String, Object> where) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (where != null) {
      where.forEach(
          (col, v) ->
              out.put(
                  col,
                  v instanceof List<?> l
                      ? l.stream().map(String::valueOf).toList()
                      : List.of(String.valueOf(v))));
    }
    return out;
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
