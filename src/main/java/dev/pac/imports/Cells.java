package dev.pac.imports;

import org.apache.commons.csv.CSVRecord;

/**
 * The cells of a record as the import reads them: trimmed of spaces, tabs, no-break spaces and a
 * carriage return; a record whose cells are all empty is blank.
 */
final class Cells {
  private Cells() {}

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

  /** Whether every cell of {@code r} is empty. */
  static boolean blank(CSVRecord r) {
    return blankFrom(r, 0);
  }

  /** Cells past the header's width that are all empty (a spreadsheet's trailing delimiters). */
  static boolean blankFrom(CSVRecord r, int width) {
    for (int i = width; i < r.size(); i++) {
      if (!trim(r.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
