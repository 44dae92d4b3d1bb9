package dev.pac.imports;

import dev.pac.actuals.Decimals;
import dev.pac.i18n.Text;
import java.math.BigDecimal;

/**
 * Value cells read with a decimal mark: a number as a spreadsheet or CRM writes it, a trailing '%'
 * a percentage (25 % is 0.25); {@code store}: the store's layout, whose plain decimals take a
 * faster path.
 */
record ValueCells(char decimal, boolean store) {
  /** The canonical value of a number cell, or null. */
  String value(String cell) {
    if (decimal == '.' && store) {
      String v = Decimals.canonical(cell);
      if (v != null) {
        return v;
      }
    }
    if (cell.endsWith("%")) {
      String v = Decimals.parse(Cells.trim(cell.substring(0, cell.length() - 1)), decimal);
      return v == null
          ? null
          : Decimals.canonical(new BigDecimal(v).movePointLeft(2).toPlainString());
    }
    return Decimals.parse(cell, decimal);
  }

  /**
   * Why a cell is no value: not a number (with a hint for 58.8k), or a number beyond the store's
   * bounds.
   */
  Text why(String cell) {
    if (cell.matches("(?i)[-+]?[0-9.,]+\\s*[kmb]")) {
      return Text.of("import.value.suffix");
    }
    return Decimals.problem(cell, decimal);
  }
}
