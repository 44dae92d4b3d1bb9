package dev.pac.io;

import dev.pac.error.PacException;
import dev.pac.io.yaml.Location;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.store.Actual;
import dev.pac.store.DecimalGuess;
import dev.pac.store.Dates;
import dev.pac.store.Decimals;
import dev.pac.store.Rejection;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one CSV export into store rows through a mapping (or the store's own layout): decoding and
 * delimiter and decimal detection, the header, then every record, each bad one becoming a
 * {@link Rejection} with its line while reading goes on. Mapped columns the header lacks are findings
 * located in the mapping, naming the columns the CSV has.
 */
final class CsvImport {
  /** What one file gave: rows, rejections, mapping findings, and what was guessed (or null). */
  record FileResult(List<Incoming> rows, List<Rejection> rejected, List<Finding> findings, String guessed) {}

  private static final String[] DIMENSIONS = {"segment", "channel", "action"};

  private final ImportMapping m;
  private final LoadedMapping mappingFile; // null for the store's layout
  private final IdInterner ids;

  CsvImport(ImportMapping mapping, LoadedMapping mappingFile, IdInterner ids) {
    this.m = mapping;
    this.mappingFile = mappingFile;
    this.ids = ids;
  }

  static byte[] readBytes(Path path, String where) {
    if (Files.isDirectory(path)) {
      throw PacException.io(where, "this is a folder, not a CSV file", null);
    }
    return InputFile.readAll(path, where); // a FIFO or a device is refused before it is opened
  }

  FileResult read(byte[] raw, String file, int fileIndex, ImportProgress progress) {
    CsvText.Decoded text = CsvText.decode(raw, m.encoding(), file);
    byte[] b = text.bytes();
    List<String> guessed = new ArrayList<>();
    if (text.guess() != null) {
      guessed.add("encoding " + text.guess());
    }
    // skip_rows, then the header line
    int start = text.start();
    int line = 1;
    int skip = m.skipRows() == null ? 0 : m.skipRows();
    for (int k = 0; k < skip && start < b.length; k++) {
      while (start < b.length && b[start] != '\n') {
        start++;
      }
      start++;
      line++;
    }
    if (start >= b.length) {
      throw PacException.invalid(file, skip == 0 ? "the file is empty (no header line)"
          : "the file has no header line after the " + skip + " skipped line" + (skip == 1 ? "" : "s") + " (skip_rows)");
    }
    byte delimiter = delimiter(b, start, guessed);
    CsvReader r = new CsvReader(b, start, b.length, delimiter, line);
    r.next();
    int headerLine = r.line();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < r.fields(); i++) {
      header.add(trim(r.text(i)));
    }
    List<Finding> findings = new ArrayList<>();
    Columns c = columns(header, file, headerLine, findings);
    if (!findings.isEmpty()) {
      return new FileResult(List.of(), List.of(), findings, null);
    }
    int dataStart = r.position();
    char decimal = decimal(b, dataStart, delimiter, r.line(), c, header.size(), guessed);
    String guess = guessed.isEmpty() ? null : String.join(", ", guessed);

    List<Incoming> rows = new ArrayList<>(b.length / 40 + 16);
    List<Rejection> rejected = new ArrayList<>();
    RowReader rr = new RowReader(c, decimal, file, fileIndex, header, rows, rejected);
    progress.start(file, b.length);
    int n = 0;
    while (r.next()) {
      if ((++n & 0xFFFF) == 0) {
        progress.at(r.position());
      }
      if (r.problem() != null) {
        rejected.add(new Rejection(file, r.line(), r.problem()));
        continue;
      }
      if (r.blankRecord()) {
        if (Boolean.TRUE.equals(m.stopAtBlank())) {
          break;
        }
        continue;
      }
      if (r.fields() != header.size()) {
        rejected.add(new Rejection(file, r.line(), r.fields() + (r.fields() == 1 ? " field" : " fields")
            + " where the header has " + header.size()));
        continue;
      }
      rr.record(r);
    }
    progress.done();
    return new FileResult(rows, rejected, List.of(), guess);
  }

  /** The column index of each mapped item. */
  private record Columns(int date, int[] dims, int kpi, int value, int[] kpiCols, String[] kpiIds, String[] kpiLabels) {}

  private Columns columns(List<String> header, String file, int headerLine, List<Finding> findings) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> duplicates = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (index.putIfAbsent(header.get(i), i) != null) {
        duplicates.put(header.get(i), i);
      }
    }
    ColumnFinder f = new ColumnFinder(header, index, duplicates, file, headerLine, findings);
    if (mappingFile == null) {
      // the store's layout: date, kpi, value required; segment, channel, action optional; nothing else
      List<String> known = List.of("date", "kpi", "value", "segment", "channel", "action");
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (!known.contains(h)) {
          findings.add(new Finding(file, headerLine, 1, Severity.ERROR, Rule.SCHEMA_UNKNOWN_KEY,
              "column " + (i + 1) + " '" + Excerpt.of(h) + "' is not a column of the store" + Nearest.suggestion(h, known)
                  + "; a CSV without --mapping has the columns date, kpi, value and optionally segment, channel, "
                  + "action; use --mapping for other layouts"));
        }
      }
      int[] dims = new int[3];
      for (int d = 0; d < 3; d++) {
        dims[d] = index.getOrDefault(DIMENSIONS[d], -1);
      }
      return new Columns(f.find("date", null), dims, f.find("kpi", null), f.find("value", null), null, null, null);
    }
    int date = f.find(m.date().column(), "date.column");
    int[] dims = {-1, -1, -1};
    if (m.dims() != null) {
      for (Map.Entry<ImportMapping.Dimension, String> e : m.dims().entrySet()) {
        dims[e.getKey().ordinal()] = f.find(e.getValue(), "dims." + e.getKey().id());
      }
    }
    if (m.wide()) {
      int[] cols = new int[m.kpis().size()];
      String[] idsOut = new String[cols.length];
      String[] labels = new String[cols.length];
      int k = 0;
      for (Map.Entry<String, String> e : m.kpis().entrySet()) {
        cols[k] = f.find(e.getValue(), "kpis." + e.getKey());
        idsOut[k] = e.getKey();
        labels[k] = e.getValue();
        k++;
      }
      return new Columns(date, dims, -1, -1, cols, idsOut, labels);
    }
    return new Columns(date, dims, f.find(m.kpiColumn(), "kpi_column"), f.find(m.valueColumn(), "value_column"),
        null, null, null);
  }

  /** Finds mapped columns in the header; a missing one is a finding at the mapping's value (or the header). */
  private final class ColumnFinder {
    final List<String> header;
    final Map<String, Integer> index;
    final Map<String, Integer> duplicates;
    final String file;
    final int headerLine;
    final List<Finding> findings;

    ColumnFinder(List<String> header, Map<String, Integer> index, Map<String, Integer> duplicates, String file,
        int headerLine, List<Finding> findings) {
      this.header = header;
      this.index = index;
      this.duplicates = duplicates;
      this.file = file;
      this.headerLine = headerLine;
      this.findings = findings;
    }

    int find(String column, String mappingPath) {
      Integer i = index.get(column);
      String where = mappingPath == null ? null : mappingPath;
      if (i == null) {
        add(where, "column '" + Excerpt.of(column) + "' is not in " + file + Nearest.suggestion(column, header)
            + "; its columns (line " + headerLine + "): " + String.join(", ", header.stream().map(h -> "'" + h + "'").toList()));
        return -1;
      }
      if (duplicates.containsKey(column)) {
        add(where, "column '" + column + "' appears twice in the header of " + file + " (columns " + (i + 1) + " and "
            + (duplicates.get(column) + 1) + "); rename one in the export");
      }
      return i;
    }

    private void add(String mappingPath, String message) {
      if (mappingPath == null) {
        findings.add(new Finding(file, headerLine, 1, Severity.ERROR, Rule.SCHEMA_REQUIRED,
            message.replace("column '", "the required column '")
                + "; a CSV without --mapping has the columns date, kpi, value and optionally segment, channel, action"));
        return;
      }
      LocationIndex li = mappingFile.index();
      Location at = li.value(mappingPath);
      findings.add(new Finding(mappingFile.file(), at.line(), at.column(), Severity.ERROR, Rule.REF_UNKNOWN, message));
    }
  }

  /** The delimiter: the mapping's, or the one of {@code , ; TAB} the header line uses most (outside quotes). */
  private byte delimiter(byte[] b, int start, List<String> guessed) {
    String d = m.delimiter();
    if (d != null && !"auto".equals(d)) {
      return (byte) d.charAt(0);
    }
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = start; i < b.length && (quoted || b[i] != '\n'); i++) {
      switch (b[i]) {
        case '"' -> quoted = !quoted;
        case ',' -> comma += quoted ? 0 : 1;
        case ';' -> semicolon += quoted ? 0 : 1;
        case '\t' -> tab += quoted ? 0 : 1;
        default -> { }
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      guessed.add("delimiter ';'");
      return ';';
    }
    if (tab > comma && tab > semicolon) {
      guessed.add("delimiter TAB");
      return '\t';
    }
    return ',';
  }

  /** The decimal mark: the mapping's, or the one most of the first 10,000 records' value cells tell. */
  private char decimal(byte[] b, int dataStart, byte delimiter, int firstLine, Columns c, int width, List<String> guessed) {
    String d = m.decimal();
    if (d != null && !"auto".equals(d)) {
      return d.charAt(0);
    }
    DecimalGuess guess = new DecimalGuess();
    CsvReader r = new CsvReader(b, dataStart, b.length, delimiter, firstLine);
    int[] valueCols = c.kpiCols != null ? c.kpiCols : new int[] {c.value};
    boolean sawMarks = false;
    for (int n = 0; n < 10_000 && r.next(); n++) {
      if (r.fields() != width) {
        continue;
      }
      for (int col : valueCols) {
        String cell = r.text(col);
        if (cell.indexOf(',') >= 0 || cell.indexOf('.') >= 0) {
          sawMarks = true;
          guess.see(cell);
        }
      }
    }
    char mark = guess.decided();
    if (mark == 0) {
      mark = delimiter == ';' ? ',' : '.';
      if (sawMarks && mark == ',') {
        guessed.add("decimal mark ',' (from the ';' delimiter: the numbers do not tell; set decimal: in a mapping)");
        return mark;
      }
    }
    if (mark == ',') {
      guessed.add("decimal mark ','");
    }
    return mark;
  }

  /** Turns records into rows or rejections. */
  private final class RowReader {
    final Columns c;
    final char decimal;
    final String file;
    final int fileIndex;
    final List<String> header;
    final List<Incoming> rows;
    final List<Rejection> rejected;
    final DateTimeFormatter format;
    final String pattern;
    final Map<String, Integer> dateCache = new HashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();

    RowReader(Columns c, char decimal, String file, int fileIndex, List<String> header, List<Incoming> rows,
        List<Rejection> rejected) {
      this.c = c;
      this.decimal = decimal;
      this.file = file;
      this.fileIndex = fileIndex;
      this.header = header;
      this.rows = rows;
      this.rejected = rejected;
      this.pattern = m.date().format() == null ? "yyyy-MM-dd" : m.date().format();
      boolean iso = pattern.equals("yyyy-MM-dd") || pattern.equals("uuuu-MM-dd");
      this.format = iso ? null : ImportMapping.dateFormatter(pattern);
      if (m.kpiNames() != null) {
        m.kpiNames().forEach((id, label) -> labels.put(label, id));
      }
    }

    void record(CsvReader r) {
      byte[] b = r.bytes();
      int line = r.line();
      // dimensions
      String[] dims = {"", "", ""};
      boolean ok = true;
      for (int d = 0; d < 3; d++) {
        int col = c.dims[d];
        if (col < 0) {
          continue;
        }
        String v = id(r, col);
        if (!ids.lastValid) {
          reject(line, DIMENSIONS[d] + " '" + Excerpt.of(v) + "' is not an id (lower-case letters, digits and '-', as in the plans)");
          ok = false;
        }
        dims[d] = v;
      }
      int dateFrom = trimFrom(b, r.from(c.date), r.to(c.date));
      int dateTo = trimTo(b, dateFrom, r.to(c.date));
      if (c.kpiCols != null) {
        boolean any = false;
        for (int k = 0; k < c.kpiCols.length; k++) {
          any |= !r.blank(c.kpiCols[k]);
        }
        if (!any) {
          return; // no value in this record: no row (a subtotal line, an empty week)
        }
        int date = date(r, b, dateFrom, dateTo, line);
        for (int k = 0; k < c.kpiCols.length; k++) {
          int col = c.kpiCols[k];
          if (r.blank(col)) {
            continue;
          }
          String value = value(r, col);
          if (value == null) {
            reject(line, "'" + Excerpt.of(trim(r.text(col))) + "' in column '" + c.kpiLabels[k] + "' " + Decimals.problem(trim(r.text(col)), decimal));
            continue;
          }
          if (ok && date > 0) {
            rows.add(new Incoming(new Actual(date, c.kpiIds[k], dims[0], dims[1], dims[2], value), fileIndex, line));
          }
        }
        return;
      }
      if (r.blank(c.value)) {
        return; // an empty cell is no row
      }
      int date = date(r, b, dateFrom, dateTo, line);
      String kpi = kpi(r, line);
      String value = value(r, c.value);
      if (value == null) {
        reject(line, "value '" + Excerpt.of(trim(r.text(c.value))) + "'" + (mappingFile == null ? "" : " in column '" + header.get(c.value) + "'")
            + " " + Decimals.problem(trim(r.text(c.value)), decimal));
        return;
      }
      if (ok && date > 0 && kpi != null) {
        rows.add(new Incoming(new Actual(date, kpi, dims[0], dims[1], dims[2], value), fileIndex, line));
      }
    }

    private String kpi(CsvReader r, int line) {
      String kpi = labels.isEmpty() ? id(r, c.kpi) : trim(r.text(c.kpi));
      String mapped = labels.isEmpty() ? null : labels.get(kpi);
      if (mapped != null) {
        return mapped;
      }
      if (kpi.isEmpty()) {
        reject(line, "no KPI in column '" + header.get(c.kpi) + "'");
        return null;
      }
      return kpi; // checked against the plans' KPIs once every file is read (Importer)
    }

    private int date(CsvReader r, byte[] b, int from, int to, int line) {
      if (from == to) {
        reject(line, "no date in column '" + header.get(c.date) + "'");
        return -1;
      }
      if (format == null && !r.escaped(c.date)) {
        int d = Dates.parseIso(b, from, to);
        if (d < 0) {
          reject(line, "date '" + Excerpt.of(text(b, from, to)) + "' is not a date written " + pattern);
        }
        return d;
      }
      String t = trim(r.text(c.date));
      Integer cached = dateCache.get(t);
      if (cached == null) {
        try {
          cached = format == null ? Dates.parseIso(t) : Dates.of(format.parse(t, java.time.LocalDate::from));
        } catch (DateTimeParseException e) {
          cached = -1;
        }
        dateCache.put(t, cached);
      }
      if (cached < 0) {
        reject(line, "date '" + Excerpt.of(t) + "' is not a date written " + pattern);
      }
      return cached;
    }

    private String value(CsvReader r, int col) {
      byte[] b = r.bytes();
      if (decimal == '.' && !r.escaped(col)) {
        int from = trimFrom(b, r.from(col), r.to(col));
        String v = Decimals.canonical(b, from, trimTo(b, from, r.to(col)));
        if (v != null) {
          return v;
        }
      }
      return Decimals.parse(trim(r.text(col)), decimal);
    }

    private void reject(int line, String reason) {
      rejected.add(new Rejection(file, line, reason));
    }
  }

  /** An id cell, trimmed and interned; {@link IdInterner#lastValid} tells whether it is an id (or empty). */
  private String id(CsvReader r, int col) {
    byte[] b = r.bytes();
    if (r.escaped(col)) {
      byte[] t = trim(r.text(col)).getBytes(StandardCharsets.UTF_8);
      return ids.get(t, 0, t.length);
    }
    int from = trimFrom(b, r.from(col), r.to(col));
    return ids.get(b, from, trimTo(b, from, r.to(col)));
  }

  private static int trimFrom(byte[] b, int from, int to) {
    while (from < to) {
      if (b[from] == ' ' || b[from] == '\t') {
        from++;
      } else if ((b[from] & 0xFF) == 0xC2 && from + 1 < to && (b[from + 1] & 0xFF) == 0xA0) {
        from += 2;
      } else {
        break;
      }
    }
    return from;
  }

  private static int trimTo(byte[] b, int from, int to) {
    while (to > from) {
      if (b[to - 1] == ' ' || b[to - 1] == '\t') {
        to--;
      } else if ((b[to - 1] & 0xFF) == 0xA0 && to - 2 >= from && (b[to - 2] & 0xFF) == 0xC2) {
        to -= 2;
      } else {
        break;
      }
    }
    return to;
  }

  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
