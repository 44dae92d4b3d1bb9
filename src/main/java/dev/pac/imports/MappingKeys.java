package dev.pac.imports;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.ImportMapping;
import dev.pac.model.Kpi;
import dev.pac.model.Rollup;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.Slug;
import dev.pac.text.Nearest;
import dev.pac.yaml.Location;
import dev.pac.yaml.LocationIndex;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the mapping keys that take more than one shape or depend on each other: {@code
 * skip_rows} (a number or auto), {@code footer} (auto, none or a list of words), a KPI's source (a
 * column, or {@code {column, where, count}}), {@code where} (a column's value or list of values),
 * {@code values} (labels to ids), {@code date.locale}, and what {@code group} allows (summed KPIs
 * only; {@code count} needs it).
 */
record MappingKeys(String file, LocationIndex index, List<Finding> findings) {
  private static final Set<String> SOURCE_KEYS = Set.of("column", "where", "count");

  void check(ImportMapping m, Map<String, Kpi> definitions) {
    Object skip = m.skipRows();
    if (skip != null && !"auto".equals(skip) && !(skip instanceof Integer i && i >= 0)) {
      add(
          Rule.SCHEMA_TYPE,
          index.value("skip_rows"),
          Text.of("mapping.skip-rows-type", shown(skip)));
    }
    Object footer = m.footer();
    if (footer instanceof List<?> words) {
      if (words.isEmpty()) {
        add(Rule.SCHEMA_REQUIRED, index.value("footer"), Text.of("mapping.footer-empty"));
      }
      for (int i = 0; i < words.size(); i++) {
        if (!(words.get(i) instanceof String w) || w.isBlank()) {
          add(
              Rule.SCHEMA_TYPE,
              index.value("footer[" + i + "]"),
              Text.of("mapping.footer-word-type", shown(words.get(i))));
        }
      }
    } else if (footer != null && !"auto".equals(footer) && !"none".equals(footer)) {
      add(Rule.SCHEMA_ENUM, index.value("footer"), Text.of("mapping.footer-enum", shown(footer)));
    }
    if (m.date() != null && m.date().locale() != null) {
      try {
        Locale l = new Locale.Builder().setLanguageTag(m.date().locale()).build();
        if (l.getLanguage().isEmpty()) {
          throw new IllformedLocaleException("no language");
        }
      } catch (IllformedLocaleException e) {
        add(
            Rule.SCHEMA_RANGE,
            index.value("date.locale"),
            Text.of("mapping.date-locale", m.date().locale()));
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
      add(Rule.SCHEMA_UNKNOWN_KEY, index.key("unknown_kpis"), Text.of("mapping.unknown-kpis-wide"));
    }
    if (m.values() != null) {
      for (Map.Entry<ImportMapping.Dimension, Map<String, String>> d : m.values().entrySet()) {
        for (Map.Entry<String, String> e : d.getValue().entrySet()) {
          if (!Slug.isValid(e.getValue())) {
            add(
                Rule.SCHEMA_RANGE,
                index.value("values." + d.getKey().id() + "." + e.getKey()),
                Text.of("mapping.values-not-id", e.getValue(), d.getKey().id()));
          }
        }
        if (m.dims() == null || !m.dims().containsKey(d.getKey())) {
          add(
              Rule.SCHEMA_REQUIRED,
              index.key("values." + d.getKey().id()),
              Text.of("mapping.values-without-dim", d.getKey().id()));
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
      add(Rule.SCHEMA_TYPE, index.value(path), Text.of("mapping.source-type", id, shown(source)));
      return;
    }
    for (Object k : o.keySet()) {
      if (!SOURCE_KEYS.contains(k)) {
        add(
            Rule.SCHEMA_UNKNOWN_KEY,
            index.key(path + "." + k),
            Text.of(
                "mapping.source-unknown-key",
                k,
                Nearest.suggestionText(String.valueOf(k), SOURCE_KEYS)));
      }
    }
    Object count = o.get("count");
    Object column = o.get("column");
    if (count != null && !Boolean.TRUE.equals(count)) {
      add(
          Rule.SCHEMA_TYPE,
          index.value(path + ".count"),
          Text.of("mapping.count-type", shown(count)));
    }
    boolean counting = Boolean.TRUE.equals(count);
    if (counting && column != null) {
      add(
          Rule.SCHEMA_UNKNOWN_KEY,
          index.key(path + ".column"),
          Text.of("mapping.count-and-column", id));
    }
    if (!counting && !(column instanceof String)) {
      add(
          Rule.SCHEMA_REQUIRED,
          index.value(path),
          column == null
              ? Text.of("mapping.no-column", id)
              : Text.of("mapping.column-type", shown(column)));
    }
    if (counting && !group) {
      add(
          Rule.SCHEMA_REQUIRED,
          index.value(path + ".count"),
          Text.of("mapping.count-without-group"));
    }
    if (o.get("where") != null) {
      if (o.get("where") instanceof Map<?, ?> w) {
        @SuppressWarnings("unchecked")
        Map<String, Object> where = (Map<String, Object>) w;
        conditions(path + ".where", where);
      } else {
        add(
            Rule.SCHEMA_TYPE,
            index.value(path + ".where"),
            Text.of("mapping.where-type", shown(o.get("where"))));
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
      add(
          Rule.SCHEMA_RANGE,
          index.key(path),
          Text.of("mapping.group-not-summed", id, k.rollup().id()));
    }
  }

  private void conditions(String path, Map<String, Object> where) {
    if (where == null) {
      return;
    }
    for (Map.Entry<String, Object> e : where.entrySet()) {
      String p = LocationIndex.child(path, e.getKey());
      Object v = e.getValue();
      boolean ok =
          v instanceof String
              || v instanceof Integer
              || v instanceof List<?> l
                  && !l.isEmpty()
                  && l.stream().allMatch(x -> x instanceof String || x instanceof Integer);
      if (!ok) {
        add(
            Rule.SCHEMA_TYPE,
            index.value(p),
            Text.of("mapping.where-value-type", e.getKey(), shown(v)));
      }
    }
  }

  /** A value as a message shows it: text quoted, a list or a mapping by its kind. */
  private static Object shown(Object v) {
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof List<?>) {
      return Text.of("mapping.a-list");
    }
    if (v instanceof Map<?, ?>) {
      return Text.of("mapping.a-mapping");
    }
    return String.valueOf(v);
  }

  private void add(Rule rule, Location at, Text message) {
    findings.add(Finding.of(file, at.line(), at.column(), Severity.ERROR, rule, message));
  }
}
