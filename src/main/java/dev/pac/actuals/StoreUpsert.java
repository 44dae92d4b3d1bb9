package dev.pac.actuals;

import dev.pac.files.AtomicFile;
import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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
   *
   * <p>A store of {@link StoreParts#FROM} bytes or more is counted in two parts at once, on two
   * cores ({@link Counted#inTwoParts}): by then the plans are checked and the second core is free.
   * Anything but a plain store (out of order, not canonical, an error) is counted again in one
   * pass, which says what is wrong at its line as before.
   */
  static ActualsStore.Upserted upsert(
      Path file,
      String where,
      RowTable imported,
      int[] order,
      int count,
      boolean write,
      KnownStores known) {
    if (!ActualsStore.exists(file, where)) {
      boolean written = write && count > 0;
      if (written) {
        AtomicFile.write(file, where, ch -> NewStore.write(ch, imported, order, count));
      }
      return new ActualsStore.Upserted(count, 0, 0, written);
    }
    Counted counting = null;
    try {
      long total = Files.size(file);
      if (count > 0 && known.mayKnow(total)) {
        StoreDigest d = knownBefore(file, where, imported, order, known);
        if (d != null) {
          counting = Counted.appended(d, imported, order, count);
        }
      }
      boolean digest = known.keeps(total);
      if (counting == null && total >= StoreParts.FROM && Threads.cores() > 1) {
        counting =
            Counted.inTwoParts(
                file, where, imported, order, count, StoreParts.middleRow(file, total), digest);
      }
      if (counting == null) {
        counting = Counted.whole(file, where, imported, order, count, digest);
      }
    } catch (IOException e) {
      throw ActualsStore.failure(where, e); // counting writes nothing
    }
    StoreRows.Info info = counting.info;
    long size = counting.size;
    long firstChange = counting.firstChange;
    int firstChangeLine = counting.firstChangeLine;
    int importedBefore = counting.importedBefore;
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
    StoreDigest before = counting.digest; // the store read through without a flaw, or known
    if (!write || !changed) {
      remember(known, before);
      return new ActualsStore.Upserted(
          counting.added(), counting.updated(), counting.unchanged(), false);
    }
    long copy = firstChange >= 0 ? firstChange : size; // the rows after all stored ones: copy all
    int from = firstChange >= 0 ? importedBefore : count - counting.added();
    int line = firstChangeLine;
    // the new store is the old one and rows after it: its digest follows from the old one's and
    // the appended bytes'
    StoreDigest.Sum appended = before != null && copy == size ? new StoreDigest.Sum() : null;
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
          StoreWriter w =
              new StoreWriter(
                  appended == null ? ch : new StoreDigest.Writing(ch, appended), copy == 0);
          // the stored rows after the copied part, read from where the copy stopped (none when
          // every stored row was copied)
          try (InputStream in =
              copy < size ? Files.newInputStream(file) : InputStream.nullInputStream()) {
            in.skipNBytes(copy < size ? copy : 0);
            StoreRows rest =
                copy < size ? StoreRows.from(in, file, where, copy, line).sharing(imported) : null;
            Upsert merge =
                new Upsert(
                    imported,
                    order,
                    from,
                    count,
                    new Upsert.Out() {
                      @Override
                      public void stored() throws IOException {
                        w.row(rest);
                      }

                      @Override
                      public void imported(int row) throws IOException {
                        w.row(imported, row);
                      }
                    });
            while (rest != null && rest.next()) {
              merge.stored(rest);
            }
            merge.finish();
          }
          w.flush();
        });
    remember(known, before, appended == null ? null : before.then(appended.digest()));
    return new ActualsStore.Upserted(
        counting.added(), counting.updated(), counting.unchanged(), true);
  }

  /**
   * The store's digest when {@code known} knows it (read through or written without a flaw before)
   * and every imported row goes after its last row: the weekly case, whose rows are then appended
   * to a copy of the store without reading it through. Null otherwise, for a count.
   */
  private static StoreDigest knownBefore(
      Path file, String where, RowTable imported, int[] order, KnownStores known)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      long last = lastRowStart(ch, size);
      if (last <= 0) {
        return null;
      }
      StoreRows row;
      try (InputStream in = new StoreParts.Slice(ch, last, size)) {
        row = StoreRows.from(in, file, where, last, 1);
        if (!row.next()) {
          return null;
        }
      } catch (RuntimeException e) {
        return null; // not a row: the count says what it is
      }
      int first = order[0];
      if (Actual.compareKey(
              imported.date(first),
              imported.kpi(first),
              imported.segment(first),
              imported.channel(first),
              imported.action(first),
              row.date,
              row.kpi,
              row.segment,
              row.channel,
              row.action)
          <= 0) {
        return null;
      }
      StoreDigest d = StoreDigest.of(ch, 0, size);
      return d.size() == size && known.knows(d.key()) ? d : null;
    }
  }

  /** Keeps the digests (null: none) of stores found or written without a flaw. */
  private static void remember(KnownStores known, StoreDigest... digests) {
    List<String> keys = new ArrayList<>();
    for (StoreDigest d : digests) {
      if (d != null && known.keeps(d.size())) {
        keys.add(d.key());
      }
    }
    if (!keys.isEmpty()) {
      known.add(keys);
    }
  }

  /** The bytes looked at for the store's last line: a row is far shorter. */
  static final int LAST_LINE_WINDOW = 64 << 10;

  /**
   * Where the last line of a file that ends with LF starts (after the LF before it); -1 when the
   * file does not end with LF or that line is longer than {@link #LAST_LINE_WINDOW}.
   */
  static long lastRowStart(FileChannel ch, long size) throws IOException {
    int n = (int) Math.min(size, LAST_LINE_WINDOW);
    if (n < 2) {
      return -1;
    }
    ByteBuffer b = ByteBuffer.allocate(n);
    long from = size - n;
    while (b.hasRemaining()) {
      if (ch.read(b, from + b.position()) < 0) {
        return -1;
      }
    }
    byte[] a = b.array();
    if (a[n - 1] != '\n') {
      return -1;
    }
    for (int i = n - 2; i >= 0; i--) {
      if (a[i] == '\n') {
        return from + i + 1;
      }
    }
    return from == 0 ? 0 : -1;
  }

  /**
   * The merge counted against the store: how many imported rows are added, updated or unchanged,
   * and where the new file first differs from the old (the offset and line of the stored row before
   * which an imported row goes, or which is updated, or which is not written canonically; -1 when
   * none), with how many imported rows come before it.
   */
  static final class Counted {
    private final Upsert upsert;
    long firstChange = -1;
    int firstChangeLine;
    int importedBefore;
    StoreRows.Info info;
    long size;

    /** The store's digest, when read through without a flaw (or known so) and digested. */
    StoreDigest digest;

    /** Whether every row read had its value written canonically. */
    private boolean valuesCanonical = true;

    /** For a part: the last row's line and key, and what the imported rows after it did. */
    private int lastLine;

    private int lastDate;
    private String lastKpi;
    private String lastSegment;
    private String lastChannel;
    private String lastAction;
    private int takenBeforeEnd;
    private boolean addedAtEnd;
    private boolean clean;

    private Counted(RowTable imported, int[] order, int from, int to) {
      upsert = new Upsert(imported, order, from, to, null);
    }

    int added() {
      return upsert.added();
    }

    int updated() {
      return upsert.updated();
    }

    int unchanged() {
      return upsert.unchanged();
    }

    /**
     * A store known without a flaw whose rows all come before the imported ones: every imported row
     * is added after them, and nothing is read.
     */
    static Counted appended(StoreDigest known, RowTable imported, int[] order, int count)
        throws IOException {
      Counted c = new Counted(imported, order, 0, count);
      c.upsert.finish();
      c.info = new StoreRows.Info(true, true);
      c.size = known.size();
      c.digest = known;
      return c;
    }

    /** The whole store, in one pass; digested when {@code digest}. */
    static Counted whole(
        Path file, String where, RowTable imported, int[] order, int count, boolean digest)
        throws IOException {
      Counted c = new Counted(imported, order, 0, count);
      try (StoreDigest.Reading in = new StoreDigest.Reading(Files.newInputStream(file), digest)) {
        StoreRows p = StoreRows.of(in, file, where, StoreRows.PACKED);
        c.scan(p);
        c.info = p.finish();
        c.size = p.w.size();
        StoreDigest d = in.digest();
        if (d != null && c.flawless() && d.size() == c.size) {
          c.digest = d;
        }
      }
      return c;
    }

    /** Whether the rows read are sorted, in canonical form and with canonical values. */
    private boolean flawless() {
      return clean && valuesCanonical;
    }

    /**
     * The store counted in two parts at once, split at the row starting at offset {@code middle}:
     * the rows before it on this thread, the rest on another, each part against the imported rows
     * whose keys fall in its range. Null, for a count in one pass, when anything is not plain: a
     * part out of order, not in canonical form or with an error (the one pass then says which, at
     * its line), or the parts not in order with each other. Both parts are read from one opening of
     * the file.
     */
    static Counted inTwoParts(
        Path file,
        String where,
        RowTable imported,
        int[] order,
        int count,
        long middle,
        boolean digest)
        throws IOException {
      if (middle <= 0) {
        return null;
      }
      try (FileChannel ch = FileChannel.open(file)) {
        long size = ch.size();
        // the key of the second part's first row splits the imported rows
        StoreRows first;
        try (InputStream in = new StoreParts.Slice(ch, middle, size)) {
          first = StoreRows.from(in, file, where, middle, 1);
          if (!first.next()) {
            return null;
          }
        } catch (RuntimeException e) {
          return null;
        }
        int split = 0;
        while (split < count
            && Actual.compareKey(
                    imported.date(order[split]),
                    imported.kpi(order[split]),
                    imported.segment(order[split]),
                    imported.channel(order[split]),
                    imported.action(order[split]),
                    first.date,
                    first.kpi,
                    first.segment,
                    first.channel,
                    first.action)
                < 0) {
          split++;
        }
        Counted second = new Counted(imported, order, split, count);
        Threads.Ahead<Boolean> later =
            Threads.ahead(
                "pac-store-count",
                () -> {
                  try (StoreDigest.Reading in =
                      new StoreDigest.Reading(new StoreParts.Slice(ch, middle, size), digest)) {
                    StoreRows p = StoreRows.from(in, file, where, middle, 1);
                    second.scan(p);
                    second.size = p.w.size();
                    if (second.flawless()) {
                      second.digest = in.digest();
                    }
                    return second.clean;
                  } catch (IOException | RuntimeException e) {
                    return false;
                  }
                });
        Counted c = new Counted(imported, order, 0, split);
        try (StoreDigest.Reading in =
            new StoreDigest.Reading(new StoreParts.Slice(ch, 0, middle), digest)) {
          StoreRows p = StoreRows.of(in, file, where, StoreRows.PACKED);
          c.scan(p);
          if (c.flawless()) {
            c.digest = in.digest();
          }
        } catch (RuntimeException e) {
          c.clean = false;
        }
        if (!later.get() || !c.clean || c.lastKpi == null) {
          return null;
        }
        if (Actual.compareKey(
                c.lastDate,
                c.lastKpi,
                c.lastSegment,
                c.lastChannel,
                c.lastAction,
                first.date,
                first.kpi,
                first.segment,
                first.channel,
                first.action)
            >= 0) {
          return null; // the parts are not in order with each other
        }
        return joined(c, second, middle, imported, order, count);
      }
    }

    /** The counts of the two parts, split at {@code middle}, as one count of the whole store. */
    private static Counted joined(
        Counted c, Counted second, long middle, RowTable imported, int[] order, int count) {
      // the two parts as one: the second part's lines follow the first's
      Counted all = new Counted(imported, order, count, count);
      all.info = new StoreRows.Info(true, true);
      all.size = second.size;
      all.upsert.add(c.upsert);
      all.upsert.add(second.upsert);
      if (c.digest != null
          && second.digest != null
          && c.digest.size() == middle
          && second.digest.size() == second.size - middle) {
        all.digest = c.digest.then(second.digest);
      }
      if (c.firstChange >= 0) {
        all.firstChange = c.firstChange;
        all.firstChangeLine = c.firstChangeLine;
        all.importedBefore = c.importedBefore;
      } else if (c.addedAtEnd) { // imported rows go before the second part's first row
        all.firstChange = middle;
        all.firstChangeLine = c.lastLine + 1;
        all.importedBefore = c.takenBeforeEnd;
      } else if (second.firstChange >= 0) {
        all.firstChange = second.firstChange;
        all.firstChangeLine = second.firstChangeLine + c.lastLine;
        all.importedBefore = second.importedBefore;
      }
      return all;
    }

    /** Counts the merge over the rows of {@code p}; notes the first change and the last row. */
    private void scan(StoreRows p) throws IOException {
      p.sharing(upsert.imported());
      while (p.next()) {
        int changes = upsert.added() + upsert.updated();
        int taken = upsert.taken();
        upsert.stored(p);
        valuesCanonical &= p.valueCanonical;
        if (firstChange < 0
            && (upsert.added() + upsert.updated() != changes || !p.valueCanonical)) {
          firstChange = p.rowStart;
          firstChangeLine = p.line;
          importedBefore = taken;
        }
      }
      takenBeforeEnd = upsert.taken();
      int added = upsert.added();
      upsert.finish();
      addedAtEnd = upsert.added() != added;
      lastLine = p.line;
      lastDate = p.date;
      lastKpi = p.kpi;
      lastSegment = p.segment;
      lastChannel = p.channel;
      lastAction = p.action;
      clean = p.sorted && p.canonicalForm;
    }
  }
}
