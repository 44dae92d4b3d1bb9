package dev.pac.render;

import dev.pac.model.Keyword;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * How pac writes a CSV for its reader. {@code rfc4180}: comma, decimal point, LF, no byte-order
 * mark (for scripts); {@code excel}: the same with CRLF and a UTF-8 byte-order mark, so Excel reads
 * accents right; {@code excel-fr}: semicolon, decimal comma, CRLF and the byte-order mark, what
 * Excel expects with French settings, so every value lands in its own column and numbers stay
 * numbers.
 */
public enum CsvDialect implements Keyword {
  RFC4180(',', '.', false, "\n"),
  EXCEL(',', '.', true, "\r\n"),
  EXCEL_FR(';', ',', true, "\r\n");

  private final char delimiter;
  private final char decimal;
  private final boolean bom;
  private final String lineEnd;

  CsvDialect(char delimiter, char decimal, boolean bom, String lineEnd) {
    this.delimiter = delimiter;
    this.decimal = decimal;
    this.bom = bom;
    this.lineEnd = lineEnd;
  }

  /** The format of a table with {@code header}. */
  public CSVFormat format(String... header) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setRecordSeparator(lineEnd)
        .setQuoteMode(QuoteMode.MINIMAL)
        .setHeader(header)
        .get();
  }

  /** What to write before the table: the UTF-8 byte-order mark, or nothing. */
  public String preamble() {
    return bom ? "\uFEFF" : "";
  }

  /** A number written the plain way ({@code -1234.5}) with this dialect's decimal mark. */
  public String number(String plain) {
    return plain == null ? null : plain.replace('.', decimal);
  }
}
