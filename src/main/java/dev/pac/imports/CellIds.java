package dev.pac.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * The labels and ids read from one export's cells, each distinct one kept once: rows share the same
 * String objects, and a column repeating its value row after row is not looked up again.
 */
final class CellIds {
  private final Map<String, String> ids = new HashMap<>();

  /** The last cell read in each column and its interned id. */
  private final String[] lastCell = new String[64];

  private final String[] lastId = new String[64];

  String intern(String id) {
    String known = ids.putIfAbsent(id, id);
    return known != null ? known : id;
  }

  /** {@link #intern} for a cell of column {@code col}. */
  String intern(int col, String cell) {
    if (col < lastCell.length) {
      if (cell.equals(lastCell[col])) {
        return lastId[col];
      }
      lastCell[col] = cell;
      return lastId[col] = intern(cell);
    }
    return intern(cell);
  }
}
