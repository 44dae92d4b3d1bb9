package dev.pac.actuals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Store rows as bytes into a file channel through a 1 MiB buffer; the header first. A store's cells
 * are ISO dates, ids (lower-case letters, digits, '-') and plain decimals: none holds a comma, a
 * quote or a line end, so RFC 4180 (and Apache Commons CSV's {@code CSVPrinter}) writes each as it
 * is, and a row is its cells joined with commas and ended with LF (the store's tests check this
 * against {@code CSVPrinter}). Each distinct date and id is encoded once.
 */
final class StoreWriter {
  private static final byte[] HEADER = ActualsStore.HEADER.getBytes(StandardCharsets.US_ASCII);

  private final WritableByteChannel ch;
  private final byte[] buf = new byte[1 << 20];
  private int n;
  private int lastDate = -1;
  private final byte[] dateText = new byte[10];
  private final String[] lastId = new String[4];
  private final byte[][] lastBytes = new byte[4][];
  private final Map<String, byte[]> idBytes = new HashMap<>();

  StoreWriter(WritableByteChannel ch, boolean header) throws IOException {
    this.ch = ch;
    if (header) {
      put(HEADER);
      put((byte) '\n');
    }
  }

  /** The bytes the header line takes. */
  static int headerLength() {
    return HEADER.length + 1;
  }

  /** The bytes rows {@code order[from..to)} of {@code t} take, as {@link #row} writes them. */
  static long length(RowTable t, int[] order, int from, int to) {
    byte[][] ids = symbolBytes(t);
    long total = 0;
    for (int k = from; k < to; k++) {
      int i = order[k];
      long packed = t.packed(i);
      total +=
          16 // the date's 10 bytes, five commas and the line's end
              + ids[t.kpiSymbol(i)].length
              + ids[t.dimensionSymbol(i, 0)].length
              + ids[t.dimensionSymbol(i, 1)].length
              + ids[t.dimensionSymbol(i, 2)].length
              + (packed == PackedDecimal.WIDE
                  ? t.value(i).getBytes(StandardCharsets.US_ASCII).length
                  : PackedDecimal.length(packed));
    }
    return total;
  }

  /** The bytes of each id of {@code t}, by its number there. */
  private static byte[][] symbolBytes(RowTable t) {
    byte[][] ids = new byte[t.symbols()][];
    for (int n = 0; n < ids.length; n++) {
      ids[n] = t.symbol(n).getBytes(StandardCharsets.UTF_8);
    }
    return ids;
  }

  /** The table whose rows were written last, and the bytes of its ids. */
  private RowTable table;

  private byte[][] tableIds;

  /**
   * Writes row {@code i} of {@code t}, its ids' bytes taken by their numbers rather than looked up
   * by text (35 ms less in a 1M-row import, docs/performance.md).
   */
  void row(RowTable t, int i) throws IOException {
    if (t != table || tableIds.length < t.symbols()) {
      table = t;
      tableIds = symbolBytes(t);
    }
    byte[][] ids = tableIds;
    long packed = t.packed(i);
    row(
        t.date(i),
        ids[t.kpiSymbol(i)],
        ids[t.dimensionSymbol(i, 0)],
        ids[t.dimensionSymbol(i, 1)],
        ids[t.dimensionSymbol(i, 2)],
        packed,
        packed == PackedDecimal.WIDE ? t.value(i) : null);
  }

  /** Writes the row {@code r} has just read from a store (values packed). */
  void row(StoreRows r) throws IOException {
    row(r.date, r.kpi, r.segment, r.channel, r.action, r.packed, r.value);
  }

  /**
   * Writes a row; {@code wide}: the value's text when {@code packed} is {@link PackedDecimal#WIDE}.
   */
  void row(
      int date, String kpi, String segment, String channel, String action, long packed, String wide)
      throws IOException {
    row(date, id(0, kpi), id(1, segment), id(2, channel), id(3, action), packed, wide);
  }

  /** Writes a row whose ids are given as their bytes. */
  private void row(
      int date, byte[] kpi, byte[] segment, byte[] channel, byte[] action, long packed, String wide)
      throws IOException {
    if (n > buf.length - 256) {
      drain();
    }
    if (date != lastDate) {
      lastDate = date;
      System.arraycopy(Dates.text(date).getBytes(StandardCharsets.US_ASCII), 0, dateText, 0, 10);
    }
    put(dateText);
    put((byte) ',');
    put(kpi);
    put((byte) ',');
    if (packed == PackedDecimal.WIDE) {
      put(wide.getBytes(StandardCharsets.US_ASCII));
    } else {
      n = PackedDecimal.write(packed, buf, n);
    }
    put((byte) ',');
    put(segment);
    put((byte) ',');
    put(channel);
    put((byte) ',');
    put(action);
    put((byte) '\n');
  }

  /** The bytes of id {@code id} in column {@code col}: rows repeat the row before's ids. */
  private byte[] id(int col, String id) {
    if (id != lastId[col]) {
      lastId[col] = id;
      lastBytes[col] = idBytes.computeIfAbsent(id, x -> x.getBytes(StandardCharsets.UTF_8));
    }
    return lastBytes[col];
  }

  private void put(byte[] b) throws IOException {
    if (n + b.length > buf.length) {
      drain();
      if (b.length > buf.length) {
        write(ByteBuffer.wrap(b));
        return;
      }
    }
    System.arraycopy(b, 0, buf, n, b.length);
    n += b.length;
  }

  private void put(byte b) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = b;
  }

  private void drain() throws IOException {
    write(ByteBuffer.wrap(buf, 0, n));
    n = 0;
  }

  private void write(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  /** Writes what the buffer holds. */
  void flush() throws IOException {
    drain();
  }
}
