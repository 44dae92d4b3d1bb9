package dev.pac.actuals;

import dev.pac.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imported rows upserted into the store file: counted against the store in one pass, then written
 * atomically, copying the old file's bytes up to the first row that changes.
 */
final class StoreUpsert {
  private StoreUpsert() {}

  /**
   * Upserts the rows {@code order[0..count)} of {@code imported} (in key order, unique) into the
   * store, rewriting it atomically when {@code write} and something changes (or the file is not in
   * canonical form).
   *
   * <p>The store is parsed once, in place on its bytes (no object a row), to count the merge and to
   * find where the new file first differs from the old: the row before which an imported row is
   * added, or which is updated, or which is not written canonically. Up to there the new file is
   * the old file's bytes, copied; from there the rest of the store is parsed again and merged. The
   * weekly case (new rows dated after the store's) so parses the store once and copies it; an
   * import that changes nothing writes nothing. A store out of order or not canonical in form (a
   * BOM, CRLF) is loaded, sorted and rewritten whole.
   */
  static ActualsStore.Upserted upsert(
      Path file, String where, RowTable imported, int[] order, int count, boolean write) {
    if (!ActualsStore.exists(file, where)) {
      boolean written = write && count > 0;
      if (written) {
        AtomicFile.write(
            file,
            where,
            ch -> {
              StoreWriter w = new StoreWriter(ch, true);
              for (int k = 0; k < count; k++) {
                w.row(imported, order[k]);
              }
              w.flush();
            });
      }
      return new ActualsStore.Upserted(count, 0, 0, written);
    }
    Upsert counting = new Upsert(imported, order, 0, count, null);
    long firstChange = -1; // the offset of the first row that the new file does not copy
    int firstChangeLine = 0;
    int importedBefore = 0; // imported rows merged (all unchanged) before that row
    StoreRows.Info info;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      StoreRows p = StoreRows.of(in, file, where, StoreRows.PACKED);
      while (p.next()) {
        int changes = counting.added() + counting.updated();
        int taken = counting.taken();
        counting.stored(p.date, p.kpi, p.segment, p.channel, p.action, p.packed, p.value);
        if (firstChange < 0
            && (counting.added() + counting.updated() != changes || !p.valueCanonical)) {
          firstChange = p.rowStart;
          firstChangeLine = p.line;
          importedBefore = taken;
        }
      }
      counting.finish();
      info = p.finish();
      size = p.w.size();
    } catch (IOException e) {
      throw ActualsStore.failure(where, e); // counting writes nothing
    }
    boolean changed = counting.added() > 0 || counting.updated() > 0 || firstChange >= 0;
    if (!info.sorted() || !info.canonicalForm()) {
      List<Actual> rows = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        rows.add(imported.actual(order[k]));
      }
      Upsert.Result merged =
          Upsert.merge(ActualsStore.load(file, where).rows(), rows); // load sorts the rows
      if (write) {
        AtomicFile.write(
            file,
            where,
            ch -> {
              StoreWriter w = new StoreWriter(ch, true);
              for (Actual a : merged.rows()) {
                long v = PackedDecimal.pack(a.value());
                w.row(a.date(), a.kpi(), a.segment(), a.channel(), a.action(), v, a.value());
              }
              w.flush();
            });
      }
      return new ActualsStore.Upserted(merged.added(), merged.updated(), merged.unchanged(), write);
    }
    if (!write || !changed) {
      return new ActualsStore.Upserted(
          counting.added(), counting.updated(), counting.unchanged(), false);
    }
    long copy = firstChange >= 0 ? firstChange : size; // the rows after all stored ones: copy all
    int from = firstChange >= 0 ? importedBefore : counting.taken() - counting.added();
    int line = firstChangeLine;
    AtomicFile.write(
        file,
        where,
        ch -> {
          try (FileChannel old = FileChannel.open(file)) {
            for (long done = 0;
                done
                    < copy; ) { // the old file's bytes up to the first change, copied by the kernel
              done += old.transferTo(done, copy - done, ch);
            }
          }
          ch.position(copy);
          StoreWriter w = new StoreWriter(ch, copy == 0);
          // the stored rows after the copied part, read from where the copy stopped (none when
          // every stored row was copied)
          try (InputStream in =
              copy < size ? Files.newInputStream(file) : InputStream.nullInputStream()) {
            in.skipNBytes(copy < size ? copy : 0);
            StoreRows rest = copy < size ? StoreRows.from(in, file, where, copy, line) : null;
            Upsert merge =
                new Upsert(
                    imported,
                    order,
                    from,
                    count,
                    new Upsert.Out() {
                      @Override
                      public void stored() throws IOException {
                        w.row(
                            rest.date,
                            rest.kpi,
                            rest.segment,
                            rest.channel,
                            rest.action,
                            rest.packed,
                            rest.value);
                      }

                      @Override
                      public void imported(int row) throws IOException {
                        w.row(imported, row);
                      }
                    });
            while (rest != null && rest.next()) {
              merge.stored(
                  rest.date,
                  rest.kpi,
                  rest.segment,
                  rest.channel,
                  rest.action,
                  rest.packed,
                  rest.value);
            }
            merge.finish();
          }
          w.flush();
        });
    return new ActualsStore.Upserted(
        counting.added(), counting.updated(), counting.unchanged(), true);
  }
}
