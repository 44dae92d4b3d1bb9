package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of a store (or of a file in the store's form being imported) as its reader sees them:
 * the whole file when it is given as bytes (a committed store), else a window of 1 MiB on the file,
 * refilled as rows are read, so a large file costs the heap only what the caller keeps of its rows.
 */
final class StoreWindow {
  byte[] b;

  /** The end of the bytes in {@link #b}. */
  int limit;

  /** The offset in the file of {@code b[0]}. */
  long base;

  /** Where reading stands in {@link #b}. */
  int pos;

  /** How many times the window moved its bytes (positions kept from before are then stale). */
  int moves;

  private final InputStream in;
  private final String where;
  private boolean eof;

  /** The whole of a store's bytes. */
  StoreWindow(byte[] b, String where) {
    this.b = b;
    this.limit = b.length;
    this.in = null;
    this.where = where;
    this.eof = true;
  }

  /** The bytes a window on a stream starts with: 1 MiB. */
  static final int SIZE = 1 << 20;

  /** A window on {@code in}, which stands at offset {@code from} of the file. */
  StoreWindow(InputStream in, String where, long from) throws IOException {
    this(in, where, from, SIZE);
  }

  /** The same, the window {@code size} bytes to start with. */
  StoreWindow(InputStream in, String where, long from, int size) throws IOException {
    this.b = new byte[size];
    this.in = in;
    this.where = where;
    this.base = from;
    fill();
  }

  /**
   * Checks the header line at the start of the file and reads past it; false when the file is not
   * in canonical form there (a BOM, CRLF, no LF, or empty).
   */
  boolean header(String where) {
    boolean canonical = true;
    if (limit >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      pos = 3;
      canonical = false;
    }
    if (pos == limit) {
      return false;
    }
    int eol = pos;
    while (eol < limit && b[eol] != '\n') {
      eol++;
    }
    int headerEnd = eol > pos && b[eol - 1] == '\r' ? eol - 1 : eol;
    byte[] header = StoreRows.HEADER;
    if (!Arrays.equals(b, pos, headerEnd, header, 0, header.length)) {
      throw PacException.invalid(
          where + ":1",
          Text.of("errors.store.header", ActualsStore.HEADER, StoreRows.text(b, pos, headerEnd)));
    }
    pos = eol < limit ? eol + 1 : limit; // a header without LF may end the file
    return canonical && headerEnd == eol && eol != limit;
  }

  /** Whether the bytes come from a stream (else they are the whole file). */
  boolean streamed() {
    return in != null;
  }

  /** The size of the file, once read to its end. */
  long size() {
    return base + limit;
  }

  /** Reads more of the file after {@link #limit}; false at its end. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.readNBytes(b, limit, b.length - limit);
    limit += n;
    eof = n == 0;
    return n > 0;
  }

  /**
   * For a line from {@code start} that has no end in the window: {@link #refill}s it, and says
   * whether the line must be read again (more bytes came, or the window moved its bytes on its way
   * to the end of the file and positions taken before are stale); false when the file ends there.
   */
  boolean readOn(int start) {
    int before = moves;
    return refill(start) || moves != before;
  }

  /**
   * Makes room in the window: drops the bytes before {@code keep} (the start of the line being
   * read), else doubles the window (a line longer than it), then reads on; false at the end of the
   * file.
   */
  boolean refill(int keep) {
    try {
      if (eof) {
        return false;
      }
      if (keep > 0) {
        System.arraycopy(b, keep, b, 0, limit - keep);
        limit -= keep;
        pos -= keep;
        base += keep;
        moves++;
      } else if (limit == b.length) {
        b = Arrays.copyOf(b, b.length * 2);
      }
      return fill();
    } catch (IOException e) {
      throw PacException.io(where, Text.of("errors.cannot-read", e.getMessage()), e);
    }
  }
}
