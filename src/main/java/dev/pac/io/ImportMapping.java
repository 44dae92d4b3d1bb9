package dev.pac.io;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import dev.pac.model.Key;
import dev.pac.model.Keyword;
import java.util.Map;

/**
 * An import mapping ({@code mappings/NAME.yaml}, cli.md {@code pac import}): how a CSV export that is not
 * in the store's layout becomes store rows. Wide layout: {@code kpis} maps KPI ids to columns, one
 * column a KPI. Long layout: {@code kpi_column} names the KPI of each row, {@code value_column} holds its
 * value, and {@code kpi_names} maps KPI ids to the labels used in {@code kpi_column} (default: the id).
 * Absent keys are null; {@code auto} and the defaults are resolved by the import.
 *
 * <p>It lives in {@code io}: it describes how a file is read, not the plan.
 */
public record ImportMapping(
    String delimiter,
    String decimal,
    String encoding,
    @Key(min = "0", message = "must be 0 or more") Integer skipRows,
    @Key(required = true) DateColumn date,
    Map<String, String> kpis,
    Map<Dimension, String> dims,
    Boolean stopAtBlank,
    String kpiColumn,
    String valueColumn,
    Map<String, String> kpiNames) {

  /** {@code date: {column, format}}; the format is a {@code DateTimeFormatter} pattern, default {@code yyyy-MM-dd}. */
  public record DateColumn(@Key(required = true) String column, String format) {}

  /** The store's dimensions a column can fill. */
  public enum Dimension implements Keyword {
    SEGMENT, CHANNEL, ACTION
  }

  /** The store's own layout, used without {@code --mapping}: every setting automatic. */
  public static final ImportMapping STORE_LAYOUT = new ImportMapping("auto", "auto", "auto", 0,
      new DateColumn("date", "yyyy-MM-dd"), null,
      Map.of(Dimension.SEGMENT, "segment", Dimension.CHANNEL, "channel", Dimension.ACTION, "action"),
      false, "kpi", "value", null);

  public boolean wide() {
    return kpis != null;
  }

  /** A date pattern as the import uses it: strict, {@code y} read as the proleptic year {@code u}. */
  public static DateTimeFormatter dateFormatter(String pattern) {
    StringBuilder p = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      p.append(!quoted && c == 'y' ? 'u' : c);
    }
    return DateTimeFormatter.ofPattern(p.toString(), java.util.Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }
}
