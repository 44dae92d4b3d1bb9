package dev.pac.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upsert of imported rows into the store, on the key (date, kpi, segment, channel, action): a new
 * key is added, a known key with another value is updated, a known key with the same value is unchanged.
 * Both sides come sorted by {@link Actual#KEY_ORDER} and unique on the key, and so does the result: one
 * linear merge, which can stream (stored rows fed one by one, merged rows handed on one by one) so a
 * large store is never held in memory.
 */
public final class Upsert {
  /** Receives the merged rows, in key order. */
  public interface Out {
    void row(Actual a) throws IOException;
  }

  /** The merged rows (for {@link #merge}) and what the import did. */
  public record Result(List<Actual> rows, int added, int updated, int unchanged) {}

  private final List<Actual> imported;
  private final Out out;
  private int j;
  private int added;
  private int updated;
  private int unchanged;

  /** A streaming merge of {@code imported} (sorted, unique) into stored rows; {@code out} may be null (counting only). */
  public Upsert(List<Actual> imported, Out out) {
    this.imported = imported;
    this.out = out;
  }

  /** The next stored row, in key order. */
  public void stored(Actual s) throws IOException {
    while (j < imported.size()) {
      Actual n = imported.get(j);
      int c = Actual.compareKey(s, n);
      if (c < 0) {
        break;
      }
      j++;
      if (c > 0) {
        added++;
        emit(n);
        continue;
      }
      if (s.value().equals(n.value())) {
        unchanged++;
        emit(s);
      } else {
        updated++;
        emit(n);
      }
      return;
    }
    emit(s);
  }

  /** After the last stored row: the imported rows left are added. */
  public void finish() throws IOException {
    while (j < imported.size()) {
      added++;
      emit(imported.get(j++));
    }
  }

  private void emit(Actual a) throws IOException {
    if (out != null) {
      out.row(a);
    }
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

  /** The whole merge in memory. */
  public static Result merge(List<Actual> stored, List<Actual> imported) {
    List<Actual> rows = new ArrayList<>(stored.size() + imported.size());
    Upsert u = new Upsert(imported, rows::add);
    try {
      for (Actual s : stored) {
        u.stored(s);
      }
      u.finish();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a list does not throw
    }
    return new Result(rows, u.added, u.updated, u.unchanged);
  }
}
