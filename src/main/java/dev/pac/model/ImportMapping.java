package dev.pac.model;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

/**
 * An import mapping ({@code mappings/NAME.yaml}) as written: how a CSV export that is not in the
 * store's layout becomes store rows. Wide layout: {@code kpis} maps KPI ids to columns (or to
 * {@code {column, where, count}}), one column a KPI. Long layout: {@code kpi_column} names the KPI
 * of each row, {@code value_column} holds its value, and {@code kpi_names} maps KPI ids to the
 * labels used in {@code kpi_column} (default: the id). Keys that take a word or a number or a list
 * ({@code skip_rows}, {@code footer}, a KPI's source, a {@code where} condition) are {@code
 * Object}s checked by the mapping's rules. Absent keys are null; {@link ImportSettings} resolves
 * the preset, {@code auto} and the defaults.
 *
 * <p>It describes how a file is read, not the plan; {@code imports} reads files with it.
 */
public record ImportMapping(
    Preset preset,
    String delimiter,
    String decimal,
    String encoding,
    Object skipRows,
    @Key(required = true) DateColumn date,
    Map<String, Object> kpis,
    Map<Dimension, String> dims,
    Boolean stopAtBlank,
    String kpiColumn,
    String valueColumn,
    Map<String, String> kpiNames,
    Map<String, Object> where,
    Map<Dimension, Map<String, String>> values,
    Boolean group,
    UnknownKpis unknownKpis,
    Object footer) {

  /**
   * {@code date: {column, format, locale}}; the format is a {@code DateTimeFormatter} pattern or
   * {@code auto}, default {@code yyyy-MM-dd}; the locale (a language tag: {@code fr}, {@code
   * en-US}) names the language of month and day names.
   */
  public record DateColumn(@Key(required = true) String column, String format, String locale) {}

  /** The store's dimensions a column can fill. */
  public enum Dimension implements Keyword {
    SEGMENT,
    CHANNEL,
    ACTION
  }

  /** What a long layout does with a label in {@code kpi_column} that names no KPI. */
  public enum UnknownKpis implements Keyword {
    REJECT,
    IGNORE
  }

  /**
   * The defaults of the keys a kind of export needs: delimiter, decimal mark, encoding, date
   * pattern, and whether the footer words end the data. A mapping's own keys win.
   */
  public record ExportDefaults(
      String delimiter, String decimal, String encoding, String dateFormat, boolean footer) {
    /**
     * Without a preset: everything guessed from the file, ISO dates, the data to the file's end.
     */
    public static final ExportDefaults NONE =
        new ExportDefaults("auto", "auto", "auto", "yyyy-MM-dd", false);
  }

  /**
   * The kinds of export pac knows, each with its defaults, like Commons CSV's predefined formats.
   * To add one, add a constant here (its id is the constant's name in lower case, '_' as '-'), then
   * its row and sample in docs/import.md and a golden case.
   */
  public enum Preset implements Keyword {
    /** CRM > Deals > Export: one row a deal, ISO dates with a time. */
    HUBSPOT(new ExportDefaults(",", ".", "UTF-8", "yyyy-MM-dd HH:mm", false)),
    /** Reports > Export > Details Only: US dates, a title line, a totals and copyright footer. */
    SALESFORCE(new ExportDefaults(",", ".", "auto", "M/d/yyyy", true)),
    /** Excel (France), CSV with semicolons: decimal comma, windows-1252, a total line. */
    EXCEL_FR(new ExportDefaults(";", ",", "windows-1252", "dd/MM/yyyy", true));

    public final ExportDefaults defaults;

    Preset(ExportDefaults defaults) {
      this.defaults = defaults;
    }
  }

  /**
   * The store's own layout, used for a CSV whose header is the store's: every setting automatic.
   */
  public static final ImportMapping STORE_LAYOUT =
      new ImportMapping(
          null,
          "auto",
          "auto",
          "auto",
          0,
          new DateColumn("date", "yyyy-MM-dd", null),
          null,
          Map.of(
              Dimension.SEGMENT,
              "segment",
              Dimension.CHANNEL,
              "channel",
              Dimension.ACTION,
              "action"),
          false,
          "kpi",
          "value",
          null,
          null,
          null,
          false,
          UnknownKpis.REJECT,
          null);

  public boolean wide() {
    return kpis != null;
  }

  /**
   * A date pattern as the import uses it: strict, {@code y} read as the proleptic year {@code u},
   * names in ROOT.
   */
  public static DateTimeFormatter dateFormatter(String pattern) {
    return dateFormatter(pattern, Locale.ROOT);
  }

  /**
   * A date pattern as the import uses it: strict, {@code y} read as the proleptic year {@code u},
   * month and day names in {@code locale}, matched ignoring case ({@code 12 Avril 2027} and {@code
   * 12 avril 2027}).
   */
  public static DateTimeFormatter dateFormatter(String pattern, Locale locale) {
    StringBuilder p = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      p.append(!quoted && c == 'y' ? 'u' : c);
    }
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p.toString())
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
