package dev.pac.imports;

import dev.pac.i18n.Text;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The lines after a report's data ({@code footer}): a record whose first non-empty cell is one of
 * the footer words, alone or followed by a space, "(" or ":".
 */
final class Footer {
  private Footer() {}

  /** Whether the record's first non-empty cell is one of {@code words}. */
  static boolean starts(CSVRecord r, List<String> words) {
    for (int i = 0; i < r.size(); i++) {
      String cell = Cells.trim(r.get(i));
      if (!cell.isEmpty()) {
        return cell(cell, words);
      }
    }
    return false;
  }

  static boolean cell(String cell, List<String> words) {
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
   * For a rejected row that looks like a report footer while the mapping has none ({@code footer}
   * null): the key that ends the data there.
   */
  static Text hint(CSVRecord r, List<String> footer) {
    if (footer == null && starts(r, ImportSettings.FOOTER_WORDS)) {
      return Text.of("import.footer-hint");
    }
    return NONE;
  }

  /** No hint. */
  static final Text NONE = Text.plain("");
}
