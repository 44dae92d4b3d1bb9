package dev.pac.imports;

import dev.pac.error.PacException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header line of an export: where it starts, its line number, its delimiter, and the mapped
 * columns it lacks. It is the line after {@code skip_rows}, or with {@code skip_rows: auto} the
 * first of the first lines holding every mapped column (else the one holding most).
 */
record HeaderLine(int offset, int line, char delimiter, List<String> lacking) {
  /** The store's required columns, and every column it has. */
  static final List<String> STORE_REQUIRED = List.of("date", "kpi", "value");

  static final List<String> STORE_COLUMNS =
      List.of("date", "kpi", "value", "segment", "channel", "action");

  /**
   * Lines searched for the header with {@code skip_rows: auto}, and for a hint when the header is
   * not found.
   */
  private static final int SEARCH = 200;

  /**
   * The header line of {@code text} for these settings ({@code store}: the store's columns). Null
   * when the file has no line there.
   */
  static HeaderLine find(String text, ImportSettings s, boolean store) {
    List<Integer> starts = lineStarts(text, s.skipRows() >= 0 ? s.skipRows() + 1 : SEARCH);
    Set<String> columns = store ? Set.copyOf(STORE_REQUIRED) : s.columns();
    if (s.skipRows() >= 0) {
      if (starts.size() <= s.skipRows()) {
        return null;
      }
      return at(text, starts.get(s.skipRows()), s.skipRows() + 1, s, columns);
    }
    HeaderLine best = null;
    for (int i = 0; i < starts.size(); i++) {
      HeaderLine h = at(text, starts.get(i), i + 1, s, columns);
      if (best == null || h.lacking().size() < best.lacking().size()) {
        best = h;
      }
      if (h.lacking().isEmpty()) {
        break;
      }
    }
    return best;
  }

  private static HeaderLine at(
      String text, int offset, int line, ImportSettings s, Set<String> columns) {
    String content = lineText(text, offset);
    char d = delimiter(s.delimiter(), content);
    List<String> cells = cells(content, d);
    return new HeaderLine(
        offset, line, d, columns.stream().filter(c -> !cells.contains(c)).toList());
  }

  /**
   * The mapped columns a file's header lacks, for choosing a file's mapping by its header: empty
   * when the mapping fits. A file that cannot be decoded fits no mapping (every column lacking).
   */
  static List<String> lacking(byte[] raw, ImportSettings s, String file) {
    String text;
    try {
      text = CsvText.decode(raw, s.encoding(), file).text();
    } catch (PacException e) {
      return List.copyOf(s.columns());
    }
    HeaderLine h = find(text, s, false);
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
      text = CsvText.decode(Arrays.copyOf(raw, end), "auto", file).text();
    } catch (PacException e) {
      return false;
    }
    String first = lineText(text, 0);
    List<String> cells = cells(first, delimiter("auto", first));
    return cells.containsAll(STORE_REQUIRED) && STORE_COLUMNS.containsAll(cells);
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
      return it.next().toList().stream().map(Cells::trim).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of(); // a line with a broken quote is no header
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
}
