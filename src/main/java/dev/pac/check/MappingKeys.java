package dev.pac.check;

import dev.pac.io.ImportMapping;
import dev.pac.io.yaml.Location;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.model.Finding;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.Slug;
import dev.pac.text.Nearest;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the mapping keys that take more than one shape or depend on each other: {@code skip_rows}
 * (a number or auto), {@code footer} (auto, none or a list of words), a KPI's source (a column, or
 * {@code {column, where, count}}), {@code where} (a column's value or list of values), {@code values}
 * (labels to ids), {@code date.locale}, and what {@code group} allows (summed KPIs only; {@code count}
 * needs it).
 */
record MappingKeys(String file, LocationIndex index, List<Finding> findings) {
  private static final Set<String> SOURCE_KEYS = Set.of("column", "where", "count");

  void check(ImportMapping m, Map<String, Kpi> definitions) {
    Object skip = m.skipRows();
    if (skip != null && !"auto".equals(skip) && !(skip instanceof Integer i && i >= 0)) {
      add(Rule.SCHEMA_TYPE, index.value("skip_rows"), "'skip_rows' must be a number of lines (0 or more) or auto, got "
          + shown(skip));
    }
    Object footer = m.footer();
    if (footer instanceof List<?> words) {
      if (words.isEmpty()) {
        add(Rule.SCHEMA_REQUIRED, index.value("footer"), "'footer' lists no word; write auto, none or words such as [Total]");
      }
      for (int i = 0; i < words.size(); i++) {
        if (!(words.get(i) instanceof String w) || w.isBlank()) {
          add(Rule.SCHEMA_TYPE, index.value("footer[" + i + "]"), "a footer word must be text, got " + shown(words.get(i)));
        }
      }
    } else if (footer != null && !"auto".equals(footer) && !"none".equals(footer)) {
      add(Rule.SCHEMA_ENUM, index.value("footer"), "'footer' is " + shown(footer)
          + "; allowed: auto, none, or a list of words such as [Total, Confidential]");
    }
    if (m.date() != null && m.date().locale() != null) {
      try {
        Locale l = new Locale.Builder().setLanguageTag(m.date().locale()).build();
        if (l.getLanguage().isEmpty()) {
          throw new IllformedLocaleException("no language");
        }
      } catch (IllformedLocaleException e) {
        add(Rule.SCHEMA_RANGE, index.value("date.locale"), "'locale' is '" + m.date().locale()
            + "', not a language tag; write fr, en, de or en-US");
      }
    }
    conditions("where", m.where());
    boolean group = Boolean.TRUE.equals(m.group());
    if (m.kpis() != null) {
      for (Map.Entry<String, Object> e : m.kpis().entrySet()) {
        source(e.getKey(), e.getValue(), group, definitions);
      }
    }
    if (group && m.kpiNames() != null) {
      for (String id : m.kpiNames().keySet()) {
        summed(id, definitions, "kpi_names." + id);
      }
    }
    if (m.unknownKpis() != null && m.kpis() != null) {
      add(Rule.SCHEMA_UNKNOWN_KEY, index.key("unknown_kpis"), "'unknown_kpis' goes with 'kpi_column' (the long layout): "
          + "with 'kpis' every KPI has its own column");
    }
    if (m.values() != null) {
      for (Map.Entry<ImportMapping.Dimension, Map<String, String>> d : m.values().entrySet()) {
        for (Map.Entry<String, String> e : d.getValue().entrySet()) {
          if (!Slug.isValid(e.getValue())) {
            add(Rule.SCHEMA_RANGE, index.value("values." + d.getKey().id() + "." + e.getKey()), "'" + e.getValue()
                + "' is not a " + d.getKey().id() + " id (lower-case letters, digits and '-'): labels map to the plans' ids");
          }
        }
        if (m.dims() == null || !m.dims().containsKey(d.getKey())) {
          add(Rule.SCHEMA_REQUIRED, index.key("values." + d.getKey().id()), "'values' maps " + d.getKey().id()
              + " labels, but 'dims' names no " + d.getKey().id() + " column; add dims: {" + d.getKey().id() + ": \"COLUMN\"}");
        }
      }
    }
  }

  private void source(String id, Object source, boolean group, Map<String, Kpi> definitions) {
    String path = LocationIndex.child("kpis", id);
    if (source instanceof String) {
      if (group) {
        summed(id, definitions, path);
      }
      return;
    }
    if (!(source instanceof Map<?, ?> o)) {
      add(Rule.SCHEMA_TYPE, index.value(path), "'" + id + "' must be a column name or {column: \"...\", where: {...}} or "
          + "{count: true}, got " + shown(source));
      return;
    }
    for (Object k : o.keySet()) {
      if (!SOURCE_KEYS.contains(k)) {
        add(Rule.SCHEMA_UNKNOWN_KEY, index.key(path + "." + k), "unknown key '" + k + "'"
            + Nearest.suggestion(String.valueOf(k), SOURCE_KEYS) + "; a KPI's source has column, where and count");
      }
    }
    Object count = o.get("count");
    Object column = o.get("column");
    if (count != null && !Boolean.TRUE.equals(count)) {
      add(Rule.SCHEMA_TYPE, index.value(path + ".count"), "'count' is true or absent, got " + shown(count));
    }
    boolean counting = Boolean.TRUE.equals(count);
    if (counting && column != null) {
      add(Rule.SCHEMA_UNKNOWN_KEY, index.key(path + ".column"), "'" + id + "' counts rows ({count: true}) and cannot "
          + "also read a column; drop one of the two");
    }
    if (!counting && !(column instanceof String)) {
      add(Rule.SCHEMA_REQUIRED, index.value(path), column == null ? "'" + id + "' names no column: write {column: \"...\"}"
          + " or, with group: true, {count: true}" : "'column' must be text, got " + shown(column));
    }
    if (counting && !group) {
      add(Rule.SCHEMA_REQUIRED, index.value(path + ".count"), "{count: true} counts the rows of a period: it needs "
          + "'group: true' in the mapping (rows are events, one store row a period)");
    }
    if (o.get("where") != null) {
      if (o.get("where") instanceof Map<?, ?> w) {
        @SuppressWarnings("unchecked")
        Map<String, Object> where = (Map<String, Object>) w;
        conditions(path + ".where", where);
      } else {
        add(Rule.SCHEMA_TYPE, index.value(path + ".where"), "'where' must be a mapping of columns to values, got "
            + shown(o.get("where")));
      }
    }
    if (group) {
      summed(id, definitions, path);
    }
  }

  /** With group, only summed KPIs: a last or mean KPI's rows do not add up. */
  private void summed(String id, Map<String, Kpi> definitions, String path) {
    Kpi k = definitions.get(id);
    if (k != null && (k.rollup() == Rollup.LAST || k.rollup() == Rollup.MEAN)) {
      add(Rule.SCHEMA_RANGE, index.key(path), "'" + id + "' has rollup " + k.rollup().id() + ": its rows cannot be "
          + "grouped (only sum KPIs and a ratio's parts add up); import it with a mapping without group: true");
    }
  }

  private void conditions(String path, Map<String, Object> where) {
    if (where == null) {
      return;
    }
    for (Map.Entry<String, Object> e : where.entrySet()) {
      String p = LocationIndex.child(path, e.getKey());
      Object v = e.getValue();
      boolean ok = v instanceof String || v instanceof Integer
          || v instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof String || x instanceof Integer);
      if (!ok) {
        add(Rule.SCHEMA_TYPE, index.value(p), "'" + e.getKey() + "' must be a value or a list of values to keep, got "
            + shown(v));
      }
    }
  }

  private static String shown(Object v) {
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof List<?>) {
      return "a list";
    }
    if (v instanceof Map<?, ?>) {
      return "a mapping";
    }
    return String.valueOf(v);
  }

  private void add(Rule rule, Location at, String message) {
    findings.add(new Finding(file, at.line(), at.column(), Severity.ERROR, rule, message));
  }
}
