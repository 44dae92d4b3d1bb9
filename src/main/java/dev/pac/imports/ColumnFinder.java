package dev.pac.imports;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.yaml.Location;
import java.util.List;
import java.util.Map;

/**
 * Finds mapped columns in a header; a missing one is a finding at the mapping's value naming the
 * columns the file has (or, for the store's layout, at the header).
 */
final class ColumnFinder {
  private final ImportSettings s;
  private final LoadedMapping mapping;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final String file;
  private final int headerLine;
  private final List<Finding> findings;

  ColumnFinder(
      ImportSettings s,
      LoadedMapping mapping,
      List<String> header,
      Map<String, Integer> index,
      String file,
      int headerLine,
      List<Finding> findings) {
    this.s = s;
    this.mapping = mapping;
    this.header = header;
    this.index = index;
    this.file = file;
    this.headerLine = headerLine;
    this.findings = findings;
  }

  /**
   * The column of each condition of {@code where} into {@code cols}, its accepted values into
   * {@code values}; {@code kpiKey} (null: none) is the mapping path of the KPI whose own condition
   * a column may be.
   */
  void conditions(Map<String, List<String>> where, String kpiKey, int[] cols, String[][] values) {
    int j = 0;
    for (Map.Entry<String, List<String>> e : where.entrySet()) {
      String own = kpiKey == null ? null : kpiKey + ".where." + e.getKey();
      cols[j] = find(e.getKey(), own, "where." + e.getKey());
      values[j++] = e.getValue().toArray(String[]::new);
    }
  }

  /** The column's index, or -1 with a finding at {@code mappingPath} (null: the store's layout). */
  int find(String column, String mappingPath) {
    return find(column, null, mappingPath);
  }

  /**
   * The same, the finding at {@code own} when the mapping writes that path (a KPI's own column or
   * condition), else at {@code otherwise}: the mapping is looked at only for a finding.
   */
  int find(String column, String own, String otherwise) {
    Integer i = index.get(column);
    if (i == null) {
      String mappingPath = own != null && mapping.index().has(own) ? own : otherwise;
      Object[] args = {
        Excerpt.of(column),
        file,
        Nearest.suggestionText(column, header),
        headerLine,
        Columns.quoted(header),
        null
      };
      if (mappingPath == null) {
        add(null, Text.of("mapping.store-column-missing", args));
        return -1;
      }
      boolean titleLines =
          s.skipRows() >= 0 && headerLine == 1 && header.stream().noneMatch(s.columns()::contains);
      args[5] = titleLines ? Text.of("mapping.column-not-in-file.title-lines") : Text.plain("");
      add(mappingPath, Text.of("mapping.column-not-in-file", args));
      return -1;
    }
    return i;
  }

  private void add(String mappingPath, Text message) {
    if (mappingPath == null) {
      findings.add(Finding.of(file, headerLine, 1, Severity.ERROR, Rule.SCHEMA_REQUIRED, message));
      return;
    }
    Location at = mapping.index().value(mappingPath);
    Finding f =
        Finding.of(
            mapping.file(), at.line(), at.column(), Severity.ERROR, Rule.REF_UNKNOWN, message);
    if (!findings.contains(f)) { // a column of the mapping's where is every KPI's condition: once
      findings.add(f);
    }
  }
}
