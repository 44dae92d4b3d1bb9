package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A CSV already in the store's own form, read straight from its bytes: the header exactly the
 * store's, then rows of six plain ASCII cells (an ISO date, ids, a plain decimal value) without
 * quotes, spaces or tabs. That is what pac writes and what a script exporting to the store's layout
 * writes; it is read without a String or an object a row, into a {@link RowTable}. Any line outside
 * that form (a quote, a space, a label with accents, a bad date or value, a missing cell, a BOM)
 * gives up at once, and the file is read by Apache Commons CSV like any export, whose messages
 * explain each rejected row: both readers give the same rows for the files this one takes. Where
 * the rows take {@link StoreParts#FROM} bytes or more and the machine has two cores, they are read
 * in two parts at once, split at the first line after the middle of the file, and the parts joined
 * into the table one pass makes.
 */
public final class StoreLayoutReader {
  private static final byte[] HEADER = (ActualsStore.HEADER).getBytes(StandardCharsets.US_ASCII);

  private final byte[] raw;
  private final int fileIndex;
  private final RowTable table;
  private final IdInterner ids = new IdInterner();
  private final int[] commas = new int[5];

  /** The previous row: where its date and ids lie, and what they were (rows repeat them). */
  private final int[] prevFrom = new int[5];

  private final int[] prevLen = new int[5];
  private final int[] prevId = new int[5];

  /** The table's number for each of the interner's ids. */
  private int[] symbols = new int[64];

  private int prevDate = -1;
  private int pos;
  private int line;

  /** The bytes of the shortest row of the store's form: {@code 2027-01-01,k,0,,,} and its end. */
  static final int SHORTEST_ROW = 18;

  /** Where the reading started. */
  private final int start;

  /** Where the reading is, as another thread may see it (for progress only). */
  private volatile int reached;

  /** Reads from {@code pos}, the line before it numbered {@code line}. */
  private StoreLayoutReader(byte[] raw, int fileIndex, int pos, int line) {
    this.raw = raw;
    this.fileIndex = fileIndex;
    this.pos = pos;
    this.line = line;
    this.start = pos;
    this.reached = pos;
    // the first part's table is made for the whole file: the later part's rows join it in place
    this.table = new RowTable(rowsAbout(raw, pos, line == 0 ? raw.length - pos : raw.length));
    Arrays.fill(prevLen, -1);
  }

  /**
   * About how many rows {@code bytes} bytes of rows hold, and a sixteenth more: the bytes a row
   * takes measured on the rows from {@code pos} (up to 64 KiB of them, {@link
   * StoreParts#rowBytes}), else 40. A table sized to fit is not copied as it grows, and one sized
   * far beyond is zeroed for nothing.
   */
  static int rowsAbout(byte[] raw, int pos, long bytes) {
    double measured = StoreParts.rowBytes(raw, pos, (int) Math.min(raw.length, pos + (64L << 10)));
    double rowBytes = measured > 0 ? measured : 40;
    long rows = (long) (bytes / rowBytes);
    return (int) Math.min(Integer.MAX_VALUE - 16, rows + rows / 16 + 16);
  }

  /** The rows of {@code raw}, or null when the file is not in the store's own form. */
  public static RowTable read(byte[] raw, int fileIndex, String file, ImportProgress progress) {
    int pos = rowsFrom(raw);
    if (pos < 0) {
      return null;
    }
    int split =
        raw.length - pos >= StoreParts.FROM && Threads.cores() > 1 ? rowAfterMiddle(raw, pos) : -1;
    return read(raw, fileIndex, file, progress, pos, split);
  }

  /** Where the rows start after the store's header, or -1 when the header is not the store's. */
  static int rowsFrom(byte[] raw) {
    int n = raw.length;
    int h = HEADER.length;
    if (n < h + 1 || !Arrays.equals(raw, 0, h, HEADER, 0, h)) {
      return -1;
    }
    return raw[h] == '\n' ? h + 1 : raw[h] == '\r' && n > h + 1 && raw[h + 1] == '\n' ? h + 2 : -1;
  }

  /**
   * The rows from {@code pos}: in one pass when {@code split} is -1, else in two parts at once, the
   * lines from {@code split} (a line's start) on a thread of their own.
   */
  static RowTable read(
      byte[] raw, int fileIndex, String file, ImportProgress progress, int pos, int split) {
    int n = raw.length;
    progress.start(file, n);
    StoreLayoutReader r = new StoreLayoutReader(raw, fileIndex, pos, 1);
    if (split < 0) {
      if (!r.upTo(n, null, progress)) {
        return null;
      }
      progress.done();
      return r.table;
    }
    // the rows after the middle are numbered from line 0 and renumbered when the parts are joined,
    // so that the table is the one a single pass makes; a line out of the store's form in either
    // part gives up on the file, as a single pass does
    StoreLayoutReader later = new StoreLayoutReader(raw, fileIndex, split, 0);
    Threads.Ahead<Boolean> laterRead =
        Threads.ahead("pac-import-read", () -> later.upTo(n, null, ImportProgress.NONE));
    boolean first = r.upTo(split, later, progress);
    if (!laterRead.get() || !first) {
      return null;
    }
    r.table.append(later.table, r.line);
    progress.done();
    return r.table;
  }

  /**
   * Reads the lines from {@link #pos} to {@code end} (a line's start); false at the first line not
   * in the store's form. Progress counts {@code other}'s bytes too, when it reads the rest at once.
   */
  private boolean upTo(int end, StoreLayoutReader other, ImportProgress progress) {
    int rows = 0;
    while (pos < end) {
      if (!line()) {
        return false;
      }
      if ((++rows & 0xFFFF) == 0) {
        reached = pos;
        progress.at(other == null ? pos : pos + (other.reached - other.start));
      }
    }
    reached = pos;
    return true;
  }

  /** The start of the first line after the middle of {@code raw}'s rows, or -1 when none. */
  static int rowAfterMiddle(byte[] raw, int rowsFrom) {
    int row = StoreParts.rowAfter(raw, rowsFrom + (raw.length - rowsFrom) / 2, raw.length);
    return row < raw.length ? row : -1;
  }

  /**
   * Reads the line at {@link #pos} into the table (a blank line is no row); false when it is not in
   * the store's form.
   */
  private boolean line() {
    byte[] raw = this.raw;
    int n = raw.length;
    line++;
    int start = pos;
    int found = 0;
    int odd = 0; // a quote, a space, a tab, a control or non-ASCII byte
    int i = start;
    for (; i < n; i++) {
      byte c = raw[i];
      if (c == ',') {
        if (found < 5) {
          commas[found] = i;
        }
        found++;
      } else if (c <= ' ' || c == '"') { // non-ASCII bytes are negative
        if (c == '\n') {
          break;
        }
        odd |=
            c == '\r' && (i + 1 == n || raw[i + 1] == '\n')
                ? 0
                : 1; // CR LF, or a CR ending the file
      }
    }
    pos = i + 1;
    int end = i > start && raw[i - 1] == '\r' ? i - 1 : i;
    if (end == start) {
      return true; // a blank line, as Commons CSV's blank record: no row
    }
    if (odd != 0 || found != 5) {
      return false;
    }
    int[] commas = this.commas;
    int date;
    if (same(0, start, commas[0])) {
      date = prevDate;
    } else {
      date = Dates.parseIso(raw, start, commas[0]);
      if (date < 0) {
        return false;
      }
      prevDate = date;
      remember(0, start, commas[0], 0);
    }
    if (commas[1] == commas[0] + 1) {
      return false; // no KPI
    }
    long value = PackedDecimal.packCanonical(raw, commas[1] + 1, commas[2]);
    if (value == PackedDecimal.INVALID) {
      value = PackedDecimal.pack(raw, commas[1] + 1, commas[2]);
    }
    if (value == PackedDecimal.INVALID) {
      return false;
    }
    String wide =
        value == PackedDecimal.WIDE ? Decimals.canonical(raw, commas[1] + 1, commas[2]) : null;
    table.add(
        date,
        id(1, commas[0] + 1, commas[1]),
        id(2, commas[2] + 1, commas[3]),
        id(3, commas[3] + 1, commas[4]),
        id(4, commas[4] + 1, end),
        value,
        wide,
        fileIndex,
        line);
    return true;
  }

  private int id(int col, int from, int to) {
    if (same(col, from, to)) {
      return prevId[col];
    }
    String v = ids.get(raw, from, to);
    int n = ids.lastNumber; // ASCII: always interned
    if (n >= symbols.length) {
      symbols = Arrays.copyOf(symbols, Math.max(n + 1, symbols.length * 2));
    }
    int sym = symbols[n] - 1;
    if (sym < 0) {
      sym = table.symbol(v);
      symbols[n] = sym + 1;
    }
    remember(col, from, to, sym);
    return sym;
  }

  private boolean same(int col, int from, int to) {
    int len = to - from;
    return prevLen[col] == len
        && Arrays.equals(raw, from, to, raw, prevFrom[col], prevFrom[col] + len);
  }

  private void remember(int col, int from, int to, int v) {
    prevFrom[col] = from;
    prevLen[col] = to - from;
    prevId[col] = v;
  }
}
