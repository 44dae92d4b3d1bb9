package dev.pac.imports;

import dev.pac.actuals.Rejection;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import java.util.List;

/**
 * What one export gave: its rows, the rows refused, the mapping findings that stopped it before any
 * row, what was guessed (null: nothing), the rows a condition of {@code where} left out, and the
 * file's other warnings.
 */
record FileResult(
    List<Incoming> rows,
    List<Rejection> rejected,
    List<Finding> findings,
    Text guessed,
    int filtered,
    List<Text> warnings) {

  /** A file stopped by findings before any row. */
  static FileResult findings(List<Finding> findings) {
    return new FileResult(List.of(), List.of(), findings, null, 0, List.of());
  }
}
