package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.i18n.Text;
import dev.pac.model.ImportMapping.Dimension;
import dev.pac.text.Excerpt;
import dev.pac.text.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One export's records into rows or rejections: the {@code where} conditions, the dimension labels
 * (mapped through {@code values}), the date, the KPI (long layout: its label, mapped through {@code
 * kpi_names}) or each KPI's source (wide layout), and the value.
 */
final class RowReader {
  private static final Dimension[] DIMENSIONS = Dimension.values();

  private final ImportSettings s;
  private final boolean store;
  private final Columns c;
  private final int fileIndex;
  private final List<String> header;
  private final ValueCells values;
  private final RowDates dates;
  private final CellIds ids = new CellIds();
  private final WhereCheck where;
  private final Map<String, String> kpiLabels = new HashMap<>();
  private final List<Map<String, String>> labels = new ArrayList<>();

  /** The rows read, in line order. */
  final List<Incoming> rows;

  /** The records refused. */
  final FileRejections rejected;

  /** The records that a condition of {@code where} left out. */
  int filtered;

  private boolean dimsOk;

  RowReader(
      ImportSettings s,
      boolean store,
      Columns c,
      char decimal,
      String file,
      int fileIndex,
      List<String> header,
      int expectedRows) {
    this.s = s;
    this.store = store;
    this.c = c;
    this.fileIndex = fileIndex;
    this.header = header;
    this.where = new WhereCheck(header);
    this.values = new ValueCells(decimal, store);
    this.rejected = new FileRejections(file);
    this.dates = new RowDates(s, store, header.get(c.date()), rejected);
    this.rows = new ArrayList<>(expectedRows);
    if (s.kpiNames() != null) {
      s.kpiNames().forEach((id, label) -> kpiLabels.put(label, id));
    }
    for (Dimension d : DIMENSIONS) {
      labels.add(s.values().getOrDefault(d, Map.of()));
    }
  }

  /** Reads record {@code r}, which starts on line {@code line}. */
  void record(CSVRecord r, int line) {
    if (c.kpiCols() != null) {
      wide(r, line);
    } else {
      narrow(r, line);
    }
  }

  /** Wide layout: a row for each KPI whose condition holds and whose cell has a value. */
  private void wide(CSVRecord r, int line) {
    int[] kpiCols = c.kpiCols();
    boolean[] kept = new boolean[kpiCols.length];
    boolean any = false;
    for (int k = 0; k < kept.length; k++) {
      kept[k] = where.holds(r, c.kpiWhereCols()[k], c.kpiWhereValues()[k]);
      any |= kept[k];
    }
    if (!any) {
      filtered++;
      return;
    }
    String[] dims = dims(r, line);
    boolean ok = dimsOk;
    String dateCell = Cells.trim(r.get(c.date()));
    any = false;
    for (int k = 0; k < kpiCols.length; k++) {
      any |= kept[k] && (kpiCols[k] < 0 || !Cells.trim(r.get(kpiCols[k])).isEmpty());
    }
    if (!any) {
      return; // no value in this record: no row (a subtotal line, an empty week)
    }
    int date = dates.read(dateCell, line, r);
    for (int k = 0; k < kpiCols.length; k++) {
      if (!kept[k]) {
        continue;
      }
      int col = kpiCols[k];
      String value;
      boolean percent = false;
      if (col < 0) {
        value = "1"; // {count: true}: each row counts one
      } else {
        String cell = Cells.trim(r.get(col));
        if (cell.isEmpty()) {
          continue;
        }
        value = values.value(cell);
        if (value == null) {
          rejected.add(
              line,
              Text.of(
                  "import.bad-cell",
                  Excerpt.of(cell),
                  header.get(col),
                  values.why(cell),
                  Footer.hint(r, s.footer())));
          continue;
        }
        percent = cell.endsWith("%");
      }
      if (ok && date != -1) {
        add(
            new Actual(date, c.sources()[k].id(), dims[0], dims[1], dims[2], value),
            line,
            percent,
            dateCell);
      }
    }
  }

  /** Long layout: one row, its KPI named by a column. */
  private void narrow(CSVRecord r, int line) {
    if (!where.holds(r, c.whereCols(), c.whereValues())) {
      filtered++;
      return;
    }
    String[] dims = dims(r, line);
    boolean ok = dimsOk;
    String dateCell = Cells.trim(r.get(c.date()));
    String cell = Cells.trim(r.get(c.value()));
    if (cell.isEmpty()) {
      return; // an empty cell is no row
    }
    int date = dates.read(dateCell, line, r);
    String kpi = kpi(r, line);
    String value = values.value(cell);
    if (value == null) {
      Text why = values.why(cell);
      Text hint = Footer.hint(r, s.footer());
      rejected.add(
          line,
          store
              ? Text.of("import.bad-value", Excerpt.of(cell), why, hint)
              : Text.of(
                  "import.bad-value.column", Excerpt.of(cell), header.get(c.value()), why, hint));
      return;
    }
    if (ok && date != -1 && kpi != null) {
      add(
          new Actual(date, kpi, dims[0], dims[1], dims[2], value),
          line,
          cell.endsWith("%"),
          dateCell);
    }
  }

  /**
   * The segment, channel and action of a record, mapped through {@code values}; {@link #dimsOk}
   * false when one is empty in a grouped file (rejected).
   */
  private String[] dims(CSVRecord r, int line) {
    String[] dims = {"", "", ""};
    dimsOk = true;
    for (int d = 0; d < 3; d++) {
      int col = c.dims()[d];
      if (col < 0) {
        continue;
      }
      String label = ids.intern(col, Cells.trim(r.get(col)));
      Map<String, String> mapping = labels.get(d);
      String mapped = mapping.isEmpty() ? null : mapping.get(label);
      if (mapped == null && !label.isEmpty() && !mapping.isEmpty()) {
        String near = Label.match(label, mapping.keySet());
        mapped = near == null ? null : mapping.get(near);
      }
      String v = ids.intern(mapped != null ? mapped : label);
      if (v.isEmpty() && s.group()) {
        rejected.add(
            line,
            Text.of(
                "import.no-dimension",
                DIMENSIONS[d].id(),
                header.get(col),
                Footer.hint(r, s.footer())));
        dimsOk = false;
      }
      dims[d] = v;
    }
    return dims;
  }

  private void add(Actual a, int line, boolean percent, String dateCell) {
    rows.add(new Incoming(a, fileIndex, line, percent));
    dates.kept(dateCell);
  }

  private String kpi(CSVRecord r, int line) {
    String label = Cells.trim(r.get(c.kpi()));
    String mapped = kpiLabels.get(label);
    if (mapped != null) {
      return mapped;
    }
    if (label.isEmpty()) {
      rejected.add(line, Text.of("import.no-kpi", header.get(c.kpi()), Footer.hint(r, s.footer())));
      return null;
    }
    if (!kpiLabels.isEmpty()) {
      String near = Label.match(label, kpiLabels.keySet());
      if (near != null) {
        return kpiLabels.get(near);
      }
    }
    return ids.intern(c.kpi(), label); // matched to the plans' KPIs once every file is read
  }

  /** What the import says of this file's {@code where} conditions (a value no record has). */
  List<Text> warnings() {
    return where.warnings(rejected.file());
  }

  /** Dates the rows once the whole file is read ({@code format: auto}). */
  void finish() {
    dates.finish(rows);
  }
}
