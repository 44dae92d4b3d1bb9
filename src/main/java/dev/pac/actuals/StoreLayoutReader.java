package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A CSV already in the store's own form, read straight from its bytes: the header exactly the
 * store's, then rows of six plain ASCII cells (an ISO date, ids, a plain decimal value) without
 * quotes, spaces or tabs. That is what pac writes and what a script exporting to the store's layout
 * writes; it is read without a String or an object a row, into a {@link RowTable}, through a window
 * of 1 MiB on the file ({@link StoreWindow}), so the file's bytes are never held whole. Any line
 * outside that form (a quote, a space, a label with accents, a bad date or value, a missing cell, a
 * BOM, a line longer than {@link #LONGEST_LINE}) gives up at once, and the file is read again whole
 * by Apache Commons CSV like any export, whose messages explain each rejected row: both readers
 * give the same rows for the files this one takes. Where the rows take {@link StoreParts#FROM}
 * bytes or more and the machine has two cores, they are read in two parts at once from one opening
 * of the file, split at the first line after the middle of the file ({@link StoreParts#split}), and
 * the parts joined into the table one pass makes. A file whose size changes while it is read is
 * given up too (a file replaced by a rename meanwhile is read as it was: the open file stays the
 * old one).
 */
public final class StoreLayoutReader {
  private static final byte[] HEADER = (ActualsStore.HEADER).getBytes(StandardCharsets.US_ASCII);

  /**
   * The longest line read here, its end not counted: a longer one is no store row, and is left to
   * Commons CSV.
   */
  static final int LONGEST_LINE = 1 << 20;

  /** The bytes of the shortest row of the store's form: {@code 2027-01-01,k,0,,,} and its end. */
  static final int SHORTEST_ROW = 18;

  private final StoreWindow w;
  private final int fileIndex;
  private final RowTable table;
  private final IdInterner ids = new IdInterner();
  private final int[] commas = new int[5];

  /** The previous row: where its date and ids lie in the window, and what they were. */
  private final int[] prevFrom = new int[5];

  private final int[] prevLen = new int[5];
  private final int[] prevId = new int[5];

  /** The table's number for each of the interner's ids. */
  private int[] symbols = new int[64];

  private int prevDate = -1;
  private int moves;
  private int line;

  /** Where the reading started in the file. */
  private final long start;

  /** Where the reading is in the file, as another thread may see it (for progress only). */
  private volatile long reached;

  /**
   * Reads the rows in {@code w} from its position, the line before it numbered {@code line}, into a
   * table for {@code rows} rows.
   */
  private StoreLayoutReader(StoreWindow w, int fileIndex, int line, int rows) {
    this.w = w;
    this.fileIndex = fileIndex;
    this.line = line;
    this.start = w.base + w.pos;
    this.reached = start;
    this.table = new RowTable(rows);
    this.moves = w.moves;
    Arrays.fill(prevLen, -1);
  }

  /**
   * About how many rows {@code bytes} bytes of rows hold, and a sixteenth more: the bytes a row
   * takes measured on the rows in {@code b[pos..limit)} (up to 64 KiB of them, {@link
   * StoreParts#rowBytes}), else 40. A table sized to fit is not copied as it grows, and one sized
   * far beyond is zeroed for nothing.
   */
  static int rowsAbout(byte[] b, int pos, int limit, long bytes) {
    double measured = StoreParts.rowBytes(b, pos, (int) Math.min(limit, pos + (64L << 10)));
    return withRoom((long) (bytes / (measured > 0 ? measured : 40)));
  }

  /** {@code rows} and a sixteenth more, for rows a little shorter than those measured. */
  private static int withRoom(long rows) {
    return (int) Math.min(Integer.MAX_VALUE - 16, rows + rows / 16 + 16);
  }

  /**
   * The rows of the file open as {@code ch}, or null when it is not in the store's own form (or
   * changed while it was read). Errors reading it name {@code file}.
   */
  public static RowTable read(FileChannel ch, int fileIndex, String file, ImportProgress progress)
      throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HEADER.length + 2);
    while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
      // the header and its line end: any other file is left at once, nothing more read
    }
    if (rowsFrom(head.array(), head.position()) < 0) {
      return null;
    }
    long size = ch.size();
    long split = -1;
    double rowBytes = 0;
    if (size >= StoreParts.FROM && Threads.cores() > 1) {
      StoreParts.Split at = StoreParts.split(ch, size);
      split = at.middle();
      rowBytes = at.rowBytes();
    }
    return read(ch, size, fileIndex, file, progress, split, rowBytes, StoreWindow.SIZE);
  }

  /**
   * The same, with the rows from {@code split} (a line's start, not before the rows, or -1 for
   * none) read on a thread of their own, and windows of {@code window} bytes to start with (tests
   * use small ones); {@code rowBytes}: the bytes a row takes around the split, or 0 when unknown.
   */
  static RowTable read(
      FileChannel ch,
      long size,
      int fileIndex,
      String file,
      ImportProgress progress,
      long split,
      double rowBytes,
      int window)
      throws IOException {
    StoreWindow first = window(ch, 0, split > 0 ? split : size, file, window);
    int pos = rowsFrom(first.b, first.limit);
    if (pos < 0) {
      return null;
    }
    if (split >= 0 && split < pos) {
      throw new IllegalArgumentException("a split inside the header: " + split);
    }
    first.pos = pos;
    progress.start(file, size);
    // the first part's table is made for the whole file: the later part's rows join it in place
    StoreLayoutReader r =
        new StoreLayoutReader(
            first, fileIndex, 1, rowsAbout(first.b, pos, first.limit, size - pos));
    if (split < 0) {
      if (!r.upTo(null, progress, null) || ch.size() != size) {
        return null;
      }
      progress.done();
      return r.table;
    }
    // the rows after the middle are numbered from line 0 and renumbered when the parts are joined,
    // so that the table is the one a single pass makes; a line out of the store's form in either
    // part gives up on the file, as a single pass does
    int laterRows = rowBytes > 0 ? withRoom((long) ((size - split) / rowBytes)) : 16;
    AtomicReference<StoreLayoutReader> later = new AtomicReference<>();
    AtomicBoolean givenUp = new AtomicBoolean(); // by either part: the other stops soon after
    Threads.Ahead<Object> laterRead =
        Threads.ahead(
            "pac-import-read",
            () -> {
              try {
                StoreWindow w = window(ch, split, size, file, window);
                StoreLayoutReader l = new StoreLayoutReader(w, fileIndex, 0, laterRows);
                later.set(l);
                if (l.upTo(null, ImportProgress.NONE, givenUp)) {
                  return l;
                }
                givenUp.set(true);
                return null;
              } catch (IOException e) {
                givenUp.set(true);
                return e;
              } catch (RuntimeException | Error e) {
                givenUp.set(true);
                throw e;
              }
            });
    boolean firstRead;
    try {
      firstRead = r.upTo(later, progress, givenUp);
    } catch (RuntimeException | Error e) {
      // the later part stops and is waited for: not left reading a channel about to be closed
      givenUp.set(true);
      try {
        laterRead.get();
      } catch (RuntimeException | Error ignored) {
        // the first failure is the one reported
      }
      throw e;
    }
    if (!firstRead) {
      givenUp.set(true);
    }
    Object laterTable = laterRead.get();
    if (laterTable instanceof IOException e) {
      throw e;
    }
    if (!firstRead || laterTable == null || ch.size() != size) {
      return null;
    }
    r.table.append(((StoreLayoutReader) laterTable).table, r.line);
    progress.done();
    return r.table;
  }

  /** A window on the bytes {@code [from, to)} of the file open as {@code ch}. */
  private static StoreWindow window(FileChannel ch, long from, long to, String file, int size)
      throws IOException {
    InputStream in = new StoreParts.Slice(ch, from, to);
    return new StoreWindow(in, file, from, size);
  }

  /**
   * Where the rows start after the store's header in {@code b[0..limit)}, or -1 when the header is
   * not the store's.
   */
  static int rowsFrom(byte[] b, int limit) {
    int h = HEADER.length;
    if (limit < h + 1 || !Arrays.equals(b, 0, h, HEADER, 0, h)) {
      return -1;
    }
    return b[h] == '\n' ? h + 1 : b[h] == '\r' && limit > h + 1 && b[h + 1] == '\n' ? h + 2 : -1;
  }

  /**
   * Reads the lines to the end of the window's bytes; false at the first line not in the store's
   * form, or once {@code givenUp} says the other part gave up (looked at every 65,536 rows).
   * Progress counts the bytes {@code other} has read too, when it reads the rest at once.
   */
  private boolean upTo(
      AtomicReference<StoreLayoutReader> other, ImportProgress progress, AtomicBoolean givenUp) {
    int rows = 0;
    StoreWindow w = this.w;
    while (w.pos < w.limit || w.refill(w.pos)) {
      if (!line()) {
        return false;
      }
      if ((++rows & 0xFFFF) == 0) {
        reached = w.base + w.pos;
        StoreLayoutReader o = other == null ? null : other.get();
        progress.at(reached + (o == null ? 0 : o.reached - o.start));
        if (givenUp != null && givenUp.get()) {
          return false;
        }
      }
    }
    reached = w.base + w.pos;
    return true;
  }

  /**
   * Reads the line at the window's position into the table (a blank line is no row); false when it
   * is not in the store's form. A line that goes on past the window's bytes is read again once the
   * window has more of it.
   */
  private boolean line() {
    line++;
    forgetMoved();
    StoreWindow w = this.w;
    byte[] raw;
    int n;
    int start;
    int found;
    int odd; // a quote, a space, a tab, a control or non-ASCII byte
    int i;
    while (true) {
      raw = w.b;
      n = w.limit;
      start = w.pos;
      found = 0;
      odd = 0;
      i = start;
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
      if (i < n) {
        break; // the line's end
      }
      if (n - start > LONGEST_LINE + 1) {
        return false; // no store row is that long (a CR may end it: one byte more)
      }
      if (!w.readOn(start)) {
        break; // the file's last line, without a line end
      }
      forgetMoved();
    }
    w.pos = Math.min(i + 1, n);
    int end = i > start && raw[i - 1] == '\r' ? i - 1 : i;
    if (end - start > LONGEST_LINE) {
      return false;
    }
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
        id(raw, 1, commas[0] + 1, commas[1]),
        id(raw, 2, commas[2] + 1, commas[3]),
        id(raw, 3, commas[3] + 1, commas[4]),
        id(raw, 4, commas[4] + 1, end),
        value,
        wide,
        fileIndex,
        line);
    return true;
  }

  /** Forgets where the previous row lay once the window has moved its bytes. */
  private void forgetMoved() {
    if (w.moves != moves) {
      moves = w.moves;
      Arrays.fill(prevLen, -1);
    }
  }

  private int id(byte[] raw, int col, int from, int to) {
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

  /**
   * Whether {@code raw[from..to)} holds the bytes of the previous row's cell in column {@code col}.
   * A loop: cells are a few bytes long, for which {@code Arrays.equals} spent most of its time
   * checking its ranges and calling its vectorised comparison (docs/performance.md).
   */
  private boolean same(int col, int from, int to) {
    int len = to - from;
    if (prevLen[col] != len) {
      return false;
    }
    byte[] raw = w.b;
    int p = prevFrom[col] - from;
    for (int i = from; i < to; i++) {
      if (raw[i] != raw[p + i]) {
        return false;
      }
    }
    return true;
  }

  private void remember(int col, int from, int to, int v) {
    prevFrom[col] = from;
    prevLen[col] = to - from;
    prevId[col] = v;
  }
}
