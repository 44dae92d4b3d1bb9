package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.Consumer;

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

  /**
   * A store this large is read (by the report) or counted (by an import's upsert) in two parts when
   * the machine has two cores.
   */
  static final long FROM = 4L << 20;

  /**
   * The offset of the first row that starts after the middle of the file, or -1 when none is found
   * near it.
   */
  static long middleRow(Path file, long size) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      return split(ch, size).middle();
    }
  }

  /**
   * Where a store is split ({@link #middleRow}), and the bytes a row takes on average around there
   * ({@link #rowBytes}), for the parts to size what they keep.
   */
  record Split(long middle, double rowBytes) {}

  static Split split(FileChannel ch, long size) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(64 << 10);
    long at = size / 2;
    while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
      // read the bytes after the middle
    }
    byte[] bytes = b.array();
    int n = b.position();
    int row = rowAfter(bytes, 0, n);
    return new Split(
        row >= 0 && at + row < size ? at + row : -1, row >= 0 ? rowBytes(bytes, row, n) : 0);
  }

  /**
   * The bytes a row takes on average in {@code b[from..to)}, {@code from} a row's start, counted up
   * to its last line end, never fewer than the {@link StoreLayoutReader#SHORTEST_ROW} (blank lines
   * do not make rows); 0 when the range holds too few line ends to tell.
   */
  static double rowBytes(byte[] b, int from, int to) {
    int lines = 0;
    int last = -1;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        lines++;
        last = i;
      }
    }
    return lines >= 16
        ? Math.max(StoreLayoutReader.SHORTEST_ROW, (double) (last + 1 - from) / lines)
        : 0;
  }

  /**
   * The start of the first row after {@code b[from..to)}'s first line end, found in that range (it
   * may be {@code to}), or -1 when the range holds no line end.
   */
  static int rowAfter(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads {@code file} in two parts when it is {@link #FROM} bytes or more; false, with nothing
   * handed to {@code sink}, when it is smaller, not plain (see the class), or has no row start near
   * its middle. Both parts are read from one opening of the file, so that a store replaced
   * meanwhile (an import renames its new file into place) is read whole as one version or the
   * other.
   */
  static boolean read(Path file, String where, PartedSink sink) throws IOException {
    return read(file, where, sink, null);
  }

  /**
   * The same; when the store is read in two parts and {@code digested} is given, it is told the
   * digest of the bytes read ({@link StoreDigest}), the file's as the rows handed on came from it.
   */
  static boolean read(Path file, String where, PartedSink sink, Consumer<StoreDigest> digested)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      if (size < FROM) {
        return false;
      }
      Split split = split(ch, size);
      return read(ch, file, where, sink, split.middle(), size, split.rowBytes(), digested);
    }
  }

  /** The same at the split {@code middle}, a row's start, whatever the store's size (tests). */
  static boolean read(
      Path file, String where, PartedSink sink, long middle, Consumer<StoreDigest> digested)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      return read(ch, file, where, sink, middle, ch.size(), 0, digested);
    }
  }

  /** The same at the split {@code middle}, a row's start, whatever the store's size (tests). */
  static boolean read(Path file, String where, PartedSink sink, long middle) throws IOException {
    return read(file, where, sink, middle, null);
  }

  private static boolean read(
      FileChannel ch,
      Path file,
      String where,
      PartedSink sink,
      long middle,
      long size,
      double rowBytes,
      Consumer<StoreDigest> digested) {
    if (middle <= 0) {
      return false;
    }
    boolean digesting = digested != null;
    // the first part is told of every row: the second's are appended to it
    long rows = rowBytes > 0 ? (long) (size / rowBytes) : 0;
    long laterRows = rowBytes > 0 ? (long) ((size - middle) / rowBytes) : 0;
    Part second = new Part(sink.part(laterRows));
    Threads.Ahead<Boolean> later =
        Threads.ahead(
            "pac-store-read-2",
            () -> {
              try (StoreDigest.Reading in =
                  new StoreDigest.Reading(new Slice(ch, middle, size), digesting)) {
                boolean sorted =
                    second.read(StoreRows.from(in, file, where, middle, 1, StoreRows.DOUBLE));
                second.digest = in.digest();
                return sorted;
              } catch (IOException | RuntimeException e) {
                return false;
              }
            });
    Part first = new Part(sink.part(rows));
    boolean plain;
    try (StoreDigest.Reading in = new StoreDigest.Reading(new Slice(ch, 0, middle), digesting)) {
      plain = first.read(StoreRows.of(in, file, where, StoreRows.DOUBLE));
      first.digest = in.digest();
    } catch (IOException | RuntimeException e) {
      plain = false;
    }
    if (!later.get() || !plain || !first.before(second)) {
      return false;
    }
    sink.append(first.rows);
    sink.append(second.rows);
    if (digesting) {
      StoreDigest whole = first.digest.then(second.digest);
      if (first.digest.size() == middle && whole.size() == size) { // every byte read, once
        digested.accept(whole);
      }
    }
    return true;
  }

  /**
   * The bytes {@code [from, to)} of a file open as {@code ch}, read at their positions (so that the
   * parts of one opening of the file are read at once), closing nothing.
   */
  static final class Slice extends InputStream {
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
    StoreDigest digest; // of the bytes the part read, when digested
    private int rowsRead;
    private int firstDate;
    private String firstKpi;
    private String firstSegment;
    private String firstChannel;
    private String firstAction;
    private int lastDate;
    private String lastKpi;
    private String lastSegment;
    private String lastChannel;
    private String lastAction;

    Part(PartedSink rows) {
      this.rows = rows;
    }

    /** Hands the part's rows on; whether they were all in key order (errors are thrown). */
    boolean read(StoreRows p) {
      while (p.next()) {
        rows.row(p.date, p.kpi, p.segment, p.channel, p.action, p.number);
        if (rowsRead++ == 0) {
          firstDate = p.date;
          firstKpi = p.kpi;
          firstSegment = p.segment;
          firstChannel = p.channel;
          firstAction = p.action;
        }
      }
      lastDate = p.date; // the fields keep the last row's key at the end of the file
      lastKpi = p.kpi;
      lastSegment = p.segment;
      lastChannel = p.channel;
      lastAction = p.action;
      return p.sorted;
    }

    /**
     * Whether this part's last row comes before {@code next}'s first in the store's key order (a
     * second part with no row follows any first part that has one).
     */
    boolean before(Part next) {
      if (rowsRead == 0 || next.rowsRead == 0) {
        return rowsRead > 0;
      }
      return Actual.compareKey(
              lastDate,
              lastKpi,
              lastSegment,
              lastChannel,
              lastAction,
              next.firstDate,
              next.firstKpi,
              next.firstSegment,
              next.firstChannel,
              next.firstAction)
          < 0;
    }
  }
}
