package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A large store read in two parts at once, on two cores: the rows before the first row that starts
 * after the middle of the file on the thread that reads, the rest on another, each into a part of
 * the sink ({@link PartedSink}), then both parts handed to the sink in order. The sink then holds
 * what one pass would have handed it.
 *
 * <p>Only a plain store is read so: when a part meets anything a pass would report or treat apart
 * (an error, rows out of key order, or the two parts out of order with each other), nothing is
 * handed to the sink and {@link #read} says so, for the one pass to read the store again and report
 * what is wrong at its line.
 */
final class StoreParts {
  private StoreParts() {}

  /** A store this large is read in two parts when the machine has two cores. */
  static final long FROM = 4L << 20;

  /**
   * Reads {@code file} in two parts when it is {@link #FROM} bytes or more; false, with nothing
   * handed to {@code sink}, when it is smaller, not plain (see the class), or has no row start near
   * its middle. Both parts are read from one opening of the file, so that a store replaced
   * meanwhile (an import renames its new file into place) is read whole as one version or the
   * other.
   */
  static boolean read(Path file, String where, PartedSink sink) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      return size >= FROM && read(ch, file, where, sink, StoreUpsert.middleRow(ch, size), size);
    }
  }

  /** The same at the split {@code middle}, a row's start, whatever the store's size (tests). */
  static boolean read(Path file, String where, PartedSink sink, long middle) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      return read(ch, file, where, sink, middle, ch.size());
    }
  }

  private static boolean read(
      FileChannel ch, Path file, String where, PartedSink sink, long middle, long size) {
    if (middle <= 0) {
      return false;
    }
    Part second = new Part(sink.part());
    Threads.Ahead<Boolean> later =
        Threads.ahead(
            "pac-store-read-2",
            () -> {
              try (InputStream in = new Slice(ch, middle, size)) {
                return second.read(StoreRows.from(in, file, where, middle, 1, StoreRows.DOUBLE));
              } catch (IOException | RuntimeException e) {
                return false;
              }
            });
    Part first = new Part(sink.part());
    boolean plain;
    try (InputStream in = new Slice(ch, 0, middle)) {
      plain = first.read(StoreRows.of(in, file, where, StoreRows.DOUBLE));
    } catch (IOException | RuntimeException e) {
      plain = false;
    }
    if (!later.get() || !plain || !first.before(second)) {
      return false;
    }
    sink.append(first.rows);
    sink.append(second.rows);
    return true;
  }

  /**
   * The bytes {@code [from, to)} of a file open as {@code ch}, read at their positions (so that
   * several slices of one channel are read at once), closing nothing.
   */
  private static final class Slice extends InputStream {
    private final FileChannel ch;
    private long at;
    private final long to;

    Slice(FileChannel ch, long from, long to) {
      this.ch = ch;
      this.at = from;
      this.to = to;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (at >= to) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
      if (n > 0) {
        at += n;
      }
      return n;
    }
  }

  /** One part: its rows, and the keys of its first and last rows. */
  private static final class Part {
    final PartedSink rows;
    private int rowsRead;
    private final Object[] first = new Object[5];
    private final Object[] last = new Object[5];

    Part(PartedSink rows) {
      this.rows = rows;
    }

    /** Hands the part's rows on; whether they were all in key order (errors are thrown). */
    boolean read(StoreRows p) {
      while (p.next()) {
        rows.row(p.date, p.kpi, p.segment, p.channel, p.action, p.number);
        if (rowsRead++ == 0) {
          key(p, first);
        }
      }
      if (rowsRead > 0) {
        key(p, last);
      }
      return p.sorted;
    }

    private static void key(StoreRows p, Object[] into) {
      into[0] = p.date;
      into[1] = p.kpi;
      into[2] = p.segment;
      into[3] = p.channel;
      into[4] = p.action;
    }

    /**
     * Whether this part's last row comes before {@code next}'s first in the store's key order (a
     * second part with no row follows any first part that has one).
     */
    boolean before(Part next) {
      if (rowsRead == 0 || next.rowsRead == 0) {
        return rowsRead > 0;
      }
      int o = Integer.compare((Integer) last[0], (Integer) next.first[0]);
      for (int i = 1; o == 0 && i < 5; i++) {
        o = ((String) last[i]).compareTo((String) next.first[i]);
      }
      return o < 0;
    }
  }
}
