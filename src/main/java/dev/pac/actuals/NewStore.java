package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A store written from imported rows alone (there was none yet). From {@link #TWO_PARTS_FROM} rows
 * on, the rows after the first {@link #FIRST_SHARE} of them are written on a thread of their own
 * while the first ones are written: that thread first counts the bytes the header and the first
 * rows take (each row's length follows from its ids and its value), then writes its rows from there
 * on, at their place in the file. The same bytes as one writer writes, in about half the time on
 * two cores, and no copy of the later rows kept in memory until the first ones are written.
 */
final class NewStore {
  /** Rows from which the store is made in two parts at once (about 4 MiB of store). */
  static final int TWO_PARTS_FROM = 100_000;

  /**
   * The share of the rows the command's thread writes: the other thread counts the bytes of these
   * before it writes the rest, so it takes fewer (a million rows into an empty store, 12 rounds
   * against an even split: 0.680 s against 0.740 s).
   */
  static final double FIRST_SHARE = 0.55;

  private NewStore() {}

  /** Writes the header and rows {@code order[0..count)} of {@code rows} to {@code ch}. */
  static void write(FileChannel ch, RowTable rows, int[] order, int count) throws IOException {
    write(
        ch,
        rows,
        order,
        count,
        count >= TWO_PARTS_FROM && Threads.cores() > 1 ? (int) (count * FIRST_SHARE) : count);
  }

  /**
   * As {@link #write}, the rows from {@code half} on written on a thread of their own, at their
   * place; the channel is left at the end of what was written.
   */
  static void write(FileChannel ch, RowTable rows, int[] order, int count, int half)
      throws IOException {
    if (half >= count) {
      StoreWriter w = new StoreWriter(ch, true);
      for (int k = 0; k < count; k++) {
        w.row(rows, order[k]);
      }
      w.flush();
      return;
    }
    long start = ch.position();
    Threads.Ahead<long[]> later =
        Threads.ahead(
            "pac-store-write",
            () -> {
              long at =
                  start + StoreWriter.headerLength() + StoreWriter.length(rows, order, 0, half);
              At out = new At(ch, at);
              try {
                StoreWriter w = new StoreWriter(out, false);
                for (int k = half; k < count; k++) {
                  w.row(rows, order[k]);
                }
                w.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return new long[] {at, out.position};
            });
    try {
      StoreWriter w = new StoreWriter(ch, true);
      for (int k = 0; k < half; k++) {
        w.row(rows, order[k]);
      }
      w.flush();
    } catch (IOException | RuntimeException e) {
      try {
        later.get(); // not left writing to a file being given up
      } catch (RuntimeException ignored) {
        // the first failure is the one reported
      }
      throw e;
    }
    long[] placed;
    try {
      placed = later.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (ch.position() != placed[0]) {
      throw new IllegalStateException(
          "the store's first half ends at byte "
              + ch.position()
              + ", its later half was written from byte "
              + placed[0]);
    }
    ch.position(placed[1]);
  }

  /** Writes at {@code position} onward of a file, its channel's own position left alone. */
  private static final class At implements WritableByteChannel {
    private final FileChannel ch;
    long position;

    At(FileChannel ch, long position) {
      this.ch = ch;
      this.position = position;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      int n = ch.write(src, position);
      position += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return ch.isOpen();
    }

    @Override
    public void close() {}
  }
}
