package dev.pac.actuals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A CSV already in the store's own form, read straight from its bytes: the header exactly the
 * store's, then rows of six plain ASCII cells (an ISO date, ids, a plain decimal value) without
 * quotes, spaces or tabs. That is what pac writes and what a script exporting to the store's layout
 * writes; it is read without a String or an object a row, into a {@link RowTable}. Any line outside
 * that form (a quote, a space, a label with accents, a bad date or value, a missing cell, a BOM)
 * gives up at once, and the file is read by Apache Commons CSV like any export, whose messages
 * explain each rejected row: both readers give the same rows for the files this one takes.
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
  private int line = 1;

  private StoreLayoutReader(byte[] raw, int fileIndex, int pos) {
    this.raw = raw;
    this.fileIndex = fileIndex;
    this.pos = pos;
    this.table = new RowTable(raw.length / 40);
    Arrays.fill(prevLen, -1);
  }

  /** The rows of {@code raw}, or null when the file is not in the store's own form. */
  public static RowTable read(byte[] raw, int fileIndex, String file, ImportProgress progress) {
    int n = raw.length;
    int h = HEADER.length;
    if (n < h + 1 || !Arrays.equals(raw, 0, h, HEADER, 0, h)) {
      return null;
    }
    int pos =
        raw[h] == '\n' ? h + 1 : raw[h] == '\r' && n > h + 1 && raw[h + 1] == '\n' ? h + 2 : -1;
    if (pos < 0) {
      return null;
    }
    progress.start(file, n);
    StoreLayoutReader r = new StoreLayoutReader(raw, fileIndex, pos);
    int rows = 0;
    while (r.pos < n) {
      if (!r.line()) {
        return null;
      }
      if ((++rows & 0xFFFF) == 0) {
        progress.at(r.pos);
      }
    }
    progress.done();
    return r.table;
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
