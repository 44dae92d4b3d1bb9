package dev.pac.actuals;

/**
 * Receives the store's rows one by one, as read: the date as {@code yyyymmdd}, the KPI and
 * dimension ids ({@code ""} = total over that dimension; equal ids are mostly the same String), and
 * the value. Readers hand rows on without making an object a row.
 */
@FunctionalInterface
public interface RowSink {
  void row(int yyyymmdd, String kpi, String segment, String channel, String action, double value);
}
