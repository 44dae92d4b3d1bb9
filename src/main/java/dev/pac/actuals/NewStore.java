package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A store written from imported rows alone (there was none yet). From {@link #TWO_PARTS_FROM} rows
 * on, the later half of the rows is made into bytes on a thread of its own while the first half is
 * written, and written after it: the same bytes as one writer makes, in about half the time on two
 * cores.
 */
final class NewStore {
  /** Rows from which the store is made in two parts at once (about 4 MiB of store). */
  static final int TWO_PARTS_FROM = 100_000;

  private NewStore() {}

  /** Writes the header and rows {@code order[0..count)} of {@code rows} to {@code ch}. */
  static void write(FileChannel ch, RowTable rows, int[] order, int count) throws IOException {
    write(
        ch, rows, order, count, count >= TWO_PARTS_FROM && Threads.cores() > 1 ? count / 2 : count);
  }

  /** As {@link #write}, the rows from {@code half} on made into bytes on a thread of their own. */
  static void write(WritableByteChannel ch, RowTable rows, int[] order, int count, int half)
      throws IOException {
    Threads.Ahead<List<ByteBuffer>> later =
        half < count
            ? Threads.ahead("pac-store-write", () -> bytes(rows, order, half, count))
            : null;
    StoreWriter w = new StoreWriter(ch, true);
    for (int k = 0; k < half; k++) {
      w.row(rows, order[k]);
    }
    w.flush();
    if (later != null) {
      for (ByteBuffer b : later.get()) {
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
    }
  }

  /** Rows {@code order[from..to)} as the store's bytes, without the header. */
  static List<ByteBuffer> bytes(RowTable rows, int[] order, int from, int to) {
    Chunks out = new Chunks();
    try {
      StoreWriter w = new StoreWriter(out, false);
      for (int k = from; k < to; k++) {
        w.row(rows, order[k]);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory is written without one
    }
    return out.chunks;
  }

  /** Bytes kept in memory, a copy of each buffer the writer hands on. */
  private static final class Chunks implements WritableByteChannel {
    final List<ByteBuffer> chunks = new ArrayList<>();

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      byte[] copy = new byte[n];
      src.get(copy);
      chunks.add(ByteBuffer.wrap(copy));
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
