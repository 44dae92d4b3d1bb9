package dev.pac.imports;

import dev.pac.i18n.Text;
import dev.pac.text.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code where} conditions of one export, checked record by record, remembering which accepted
 * values some record had: a condition whose value is spelt otherwise than the export writes it
 * ({@code "Closed won"} for {@code Closed Won}) keeps nothing, and the import warns, naming the
 * value as written.
 */
final class WhereCheck {
  /** Distinct values kept of a column, to compare with the conditions' values at the end. */
  private static final int KEPT = 64;

  /** A condition: a column and the values it accepts. */
  private record Condition(int col, String[] accepted) {}

  private final List<String> header;
  private final Map<String[], boolean[]> seen = new IdentityHashMap<>();
  private final Map<Integer, Set<String>> cells = new HashMap<>();
  private final List<Condition> order = new ArrayList<>(); // in the order they were first checked

  WhereCheck(List<String> header) {
    this.header = header;
  }

  /**
   * Whether every condition holds for {@code r}: its cell in {@code cols[i]} is one of {@code
   * accepted[i]}.
   */
  boolean holds(CSVRecord r, int[] cols, String[][] accepted) {
    for (int i = 0; i < cols.length; i++) {
      String cell = Cells.trim(r.get(cols[i]));
      boolean[] found = seen.get(accepted[i]);
      if (found == null) {
        found = new boolean[accepted[i].length];
        seen.put(accepted[i], found);
        order.add(new Condition(cols[i], accepted[i]));
      }
      boolean match = false;
      for (int v = 0; v < accepted[i].length; v++) {
        if (accepted[i][v].equals(cell)) {
          found[v] = true;
          match = true;
          break;
        }
      }
      if (!match) {
        Set<String> values = cells.computeIfAbsent(cols[i], c -> new LinkedHashSet<>());
        if (values.size() < KEPT) {
          values.add(cell);
        }
        return false;
      }
    }
    return true;
  }

  /**
   * A warning for each condition that kept no record it was checked on while those records have a
   * value spelt like one it wants but for case, accents and separators ({@code Closed Won} for
   * {@code "Closed won"}), naming the value as the export writes it. A condition whose values are
   * simply absent this time (no deal at that stage this week) says nothing.
   */
  List<Text> warnings(String file) {
    Set<Text> out = new LinkedHashSet<>(); // a condition the mapping gives every KPI: said once
    for (Condition c : order) {
      int col = c.col();
      String[] accepted = c.accepted();
      boolean kept = false;
      for (boolean f : seen.get(accepted)) {
        kept |= f;
      }
      Set<String> there = cells.getOrDefault(col, Set.of());
      for (int v = 0; v < accepted.length && !kept; v++) {
        // not "a few letters apart": Closed Lost is not a misspelt Closed Won
        String written = Label.match(accepted[v], there);
        if (written != null) {
          out.add(
              Text.of("import.where-spelt-otherwise", file, header.get(col), accepted[v], written));
        }
      }
    }
    return List.copyOf(out);
  }
}
