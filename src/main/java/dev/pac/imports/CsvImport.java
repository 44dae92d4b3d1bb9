package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.DecimalGuess;
import dev.pac.actuals.Decimals;
import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.Rejection;
import dev.pac.error.PacException;
import dev.pac.files.InputFile;
import dev.pac.model.Finding;
import dev.pac.model.ImportMapping;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.text.Excerpt;
import dev.pac.text.Label;
import dev.pac.text.Nearest;
import dev.pac.yaml.Location;
import dev.pac.yaml.LocationIndex;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one CSV export into rows through a mapping's settings (or the store's own layout) with
 * Apache Commons CSV: decoding ({@link CsvText}), the header line (after {@code skip_rows}, or
 * found with {@code skip_rows: auto}), the delimiter and decimal mark when {@code auto}, then every
 * record until the footer, each bad one becoming a {@link Rejection} at the physical line where the
 * record starts. Mapped columns the header lacks are findings located in the mapping, naming the
 * columns the CSV has and, when a later line is the header, the {@code skip_rows} that reads it.
 *
 * <p>Rows keep their dimension labels as written unless the mapping's {@code values} maps them, and
 * their KPI label in the long layout: the {@link Importer} matches them to the plans' ids once
 * every file is read.
 */
final class CsvImport {
  /**
   * What one file gave: rows, rejections, mapping findings, what was guessed (or null), rows
   * filtered by where.
   */
  record FileResult(
      List<Incoming> rows,
      List<Rejection> rejected,
      List<Finding> findings,
      String guessed,
      int filtered) {}

  private static final String[] DIMENSIONS = {"segment", "channel", "action"};

  /**
   * Lines searched for the header with {@code skip_rows: auto}, and for a hint when the header is
   * not found.
   */
  private static final int HEADER_SEARCH = 200;

  private final ImportSettings s;
  private final LoadedMapping mappingFile; // null for the store's layout
  private final Map<String, String> ids = new HashMap<>();

  CsvImport(ImportSettings settings, LoadedMapping mappingFile) {
    this.s = settings;
    this.mappingFile = mappingFile;
  }

  static byte[] readBytes(Path path, String where) {
    if (Files.isDirectory(path)) {
      throw PacException.io(where, "this is a folder, not a CSV file", null);
    }
    return InputFile.readAll(path, where); // a FIFO or a device is refused before it is opened
  }

  /** The text of a file, its lines, and the header's place. */
  private record Text(String text, Lines lines) {}

  /**
   * Physical lines of a text: the line of a character offset, asked in increasing order (one pass).
   */
  static final class Lines {
    private final String text;
    private final int firstLine;
    private int pos;
    private int line;

    Lines(String text, int firstLine) {
      this.text = text;
      this.firstLine = firstLine;
      this.line = firstLine;
    }

    int at(int offset) {
      if (offset < pos) {
        pos = 0;
        line = firstLine;
      }
      for (int i = text.indexOf('\n', pos); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        pos = i + 1;
      }
      pos = Math.max(pos, Math.min(offset, text.length()));
      return line;
    }
  }

  /** The text after decoding, without a BOM. */
  private static String decode(byte[] raw, String encoding, String file) {
    CsvText.Decoded d = CsvText.decode(raw, encoding, file);
    return new String(d.bytes(), d.start(), d.bytes().length - d.start(), StandardCharsets.UTF_8);
  }

  /**
   * Offset of the start of each of the first {@code max} physical lines (a line's end is the next
   * start - 1).
   */
  private static List<Integer> lineStarts(String text, int max) {
    List<Integer> starts = new ArrayList<>();
    int p = 0;
    while (p < text.length() && starts.size() < max) {
      starts.add(p);
      int nl = text.indexOf('\n', p);
      if (nl < 0) {
        break;
      }
      p = nl + 1;
    }
    return starts;
  }

  private static String lineText(String text, int start) {
    int nl = text.indexOf('\n', start);
    String l = nl < 0 ? text.substring(start) : text.substring(start, nl);
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  /** The cells of one physical line, split with the delimiter (quotes honoured). */
  private static List<String> cells(String line, char delimiter) {
    try (CSVParser p =
        CSVParser.builder()
            .setReader(new StringReader(line))
            .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())
            .get()) {
      Iterator<CSVRecord> it = p.iterator();
      if (!it.hasNext()) {
        return List.of();
      }
      return it.next().toList().stream().map(CsvImport::trim).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of(); // a line with a broken quote is no header
    }
  }

  /** The mapping's columns that no cell of {@code header} holds, in the mapping's order. */
  private static List<String> lacking(Set<String> columns, List<String> header) {
    return columns.stream().filter(c -> !header.contains(c)).toList();
  }

  /**
   * A header line: where it starts, its number, and its cells; or the best line found and what it
   * lacks.
   */
  record HeaderLine(int offset, int line, char delimiter, List<String> lacking) {}

  /**
   * The header line of {@code text} for these settings: after {@code skip_rows}, or with {@code
   * auto} the first of the first lines holding every mapped column (else the one holding most, with
   * what it lacks). Null when the file has no line there.
   */
  private static HeaderLine header(String text, ImportSettings s, boolean store) {
    List<Integer> starts = lineStarts(text, s.skipRows() >= 0 ? s.skipRows() + 1 : HEADER_SEARCH);
    Set<String> columns = store ? Set.of("date", "kpi", "value") : s.columns();
    if (s.skipRows() >= 0) {
      if (starts.size() <= s.skipRows()) {
        return null;
      }
      int at = starts.get(s.skipRows());
      String line = lineText(text, at);
      char d = delimiter(s.delimiter(), line);
      return new HeaderLine(at, s.skipRows() + 1, d, lacking(columns, cells(line, d)));
    }
    HeaderLine best = null;
    for (int i = 0; i < starts.size(); i++) {
      String line = lineText(text, starts.get(i));
      char d = delimiter(s.delimiter(), line);
      List<String> lacking = lacking(columns, cells(line, d));
      if (best == null || lacking.size() < best.lacking().size()) {
        best = new HeaderLine(starts.get(i), i + 1, d, lacking);
      }
      if (lacking.isEmpty()) {
        break;
      }
    }
    return best;
  }

  /**
   * The mapped columns a file's header lacks, for choosing a file's mapping by its header: empty
   * when the mapping fits. A file that cannot be decoded fits no mapping (every column lacking).
   */
  static List<String> lacking(byte[] raw, ImportSettings s, String file) {
    String text;
    try {
      text = decode(raw, s.encoding(), file);
    } catch (PacException e) {
      return List.copyOf(s.columns());
    }
    HeaderLine h = header(text, s, false);
    return h == null ? List.copyOf(s.columns()) : h.lacking();
  }

  /**
   * Whether the file's first line is the store's header (the store's layout, no mapping needed).
   */
  static boolean storeLayout(byte[] raw, String file) {
    String text;
    try {
      int end = 0; // the first line is enough: the store's header is ASCII
      while (end < raw.length && end < 4096 && raw[end] != '\n') {
        end++;
      }
      text = decode(java.util.Arrays.copyOf(raw, end), "auto", file);
    } catch (PacException e) {
      return false;
    }
    String first = lineText(text, 0);
    List<String> cells = cells(first, delimiter("auto", first));
    return cells.containsAll(List.of("date", "kpi", "value"))
        && Set.of("date", "kpi", "value", "segment", "channel", "action").containsAll(cells);
  }

  FileResult read(byte[] raw, String file, int fileIndex, ImportProgress progress) {
    return read(new byte[][] {raw}, file, fileIndex, progress);
  }

  /**
   * Reads the file whose bytes {@code raw[0]} holds, and clears it once they are decoded (memory).
   */
  FileResult read(byte[][] raw, String file, int fileIndex, ImportProgress progress) {
    CsvText.Decoded decoded = CsvText.decode(raw[0], s.encoding(), file);
    raw[0] = null;
    List<String> guessed = new ArrayList<>();
    if (decoded.guess() != null) {
      guessed.add("encoding " + decoded.guess());
    }
    String text =
        new String(
            decoded.bytes(),
            decoded.start(),
            decoded.bytes().length - decoded.start(),
            StandardCharsets.UTF_8);
    decoded = null;
    HeaderLine h = header(text, s, mappingFile == null);
    if (h == null || text.isEmpty()) {
      int skip = Math.max(0, s.skipRows());
      throw PacException.invalid(
          file,
          skip == 0
              ? "the file is empty (no header line)"
              : "the file has no header line after the "
                  + skip
                  + " skipped line"
                  + (skip == 1 ? "" : "s")
                  + " (skip_rows)");
    }
    if (h.delimiter() != ',' && "auto".equals(s.delimiter())) {
      guessed.add("delimiter " + (h.delimiter() == '\t' ? "TAB" : "'" + h.delimiter() + "'"));
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(h.delimiter())
            .setQuote('"')
            .setRecordSeparator("\n")
            .setIgnoreEmptyLines(false)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true)
            .get();
    Lines lines = new Lines(text, 1);
    StringReader reader = new StringReader(text);
    CSVParser parser;
    try {
      reader.skip(h.offset());
      parser =
          CSVParser.builder()
              .setReader(reader)
              .setFormat(format)
              .setCharacterOffset(h.offset())
              .get();
    } catch (IllegalArgumentException e) {
      // a column name twice in the header
      return findingsOnly(
          List.of(
              new Finding(
                  file,
                  h.line(),
                  1,
                  Severity.ERROR,
                  Rule.SCHEMA_DUPLICATE_KEY,
                  "the header (line "
                      + h.line()
                      + ") "
                      + duplicate(e.getMessage())
                      + "; rename one of the two columns in the export")));
    } catch (IOException | UncheckedIOException e) {
      throw PacException.invalid(
          file + ":" + h.line(), "the header line is not valid CSV: " + reason(e));
    }
    List<String> header = parser.getHeaderNames().stream().map(CsvImport::trim).toList();
    List<Finding> findings = new ArrayList<>();
    Columns c = columns(header, text, file, h, findings);
    if (!findings.isEmpty()) {
      return findingsOnly(findings);
    }
    progress.start(file, text.length());
    Records records = new Records(parser, lines, file, h.line());
    char decimal = decimal(records, c, h.delimiter(), guessed);
    RowReader rr = new RowReader(c, decimal, file, fileIndex, header, text.length() / 48 + 16);
    int n = 0;
    CSVRecord r;
    while ((r = records.next()) != null) {
      if ((++n & 0xFFFF) == 0) {
        progress.at((int) Math.min(Integer.MAX_VALUE, r.getCharacterPosition()));
      }
      int line = records.line;
      if (blank(r)) {
        if (s.footer() != null) {
          break;
        }
        continue;
      }
      if (s.footer() != null && !s.footer().isEmpty() && footer(r, s.footer())) {
        break;
      }
      if (r.size() != header.size()
          && !(mappingFile != null
              && r.size() > header.size()
              && trailingBlank(r, header.size()))) {
        rr.reject(
            line,
            r.size()
                + (r.size() == 1 ? " field" : " fields")
                + " where the header has "
                + header.size()
                + footerHint(r));
        continue;
      }
      rr.record(r, line);
    }
    if (records.problem != null) {
      rr.reject(records.problemLine, records.problem);
    }
    progress.done();
    rr.finish();
    return new FileResult(
        rr.rows,
        rr.rejected,
        List.of(),
        guessed.isEmpty() ? null : String.join(", ", guessed),
        rr.filtered);
  }

  private static FileResult findingsOnly(List<Finding> findings) {
    return new FileResult(List.of(), List.of(), findings, null, 0);
  }

  private static String duplicate(String message) {
    // Commons CSV: "The header contains a duplicate name: \"X\" in [...]..."
    int q = message == null ? -1 : message.indexOf('"');
    int end = q < 0 ? -1 : message.indexOf('"', q + 1);
    return q >= 0 && end > q
        ? "has the column '" + message.substring(q + 1, end) + "' twice"
        : "has a column name twice";
  }

  /**
   * Records one by one, each with the physical line it starts on; a quoting error ends the reading
   * with its line.
   */
  private static final class Records {
    final Iterator<CSVRecord> it;
    final Lines lines;
    final String file;
    final java.util.ArrayDeque<CSVRecord> buffered = new java.util.ArrayDeque<>();
    final java.util.ArrayDeque<Integer> bufferedLines = new java.util.ArrayDeque<>();
    int line;
    String problem;
    int problemLine;
    int lastLine;

    Records(CSVParser parser, Lines lines, String file, int headerLine) {
      this.it = parser.iterator();
      this.lines = lines;
      this.file = file;
      this.lastLine = headerLine;
    }

    /**
     * Reads ahead up to {@code n} records (for the decimal mark's guess); they are handed out again
     * by next.
     */
    java.util.Collection<CSVRecord> peek(int n) {
      while (buffered.size() < n) {
        CSVRecord r = fetch();
        if (r == null) {
          break;
        }
        buffered.add(r);
        bufferedLines.add(line);
      }
      return buffered;
    }

    CSVRecord next() {
      if (!buffered.isEmpty()) {
        line = bufferedLines.removeFirst();
        return buffered.removeFirst();
      }
      return fetch();
    }

    private CSVRecord fetch() {
      if (problem != null) {
        return null;
      }
      try {
        if (!it.hasNext()) {
          return null;
        }
        CSVRecord r = it.next();
        line = lines.at((int) r.getCharacterPosition());
        lastLine = line;
        return r;
      } catch (UncheckedIOException | IllegalStateException e) {
        problem = reason(e);
        problemLine = lastLine + 1;
        return null;
      }
    }
  }

  private static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is not closed (a '\"' is missing)";
    }
    if (m.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
      return "text after a closing quote: a '\"' inside a quoted field must be written '\"\"'";
    }
    return "not valid CSV (" + m.replaceAll("\\s+", " ") + ")";
  }

  private static boolean blank(CSVRecord r) {
    for (int i = 0; i < r.size(); i++) {
      if (!trim(r.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Cells past the header's width that are all empty (a spreadsheet's trailing delimiters). */
  private static boolean trailingBlank(CSVRecord r, int width) {
    for (int i = width; i < r.size(); i++) {
      if (!trim(r.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the record's first non-empty cell is one of {@code words}, alone or followed by a
   * space, "(" or ":".
   */
  static boolean footer(CSVRecord r, List<String> words) {
    for (int i = 0; i < r.size(); i++) {
      String cell = trim(r.get(i));
      if (!cell.isEmpty()) {
        return footerCell(cell, words);
      }
    }
    return false;
  }

  static boolean footerCell(String cell, List<String> words) {
    for (String w : words) {
      if (cell.regionMatches(true, 0, w, 0, w.length())) {
        if (cell.length() == w.length()) {
          return true;
        }
        char next = cell.charAt(w.length());
        if (next == ' ' || next == '(' || next == ':' || w.equals("©")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * For a rejected row that looks like a report footer while the mapping has none: the key that
   * ends the data there.
   */
  private String footerHint(CSVRecord r) {
    if (s.footer() == null && footer(r, ImportSettings.FOOTER_WORDS)) {
      return "; this looks like a report footer: set `footer: auto` in the mapping to end the data there";
    }
    return "";
  }

  /** The column index of each mapped item; KPI sources in the mapping's order (wide layout). */
  private record Columns(
      int date,
      int[] dims,
      int kpi,
      int value,
      int[] kpiCols,
      ImportSettings.KpiSource[] sources,
      int[][] kpiWhereCols,
      String[][][] kpiWhereValues,
      int[] whereCols,
      String[][] whereValues) {}

  private Columns columns(
      List<String> header, String text, String file, HeaderLine h, List<Finding> findings) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    ColumnFinder f = new ColumnFinder(header, index, file, h.line(), findings);
    if (mappingFile == null) {
      // the store's layout: date, kpi, value required; segment, channel, action optional; nothing
      // else
      List<String> known = List.of("date", "kpi", "value", "segment", "channel", "action");
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        if (!known.contains(name) && !(name.isEmpty() && i == header.size() - 1)) {
          findings.add(
              new Finding(
                  file,
                  h.line(),
                  1,
                  Severity.ERROR,
                  Rule.SCHEMA_UNKNOWN_KEY,
                  "column "
                      + (i + 1)
                      + " '"
                      + Excerpt.of(name)
                      + "' is not a column of the store"
                      + Nearest.suggestion(name, known)
                      + "; a CSV without --mapping has the columns date, kpi, value and optionally segment, channel, "
                      + "action, or the columns of one of the workspace's mappings"));
        }
      }
      int[] dims = new int[3];
      for (int d = 0; d < 3; d++) {
        dims[d] = index.getOrDefault(DIMENSIONS[d], -1);
      }
      return new Columns(
          f.find("date", null),
          dims,
          f.find("kpi", null),
          f.find("value", null),
          null,
          null,
          null,
          null,
          new int[0],
          new String[0][]);
    }
    if (!h.lacking().isEmpty() && s.skipRows() >= 0) {
      // the header may be further down: a title line before it (a CRM report)
      ImportSettings auto =
          new ImportSettings(
              s.delimiter(),
              s.decimal(),
              s.encoding(),
              -1,
              s.dateColumn(),
              s.dateFormat(),
              s.locale(),
              s.kpis(),
              s.kpiColumn(),
              s.valueColumn(),
              s.kpiNames(),
              s.dims(),
              s.values(),
              s.where(),
              s.group(),
              s.ignoreUnknownKpis(),
              s.footer());
      HeaderLine later = header(text, auto, false);
      if (later != null && later.lacking().isEmpty() && later.line() != h.line()) {
        Location at =
            mappingFile.index().has("skip_rows")
                ? mappingFile.index().value("skip_rows")
                : Location.START;
        findings.add(
            new Finding(
                mappingFile.file(),
                at.line(),
                at.column(),
                Severity.ERROR,
                Rule.REF_UNKNOWN,
                "the header of "
                    + file
                    + " is line "
                    + later.line()
                    + ", not line "
                    + h.line()
                    + " (it lacks "
                    + quoted(h.lacking())
                    + "): set `skip_rows: auto` or `skip_rows: "
                    + (later.line() - 1)
                    + "`"));
        return null;
      }
    }
    int date = f.find(s.dateColumn(), "date.column");
    int[] dims = {-1, -1, -1};
    for (int d = 0; d < 3; d++) {
      if (s.dims()[d] != null) {
        dims[d] = f.find(s.dims()[d], "dims." + DIMENSIONS[d]);
      }
    }
    int[] whereCols = new int[s.where().size()];
    String[][] whereValues = new String[whereCols.length][];
    int w = 0;
    for (Map.Entry<String, List<String>> e : s.where().entrySet()) {
      whereCols[w] = f.find(e.getKey(), "where." + e.getKey());
      whereValues[w++] = e.getValue().toArray(String[]::new);
    }
    if (s.wide()) {
      int k = s.kpis().size();
      int[] cols = new int[k];
      ImportSettings.KpiSource[] sources = s.kpis().toArray(ImportSettings.KpiSource[]::new);
      int[][] kw = new int[k][];
      String[][][] kv = new String[k][][];
      for (int i = 0; i < k; i++) {
        ImportSettings.KpiSource src = sources[i];
        cols[i] =
            src.count()
                ? -1
                : f.find(
                    src.column(),
                    mappingFile.index().has(src.key() + ".column")
                        ? src.key() + ".column"
                        : src.key());
        kw[i] = new int[src.where().size()];
        kv[i] = new String[kw[i].length][];
        int j = 0;
        for (Map.Entry<String, List<String>> e : src.where().entrySet()) {
          String own = src.key() + ".where." + e.getKey();
          kw[i][j] = f.find(e.getKey(), mappingFile.index().has(own) ? own : "where." + e.getKey());
          kv[i][j++] = e.getValue().toArray(String[]::new);
        }
      }
      return new Columns(date, dims, -1, -1, cols, sources, kw, kv, whereCols, whereValues);
    }
    return new Columns(
        date,
        dims,
        f.find(s.kpiColumn(), "kpi_column"),
        f.find(s.valueColumn(), "value_column"),
        null,
        null,
        null,
        null,
        whereCols,
        whereValues);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  /**
   * Finds mapped columns in the header; a missing one is a finding at the mapping's value (or the
   * header).
   */
  private final class ColumnFinder {
    final List<String> header;
    final Map<String, Integer> index;
    final String file;
    final int headerLine;
    final List<Finding> findings;

    ColumnFinder(
        List<String> header,
        Map<String, Integer> index,
        String file,
        int headerLine,
        List<Finding> findings) {
      this.header = header;
      this.index = index;
      this.file = file;
      this.headerLine = headerLine;
      this.findings = findings;
    }

    int find(String column, String mappingPath) {
      Integer i = index.get(column);
      if (i == null) {
        String hint =
            mappingPath != null
                    && s.skipRows() >= 0
                    && headerLine == 1
                    && header.stream().noneMatch(s.columns()::contains)
                ? "; if the export starts with title lines, set `skip_rows: auto` or `skip_rows: N`"
                : "";
        add(
            mappingPath,
            "column '"
                + Excerpt.of(column)
                + "' is not in "
                + file
                + Nearest.suggestion(column, header)
                + "; its columns (line "
                + headerLine
                + "): "
                + quoted(header)
                + hint);
        return -1;
      }
      return i;
    }

    private void add(String mappingPath, String message) {
      if (mappingPath == null) {
        findings.add(
            new Finding(
                file,
                headerLine,
                1,
                Severity.ERROR,
                Rule.SCHEMA_REQUIRED,
                message.replace("column '", "the required column '")
                    + "; a CSV without --mapping has the columns date, kpi, value and optionally segment, channel, action"));
        return;
      }
      LocationIndex li = mappingFile.index();
      Location at = li.value(mappingPath);
      Finding f =
          new Finding(
              mappingFile.file(),
              at.line(),
              at.column(),
              Severity.ERROR,
              Rule.REF_UNKNOWN,
              message);
      if (!findings.contains(
          f)) { // a column of the mapping's where is every KPI's condition: said once
        findings.add(f);
      }
    }
  }

  /**
   * The delimiter: the mapping's, or the one of {@code , ; TAB} the line uses most (outside
   * quotes).
   */
  private static char delimiter(String d, String line) {
    if (d != null && !"auto".equals(d)) {
      return d.charAt(0);
    }
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '"' -> quoted = !quoted;
        case ',' -> comma += quoted ? 0 : 1;
        case ';' -> semicolon += quoted ? 0 : 1;
        case '\t' -> tab += quoted ? 0 : 1;
        default -> {}
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return ',';
  }

  /**
   * The decimal mark: the settings', or the one most of the first 10,000 records' value cells tell.
   */
  private char decimal(Records records, Columns c, char delimiter, List<String> guessed) {
    String d = s.decimal();
    if (d != null && !"auto".equals(d)) {
      return d.charAt(0);
    }
    DecimalGuess guess = new DecimalGuess();
    List<Integer> valueCols = new ArrayList<>();
    if (c.kpiCols != null) {
      for (int col : c.kpiCols) {
        if (col >= 0) {
          valueCols.add(col);
        }
      }
    } else {
      valueCols.add(c.value);
    }
    boolean sawMarks = false;
    for (CSVRecord r : records.peek(10_000)) {
      for (int col : valueCols) {
        if (col >= r.size()) {
          continue;
        }
        String cell = r.get(col);
        if (cell.indexOf(',') >= 0 || cell.indexOf('.') >= 0) {
          sawMarks = true;
          guess.see(trim(cell));
        }
      }
    }
    char mark = guess.decided();
    if (mark == 0) {
      mark = delimiter == ';' ? ',' : '.';
      if (sawMarks && mark == ',') {
        guessed.add(
            "decimal mark ',' (from the ';' delimiter: the numbers do not tell; set decimal: in a mapping)");
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
    final List<Rejection> rejected = new ArrayList<>();
    final DateCells dates;
    final DateCells.Evidence evidence = new DateCells.Evidence();
    final List<String> pendingDates =
        new ArrayList<>(); // auto: each row's date cell until the file is read
    final Map<String, String> kpiLabels = new HashMap<>();
    final List<Map<String, String>> values = new ArrayList<>();
    int filtered;

    RowReader(
        Columns c,
        char decimal,
        String file,
        int fileIndex,
        List<String> header,
        int expectedRows) {
      this.c = c;
      this.decimal = decimal;
      this.file = file;
      this.fileIndex = fileIndex;
      this.header = header;
      this.dates = new DateCells(s.dateFormat(), s.locale());
      this.rows = new ArrayList<>(expectedRows);
      if (s.kpiNames() != null) {
        s.kpiNames().forEach((id, label) -> kpiLabels.put(label, id));
      }
      for (ImportMapping.Dimension d : ImportMapping.Dimension.values()) {
        values.add(s.values().getOrDefault(d, Map.of()));
      }
    }

    void record(CSVRecord r, int line) {
      // where: the mapping's conditions (long layout), or each KPI's (wide layout)
      boolean[] kept = null;
      if (c.kpiCols != null) {
        kept = new boolean[c.kpiCols.length];
        boolean any = false;
        for (int k = 0; k < kept.length; k++) {
          kept[k] = holds(r, c.kpiWhereCols[k], c.kpiWhereValues[k]);
          any |= kept[k];
        }
        if (!any) {
          filtered++;
          return;
        }
      } else if (!holds(r, c.whereCols, c.whereValues)) {
        filtered++;
        return;
      }
      String[] dims = {"", "", ""};
      boolean ok = true;
      for (int d = 0; d < 3; d++) {
        int col = c.dims[d];
        if (col < 0) {
          continue;
        }
        String label = intern(col, trim(r.get(col)));
        String mapped = values.get(d).isEmpty() ? null : values.get(d).get(label);
        if (mapped == null && !label.isEmpty() && !values.get(d).isEmpty()) {
          mapped =
              Label.match(label, values.get(d).keySet()) == null
                  ? null
                  : values.get(d).get(Label.match(label, values.get(d).keySet()));
        }
        String v = intern(mapped != null ? mapped : label);
        if (v.isEmpty() && s.group()) {
          reject(
              line,
              "no "
                  + DIMENSIONS[d]
                  + " in column '"
                  + header.get(col)
                  + "': grouped rows need one (an empty "
                  + DIMENSIONS[d]
                  + " would become a partial total); map the empty label to an id, as values: {"
                  + DIMENSIONS[d]
                  + ": {\"\": unassigned}}"
                  + footerHint(r));
          ok = false;
        }
        dims[d] = v;
      }
      String dateCell = trim(r.get(c.date));
      if (c.kpiCols != null) {
        boolean any = false;
        for (int k = 0; k < c.kpiCols.length; k++) {
          any |= kept[k] && (c.kpiCols[k] < 0 || !trim(r.get(c.kpiCols[k])).isEmpty());
        }
        if (!any) {
          return; // no value in this record: no row (a subtotal line, an empty week)
        }
        int date = date(dateCell, line, r);
        for (int k = 0; k < c.kpiCols.length; k++) {
          if (!kept[k]) {
            continue;
          }
          int col = c.kpiCols[k];
          String value;
          boolean percent = false;
          if (col < 0) {
            value = "1"; // {count: true}: each row counts one
          } else {
            String cell = trim(r.get(col));
            if (cell.isEmpty()) {
              continue;
            }
            value = value(cell);
            if (value == null) {
              reject(
                  line,
                  "'"
                      + Excerpt.of(cell)
                      + "' in column '"
                      + header.get(col)
                      + "' "
                      + why(cell)
                      + footerHint(r));
              continue;
            }
            percent = cell.endsWith("%");
          }
          if (ok && date != -1) {
            add(
                new Actual(date, c.sources[k].id(), dims[0], dims[1], dims[2], value),
                line,
                percent,
                dateCell);
          }
        }
        return;
      }
      String cell = trim(r.get(c.value));
      if (cell.isEmpty()) {
        return; // an empty cell is no row
      }
      int date = date(dateCell, line, r);
      String kpi = kpi(r, line);
      String value = value(cell);
      if (value == null) {
        reject(
            line,
            "value '"
                + Excerpt.of(cell)
                + "'"
                + (mappingFile == null ? "" : " in column '" + header.get(c.value) + "'")
                + " "
                + why(cell)
                + footerHint(r));
        return;
      }
      if (ok && date != -1 && kpi != null) {
        add(
            new Actual(date, kpi, dims[0], dims[1], dims[2], value),
            line,
            cell.endsWith("%"),
            dateCell);
      }
    }

    private void add(Actual a, int line, boolean percent, String dateCell) {
      rows.add(new Incoming(a, fileIndex, line, percent));
      if (dates.auto()) {
        pendingDates.add(dateCell);
      }
    }

    private boolean holds(CSVRecord r, int[] cols, String[][] accepted) {
      for (int i = 0; i < cols.length; i++) {
        String cell = trim(r.get(cols[i]));
        boolean match = false;
        for (String v : accepted[i]) {
          if (v.equals(cell)) {
            match = true;
            break;
          }
        }
        if (!match) {
          return false;
        }
      }
      return true;
    }

    private String kpi(CSVRecord r, int line) {
      String label = trim(r.get(c.kpi));
      String mapped = kpiLabels.get(label);
      if (mapped != null) {
        return mapped;
      }
      if (label.isEmpty()) {
        reject(line, "no KPI in column '" + header.get(c.kpi) + "'" + footerHint(r));
        return null;
      }
      if (!kpiLabels.isEmpty()) {
        String near = Label.match(label, kpiLabels.keySet());
        if (near != null) {
          return kpiLabels.get(near);
        }
      }
      return intern(c.kpi, label); // matched to the plans' KPIs once every file is read (Importer)
    }

    /**
     * The date, -1 when bad (rejected), or -2 with {@code auto} (decided once the file is read).
     */
    private int date(String cell, int line, CSVRecord r) {
      if (cell.isEmpty()) {
        reject(line, "no date in column '" + header.get(c.date) + "'" + footerHint(r));
        return -1;
      }
      if (dates.auto()) {
        evidence.see(cell, line);
        return -2;
      }
      int d = dates.parse(cell);
      if (d < 0) {
        reject(
            line,
            "date '"
                + Excerpt.of(cell)
                + "' is not a date written "
                + dates.pattern()
                + (s.locale() == java.util.Locale.ROOT && cell.chars().anyMatch(Character::isLetter)
                    ? " (month names? set the mapping's date locale, as date: {locale: fr})"
                    : "")
                + footerHint(r));
      }
      return d;
    }

    /** With {@code format: auto}: decides the order from the whole file, then dates the rows. */
    void finish() {
      if (!dates.auto()) {
        return;
      }
      int[] at = {0};
      String problem = dates.decide(evidence, header.get(c.date), at);
      if (problem != null) {
        reject(at[0], problem);
        rows.clear();
        return;
      }
      for (int i = 0; i < rows.size(); i++) {
        Incoming in = rows.get(i);
        int d = dates.parse(pendingDates.get(i));
        if (d < 0) {
          reject(
              in.line(),
              "date '"
                  + Excerpt.of(pendingDates.get(i))
                  + "' is not a date (format auto reads yyyy-MM-dd, d/M/yyyy "
                  + "and M/d/yyyy; set date: {format: ...} for others)");
          continue;
        }
        Actual a = in.row();
        rows.set(
            i,
            new Incoming(
                new Actual(d, a.kpi(), a.segment(), a.channel(), a.action(), a.value()),
                in.file(),
                in.line(),
                in.percent()));
      }
      rows.removeIf(in -> in.row().date() < 0);
    }

    /**
     * The canonical value of a number cell, or null; a trailing '%' is a percentage (25 % is 0.25).
     */
    private String value(String cell) {
      if (decimal == '.' && mappingFile == null) {
        String v = Decimals.canonical(cell);
        if (v != null) {
          return v;
        }
      }
      if (cell.endsWith("%")) {
        String v = Decimals.parse(trim(cell.substring(0, cell.length() - 1)), decimal);
        return v == null
            ? null
            : Decimals.canonical(new BigDecimal(v).movePointLeft(2).toPlainString());
      }
      return Decimals.parse(cell, decimal);
    }

    /**
     * Why a cell is no value: not a number (with a hint for 58.8k), or a number beyond the store's
     * bounds.
     */
    private String why(String cell) {
      if (cell.matches("(?i)[-+]?[0-9.,]+\\s*[kmb]")) {
        return "is not a number (a number with a k, M or B suffix: export the full number)";
      }
      return Decimals.problem(cell, decimal);
    }

    void reject(int line, String reason) {
      rejected.add(new Rejection(file, line, reason));
    }
  }

  private String intern(String id) {
    String known = ids.putIfAbsent(id, id);
    return known != null ? known : id;
  }

  /**
   * The last cell read in each column and its interned id: exports repeat a column's value row
   * after row.
   */
  private final String[] lastCell = new String[64];

  private final String[] lastId = new String[64];

  private String intern(int col, String cell) {
    if (col < lastCell.length) {
      if (cell.equals(lastCell[col])) {
        return lastId[col];
      }
      lastCell[col] = cell;
      return lastId[col] = intern(cell);
    }
    return intern(cell);
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
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\r';
  }
}
