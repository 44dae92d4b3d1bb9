package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.i18n.Text;
import dev.pac.text.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * The dates of one export's rows: each date cell read with the mapping's pattern as its row is
 * read, or with {@code format: auto} kept until the whole file has told the order of its slashed
 * dates, then read.
 */
final class RowDates {
  private final DateCells dates;
  private final Locale locale;
  private final List<String> footer;
  private final String column;
  private final boolean store;
  private final FileRejections rejections;
  private final DateCells.Evidence evidence = new DateCells.Evidence();
  private final List<String> pending = new ArrayList<>(); // auto: each row's date cell

  RowDates(ImportSettings s, boolean store, String column, FileRejections rejections) {
    this.store = store;
    this.dates = new DateCells(s.dateFormat(), s.locale());
    this.locale = s.locale();
    this.footer = s.footer();
    this.column = column;
    this.rejections = rejections;
  }

  /** The date, -1 when bad (rejected), or -2 with {@code auto} (decided once the file is read). */
  int read(String cell, int line, CSVRecord r) {
    if (cell.isEmpty()) {
      rejections.add(line, Text.of("import.no-date", column, Footer.hint(r, footer)));
      return -1;
    }
    if (dates.auto()) {
      evidence.see(cell, line);
      return -2;
    }
    int d = dates.parse(cell);
    if (d < 0) {
      // the key that fixes it: the footer's (a total line), else the locale (month names), else
      // the format (a mapping's dates written another way)
      Text footerHint = Footer.hint(r, footer);
      boolean names =
          !footerHint.keyed()
              && locale == Locale.ROOT
              && cell.chars().anyMatch(Character::isLetter);
      Text hint =
          footerHint.keyed() || names || store ? footerHint : Text.of("import.bad-date.format");
      rejections.add(
          line,
          Text.of(
              "import.bad-date",
              Excerpt.of(cell),
              dates.pattern(),
              names ? Text.of("import.bad-date.month-names") : Footer.NONE,
              hint));
    }
    return d;
  }

  /** A row was kept with date cell {@code cell}. */
  void kept(String cell) {
    if (dates.auto()) {
      pending.add(cell);
    }
  }

  /** With {@code format: auto}: decides the order from the whole file, then dates the rows. */
  void finish(List<Incoming> rows) {
    if (!dates.auto()) {
      return;
    }
    int[] at = {0};
    Text problem = dates.decide(evidence, column, at);
    if (problem != null) {
      rejections.add(at[0], problem);
      rows.clear();
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      Incoming in = rows.get(i);
      int d = dates.parse(pending.get(i));
      if (d < 0) {
        rejections.add(in.line(), Text.of("import.bad-date-auto", Excerpt.of(pending.get(i))));
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
}
