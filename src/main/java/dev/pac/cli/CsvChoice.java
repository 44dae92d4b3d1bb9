package dev.pac.cli;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Lang;
import dev.pac.render.CsvDialect;

/**
 * {@code --csv DIALECT} of the commands that write CSV: it only means something with {@code
 * --format csv}, so anywhere else it is refused (exit 2) rather than silently ignored; without it,
 * French output gets Excel's French dialect and anything else RFC 4180.
 */
final class CsvChoice {
  private CsvChoice() {}

  /** Refuses {@code --csv} given for a format that is not CSV. */
  static void check(CsvDialect given, boolean csvFormat) {
    if (given != null && !csvFormat) {
      throw PacException.usage(Text.of("errors.csv-without-csv-format"));
    }
  }

  /** The dialect a CSV is written in: the one given, else the language's. */
  static CsvDialect of(CsvDialect given, Lang lang) {
    return given != null ? given : lang == Lang.FR ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180;
  }
}
