package dev.pac.actuals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upsert of imported rows into the store, on the key (date, kpi, segment, channel, action): a
 * new key is added, a known key with another value is updated, a known key with the same value is
 * unchanged. The imported rows are a {@link RowTable} taken in key order (an order of its indices,
 * unique keys); the stored rows come one by one in key order, as the store's reader reads them: one
 * linear merge, which streams (merged rows handed on one by one), so a large store is never held in
 * memory, and which makes no object a row.
 */
public final class Upsert {
  /** Receives the merged rows, in key order: the stored row just given, or an imported row. */
  public interface Out {
    void stored() throws IOException;

    void imported(int row) throws IOException;
  }

  /** The merged rows (for {@link #merge}) and what the import did. */
  public record Result(List<Actual> rows, int added, int updated, int unchanged) {}

  private final RowTable imported;
  private final int[] order;
  private final int count;
  private final Out out;
  private int j;
  private int added;
  private int updated;
  private int unchanged;

  /**
   * A streaming merge of the rows {@code order[from..count)} of {@code imported} (in key order,
   * unique) into stored rows; {@code out} may be null (counting only).
   */
  public Upsert(RowTable imported, int[] order, int from, int count, Out out) {
    this.imported = imported;
    this.order = order;
    this.j = from;
    this.count = count;
    this.out = out;
  }

  /**
   * The next stored row, in key order; {@code wide}: the value's text when {@code packed} is {@link
   * PackedDecimal#WIDE}.
   */
  public void stored(
      int date, String kpi, String segment, String channel, String action, long packed, String wide)
      throws IOException {
    while (j < count) {
      int n = order[j];
      int c = compare(date, kpi, segment, channel, action, n);
      if (c < 0) {
        break;
      }
      j++;
      if (c > 0) {
        added++;
        emitImported(n);
        continue;
      }
      if (packed == imported.packed(n)
          && (packed != PackedDecimal.WIDE || wide.equals(imported.value(n)))) {
        unchanged++;
        emitStored();
      } else {
        updated++;
        emitImported(n);
      }
      return;
    }
    emitStored();
  }

  /** The row {@code r} has just read from the store. */
  void stored(StoreRows r) throws IOException {
    stored(r.date, r.kpi, r.segment, r.channel, r.action, r.packed, r.value);
  }

  private int compare(int date, String kpi, String segment, String channel, String action, int n) {
    return Actual.compareKey(
        date,
        kpi,
        segment,
        channel,
        action,
        imported.date(n),
        imported.kpi(n),
        imported.segment(n),
        imported.channel(n),
        imported.action(n));
  }

  /** After the last stored row: the imported rows left are added. */
  public void finish() throws IOException {
    while (j < count) {
      added++;
      emitImported(order[j++]);
    }
  }

  private void emitStored() throws IOException {
    if (out != null) {
      out.stored();
    }
  }

  private void emitImported(int n) throws IOException {
    if (out != null) {
      out.imported(n);
    }
  }

  /** Adds what {@code part}, a merge of other rows, counted. */
  void add(Upsert part) {
    added += part.added;
    updated += part.updated;
    unchanged += part.unchanged;
  }

  /** The imported rows merged. */
  RowTable imported() {
    return imported;
  }

  /** How many imported rows (in key order) the merge has taken so far. */
  public int taken() {
    return j;
  }

  public int added() {
    return added;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  /** The whole merge in memory ({@code stored} and {@code imported} sorted, unique). */
  public static Result merge(List<Actual> stored, List<Actual> imported) {
    RowTable t = RowTable.of(imported);
    int[] order = new int[t.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Actual> rows = new ArrayList<>(stored.size() + imported.size());
    Actual[] current = {null};
    Upsert u =
        new Upsert(
            t,
            order,
            0,
            order.length,
            new Out() {
              @Override
              public void stored() {
                rows.add(current[0]);
              }

              @Override
              public void imported(int row) {
                rows.add(imported.get(row));
              }
            });
    try {
      for (Actual s : stored) {
        current[0] = s;
        long p = PackedDecimal.pack(s.value());
        u.stored(s.date(), s.kpi(), s.segment(), s.channel(), s.action(), p, s.value());
      }
      u.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a list does not throw
    }
    return new Result(rows, u.added, u.updated, u.unchanged);
  }
}
