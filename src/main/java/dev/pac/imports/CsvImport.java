package dev.pac.imports;

import dev.pac.actuals.ImportProgress;
import dev.pac.actuals.RowTable;
import dev.pac.actuals.StoreLayoutReader;
import dev.pac.error.PacException;
import dev.pac.files.InputFile;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one CSV export into rows through a mapping's settings (or the store's own layout) with
 * Apache Commons CSV: decoding ({@link CsvText}), the header line ({@link HeaderLine}), the columns
 * the layout reads ({@link Columns}), the decimal mark ({@link DecimalMark}), then every record
 * ({@link Records}) until the footer ({@link Footer}), each one becoming rows or a rejection at the
 * physical line where the record starts ({@link RowReader}).
 *
 * <p>Rows keep their dimension labels as written unless the mapping's {@code values} maps them, and
 * their KPI label in the long layout: the {@link Importer} matches them to the plans' ids once
 * every file is read.
 */
final class CsvImport {
  private final ImportSettings s;
  private final LoadedMapping mappingFile; // null for the store's layout

  CsvImport(ImportSettings settings, LoadedMapping mappingFile) {
    this.s = settings;
    this.mappingFile = mappingFile;
  }

  static byte[] readBytes(Path path, String where) {
    refuseFolder(path, where);
    return InputFile.readAll(path, where); // a FIFO or a device is refused before it is opened
  }

  /** A folder given as a CSV: the import's own message (it names what to give instead). */
  private static void refuseFolder(Path path, String where) {
    if (Files.isDirectory(path)) {
      throw PacException.io(where, Text.of("import.folder"), null);
    }
  }

  /**
   * The rows of {@code path} when it is in the store's own form, read through a window without
   * holding its bytes ({@link StoreLayoutReader}); null when it is not, for {@link #readBytes} and
   * Commons CSV to read it.
   */
  static RowTable readStoreForm(Path path, String where, int fileIndex, ImportProgress progress) {
    refuseFolder(path, where);
    try (FileChannel ch = InputFile.open(path, where)) {
      return StoreLayoutReader.read(ch, fileIndex, where, progress);
    } catch (IOException e) {
      throw PacException.io(where, Text.of("errors.cannot-read", e.getMessage()), e);
    } catch (OutOfMemoryError e) { // the rows' table, as the whole file's bytes on the other path
      throw PacException.io(where, Text.of("errors.too-large-for-memory"), null);
    }
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
    List<Text> guessed = new ArrayList<>();
    if (decoded.guess() != null) {
      guessed.add(Text.of("import.guessed.encoding", decoded.guess()));
    }
    String text = decoded.text();
    decoded = null;
    HeaderLine h = HeaderLine.find(text, s, mappingFile == null);
    if (h == null || text.isEmpty()) {
      int skip = Math.max(0, s.skipRows());
      throw PacException.invalid(
          file,
          skip == 0
              ? Text.of("import.empty")
              : Text.of(skip == 1 ? "import.no-header.one" : "import.no-header.many", skip));
    }
    if (h.delimiter() != ',' && "auto".equals(s.delimiter())) {
      String d = h.delimiter() == '\t' ? "TAB" : "'" + h.delimiter() + "'";
      guessed.add(Text.of("import.guessed.delimiter", d));
    }
    CSVParser parser;
    try {
      parser = parser(text, h);
    } catch (IllegalArgumentException e) {
      // a column name twice in the header
      return FileResult.findings(
          List.of(
              Finding.of(
                  file,
                  h.line(),
                  1,
                  Severity.ERROR,
                  Rule.SCHEMA_DUPLICATE_KEY,
                  duplicate(h.line(), e.getMessage()))));
    } catch (IOException | UncheckedIOException e) {
      throw PacException.invalid(
          file + ":" + h.line(), Text.of("import.header-not-csv", Records.reason(e)));
    }
    List<String> header = parser.getHeaderNames().stream().map(Cells::trim).toList();
    List<Finding> findings = new ArrayList<>();
    Columns c = Columns.of(s, mappingFile, header, text, file, h, findings);
    if (!findings.isEmpty()) {
      return FileResult.findings(findings);
    }
    progress.start(file, text.length());
    Records records = new Records(parser, new PhysicalLines(text, 1), h.line());
    char decimal = DecimalMark.of(s, records, c, h.delimiter(), guessed);
    RowReader rr =
        new RowReader(
            s, mappingFile == null, c, decimal, file, fileIndex, header, text.length() / 48 + 16);
    int n = 0;
    CSVRecord r;
    while ((r = records.next()) != null) {
      if ((++n & 0xFFFF) == 0) {
        progress.at((int) Math.min(Integer.MAX_VALUE, r.getCharacterPosition()));
      }
      int line = records.line;
      if (Cells.blank(r)) {
        if (s.footer() != null) {
          break;
        }
        continue;
      }
      if (s.footer() != null && !s.footer().isEmpty() && Footer.starts(r, s.footer())) {
        break;
      }
      if (r.size() != header.size()
          && !(mappingFile != null
              && r.size() > header.size()
              && Cells.blankFrom(r, header.size()))) {
        rr.rejected.add(
            line,
            Text.of(
                r.size() == 1 ? "import.fields.one" : "import.fields.many",
                r.size(),
                header.size(),
                Footer.hint(r, s.footer())));
        continue;
      }
      rr.record(r, line);
    }
    if (records.problem != null) {
      rr.rejected.add(records.problemLine, records.problem);
    }
    progress.done();
    rr.finish();
    return new FileResult(
        rr.rows,
        rr.rejected.list(),
        List.of(),
        guessed.isEmpty() ? null : Joined.of("import.list", guessed),
        rr.filtered,
        rr.warnings());
  }

  /** A parser of the records after the header line {@code h}, the header's names read. */
  private static CSVParser parser(String text, HeaderLine h) throws IOException {
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
    StringReader reader = new StringReader(text);
    reader.skip(h.offset());
    return CSVParser.builder()
        .setReader(reader)
        .setFormat(format)
        .setCharacterOffset(h.offset())
        .get();
  }

  private static Text duplicate(int line, String message) {
    // Commons CSV: "The header contains a duplicate name: \"X\" in [...]..."
    int q = message == null ? -1 : message.indexOf('"');
    int end = q < 0 ? -1 : message.indexOf('"', q + 1);
    return q >= 0 && end > q
        ? Text.of("import.header-twice", line, message.substring(q + 1, end))
        : Text.of("import.header-twice.unnamed", line);
  }
}
