package dev.pac.model;

import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.Dates;
import dev.pac.actuals.RowSink;
import dev.pac.report.ActualsIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Store rows as records, for tests: pac itself streams the store's rows into the report's index
 * ({@link ActualsIndex.Builder}) and never holds one object a row.
 */
public final class ActualRows {
  private ActualRows() {}

  /** The rows of the store file {@code file}, in file order; none when there is no file. */
  public static List<ActualRow> read(Path file, String where) {
    List<ActualRow> rows = new ArrayList<>();
    ActualsStore.read(file, where, collect(rows));
    return rows;
  }

  /** The rows of a store's bytes, in file order. */
  public static List<ActualRow> rows(byte[] bytes, String where) {
    List<ActualRow> rows = new ArrayList<>();
    ActualsStore.rows(bytes, where, collect(rows));
    return rows;
  }

  /** The report's index of {@code rows}, built as the store's reader builds it. */
  public static ActualsIndex index(List<ActualRow> rows) {
    ActualsIndex.Builder b = new ActualsIndex.Builder();
    for (ActualRow r : rows) {
      b.row(Dates.of(r.date()), r.kpi(), r.segment(), r.channel(), r.action(), r.value());
    }
    return b.build();
  }

  private static RowSink collect(List<ActualRow> rows) {
    return (date, kpi, segment, channel, action, value) ->
        rows.add(new ActualRow(Dates.toLocalDate(date), kpi, value, segment, channel, action));
  }
}
