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
    int[] idLength = new int[t.symbols()];
    for (int n = 0; n < idLength.length; n++) {
      idLength[n] = t.symbol(n).getBytes(StandardCharsets.UTF_8).length;
    }
    long total = 0;
    for (int k = from; k < to; k++) {
      int i = order[k];
      long packed = t.packed(i);
      total +=
          16 // the date's 10 bytes, five commas and the line's end
              + idLength[t.kpiSymbol(i)]
              + idLength[t.dimensionSymbol(i, 0)]
              + idLength[t.dimensionSymbol(i, 1)]
              + idLength[t.dimensionSymbol(i, 2)]
              + (packed == PackedDecimal.WIDE
                  ? t.value(i).getBytes(StandardCharsets.US_ASCII).length
                  : PackedDecimal.length(packed));
    }
    return total;
  }

  /** Writes row {@code i} of {@code t}. */
  void row(RowTable t, int i) throws IOException {
    row(
        t.date(i),
        t.kpi(i),
        t.segment(i),
        t.channel(i),
        t.action(i),
        t.packed(i),
        t.packed(i) == PackedDecimal.WIDE ? t.value(i) : null);
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
    if (n > buf.length - 256) {
      drain();
    }
    if (date != lastDate) {
      lastDate = date;
      System.arraycopy(Dates.text(date).getBytes(StandardCharsets.US_ASCII), 0, dateText, 0, 10);
    }
    put(dateText);
    put((byte) ',');
    id(0, kpi);
    put((byte) ',');
    if (packed == PackedDecimal.WIDE) {
      put(wide.getBytes(StandardCharsets.US_ASCII));
    } else {
      n = PackedDecimal.write(packed, buf, n);
    }
    put((byte) ',');
    id(1, segment);
    put((byte) ',');
    id(2, channel);
    put((byte) ',');
    id(3, action);
    put((byte) '\n');
  }

  private void id(int col, String id) throws IOException {
    byte[] b;
    if (id == lastId[col]) {
      b = lastBytes[col];
    } else {
      b = idBytes.computeIfAbsent(id, x -> x.getBytes(StandardCharsets.UTF_8));
      lastId[col] = id;
      lastBytes[col] = b;
    }
    put(b);
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
