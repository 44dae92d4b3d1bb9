package dev.pac.imports;

import dev.pac.i18n.Text;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an export one by one, each with the physical line it starts on; a quoting error
 * ends the reading with its line and reason.
 */
final class Records {
  private final Iterator<CSVRecord> it;
  private final PhysicalLines lines;
  private final ArrayDeque<CSVRecord> buffered = new ArrayDeque<>();
  private final ArrayDeque<Integer> bufferedLines = new ArrayDeque<>();

  /** The line of the record last handed out. */
  int line;

  /** Why the reading stopped before the end of the file (null: it did not), and on which line. */
  Text problem;

  int problemLine;
  private int lastLine;

  Records(CSVParser parser, PhysicalLines lines, int headerLine) {
    this.it = parser.iterator();
    this.lines = lines;
    this.lastLine = headerLine;
  }

  /**
   * Reads ahead up to {@code n} records (for the decimal mark's guess); they are handed out again
   * by next.
   */
  Collection<CSVRecord> peek(int n) {
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

  /** What Commons CSV's exception means for the person who wrote the file. */
  static Text reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (m.contains("EOF reached before encapsulated token finished")) {
      return Text.of("import.quote-not-closed");
    }
    if (m.toLowerCase(Locale.ROOT).contains("invalid char")) {
      return Text.of("import.text-after-quote");
    }
    return Text.of("import.not-csv", m.replaceAll("\\s+", " "));
  }
}
