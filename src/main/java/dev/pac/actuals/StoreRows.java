package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.files.InputFile;
import dev.pac.i18n.Text;
import dev.pac.text.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The store's rows one at a time, in place on its bytes: {@link #next} reads a row into the fields
 * (date, ids, the value and where its text lies), checked, as a double (the report) or packed (the
 * import). Ids are interned; a row naming the same id as the row before it in a column reuses that
 * row's String without hashing (rows sorted by key repeat their kpi, segment and channel).
 *
 * <p>A row in the store's usual form (ten-byte date, LF, a value of up to 15 digits with {@code .}
 * decimals) is read in one pass over its bytes ({@link QuickRow}); any other line, and every error,
 * goes through {@link FullRow}, which finds the fields first and checks them in order: the date,
 * the kpi, the value, the dimensions, then the key's order. Both give the same rows.
 */
final class StoreRows {
  static final byte[] HEADER = ActualsStore.HEADER.getBytes(StandardCharsets.US_ASCII);

  /**
   * Reading the value as a double (the report) or packed ({@link PackedDecimal#pack}: the import).
   */
  static final int DOUBLE = 0;

  static final int PACKED = 1;

  final StoreWindow w;
  final String where;
  final int mode;
  final IdInterner ids = new IdInterner();
  private final Path file;

  /** The row read: its line, date, ids, value and where the value's text lies. */
  int line = 1;

  int date;
  String kpi;
  String segment;
  String channel;
  String action;
  int valueFrom;
  int valueTo;

  /** The value: {@link #number} or {@link #packed}, with {@link #value} its text when WIDE. */
  double number;

  long packed;
  String value;

  /** With {@link #packed}: whether the value is written as its canonical text. */
  boolean valueCanonical;

  /** Where the row read starts, as an offset in the file. */
  long rowStart;

  boolean sorted = true;
  boolean canonicalForm = true;

  /** Where the previous row's ids lie, by column (0 kpi, 2 segment, 3 channel, 4 action). */
  final int[] prevFrom = new int[5];

  final int[] prevLen = new int[5];

  /** Where the previous row's date lies, or -1. */
  int prevDateFrom = -1;

  private final QuickRow quick = new QuickRow(this);
  private final FullRow full = new FullRow(this);

  private int prevDate = -1;
  private int prevLine;
  private int moves;

  private StoreRows(StoreWindow w, Path file, String where, int mode) {
    this.w = w;
    this.file = file;
    this.where = where;
    this.mode = mode;
  }

  /** The rows of a whole store in {@code b}: checks the header. */
  static StoreRows of(byte[] b, String where, int mode) {
    StoreRows r = new StoreRows(new StoreWindow(b, where), null, where, mode);
    r.header();
    return r;
  }

  /**
   * The rows of the store {@code file}, read from {@code in} through a window: checks the header.
   */
  static StoreRows of(InputStream in, Path file, String where, int mode) throws IOException {
    StoreRows r = new StoreRows(new StoreWindow(in, where, 0), file, where, mode);
    r.header();
    return r;
  }

  /**
   * The rows of {@code file} from {@code in}, which stands at offset {@code from} (a row's start),
   * the first on {@code line}; values packed.
   */
  static StoreRows from(InputStream in, Path file, String where, long from, int line)
      throws IOException {
    return from(in, file, where, from, line, PACKED);
  }

  /** The same, values read as {@code mode} says. */
  static StoreRows from(InputStream in, Path file, String where, long from, int line, int mode)
      throws IOException {
    StoreRows r = new StoreRows(new StoreWindow(in, where, from), file, where, mode);
    r.line = line - 1;
    return r;
  }

  /**
   * Reads the ids {@code t} holds as {@code t}'s own String objects: a stored row merged with an
   * imported one then has its ids compared by identity, not character by character (a million rows,
   * four ids each).
   */
  StoreRows sharing(RowTable t) {
    for (int n = 0; n < t.symbols(); n++) {
      ids.add(t.symbol(n));
    }
    return this;
  }

  private void header() {
    if (!w.header(where)) {
      canonicalForm = false;
    }
  }

  /** Forgets where the previous row lay once the window has moved its bytes. */
  void sync() {
    if (w.moves != moves) {
      moves = w.moves;
      Arrays.fill(prevLen, -1);
      prevDateFrom = -1;
    }
  }

  /** Reads the next row; false at the end of the file. */
  boolean next() {
    sync();
    if (quick.read()) {
      return true;
    }
    return full.read();
  }

  /** Takes the key of the row read, after checking it against the previous row's. */
  void key(int d, String k, String s, String c, String a) {
    if (sorted && kpi != null) {
      int o = Actual.compareKey(prevDate, kpi, segment, channel, action, d, k, s, c, a);
      if (o == 0) {
        throw bad(where, line, Text.of("errors.store.same-key", prevLine));
      }
      if (o > 0) {
        sorted = false;
      }
    }
    date = d;
    prevDate = d;
    kpi = k;
    segment = s;
    channel = c;
    action = a;
    prevLine = line;
  }

  /**
   * Whether the rows were in key order, and the file in canonical form (BOM, CRLF, blank lines).
   */
  record Info(boolean sorted, boolean canonicalForm) {}

  /** After the last row: a store out of order is checked for a key written twice. */
  Info finish() {
    if (!sorted) {
      DuplicateKeys.check(w.streamed() ? InputFile.readAll(file, where) : w.b, where);
    }
    return new Info(sorted, canonicalForm);
  }

  static String text(byte[] b, int from, int to) {
    return Excerpt.of(
        new String(b, from, Math.min(to - from, 4 * Excerpt.MAX_CHARS), StandardCharsets.UTF_8));
  }

  static PacException bad(String where, int line, Text message) {
    return PacException.invalid(where + ":" + line, message);
  }
}
