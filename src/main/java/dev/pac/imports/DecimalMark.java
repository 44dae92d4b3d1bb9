package dev.pac.imports;

import dev.pac.actuals.DecimalGuess;
import dev.pac.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** The decimal mark of an export's numbers: the settings', or the one its value cells tell. */
final class DecimalMark {
  private DecimalMark() {}

  /**
   * The settings' mark, or the one most of the first 10,000 records' value cells tell (else ','
   * after a ';' delimiter, '.' after another); what was guessed is added to {@code guessed}.
   */
  static char of(ImportSettings s, Records records, Columns c, char delimiter, List<Text> guessed) {
    String d = s.decimal();
    if (d != null && !"auto".equals(d)) {
      return d.charAt(0);
    }
    DecimalGuess guess = new DecimalGuess();
    List<Integer> valueCols = new ArrayList<>();
    if (c.kpiCols() != null) {
      for (int col : c.kpiCols()) {
        if (col >= 0) {
          valueCols.add(col);
        }
      }
    } else {
      valueCols.add(c.value());
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
          guess.see(Cells.trim(cell));
        }
      }
    }
    char mark = guess.decided();
    if (mark == 0) {
      mark = delimiter == ';' ? ',' : '.';
      if (sawMarks && mark == ',') {
        guessed.add(Text.of("import.guessed.decimal-from-delimiter"));
        return mark;
      }
    }
    if (mark == ',') {
      guessed.add(Text.of("import.guessed.decimal-comma"));
    }
    return mark;
  }
}
