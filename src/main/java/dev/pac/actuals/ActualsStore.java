package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.files.AtomicFile;
import dev.pac.files.InputFile;
import dev.pac.model.ActualRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals store, {@code data/actuals.csv}: header {@code
 * date,kpi,value,segment,channel,action}, UTF-8 without BOM, LF, rows unique on (date, kpi,
 * segment, channel, action) and sorted by it, values in the canonical text of {@link Decimals}.
 *
 * <p>Reading is strict on content (a real date, a KPI id, dimension ids or empty, a plain decimal
 * value, six fields, no key twice: each problem is an error at {@code FILE:LINE}) and lenient on
 * form (a BOM, CRLF, rows out of order or values like {@code 1.50} are read; the next import writes
 * them canonically). A missing file is an empty store.
 */
public final class ActualsStore {
  public static final String HEADER = "date,kpi,value,segment,channel,action";
  private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);

  private ActualsStore() {}

  /**
   * Hands the store's rows to {@code sink} in file order, each checked as the import checks them;
   * false when there is no store yet. {@code where} names the file in errors. No object is made a
   * row: the report indexes the rows as they come.
   */
  public static boolean read(Path file, String where, RowSink sink) {
    if (!exists(file, where)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      Parser p = new Parser(in, file, where, Parser.DOUBLE);
      rows(p, sink);
    } catch (IOException e) {
      throw failure(where, e);
    }
    return true;
  }

  /**
   * The rows of a store's bytes (as committed at some revision, say), checked as {@link #read}
   * checks them.
   */
  public static void rows(byte[] bytes, String where, RowSink sink) {
    rows(new Parser(bytes, where, Parser.DOUBLE), sink);
  }

  private static void rows(Parser p, RowSink sink) {
    while (p.next()) {
      sink.row(p.date, p.kpi, p.segment, p.channel, p.action, p.number);
    }
    p.finish();
  }

  /**
   * The store's rows as records, in file order (for tests and small stores; the report streams
   * them).
   */
  public static List<ActualRow> read(Path file, String where) {
    byte[] bytes = bytes(file, where);
    return bytes == null ? List.of() : rows(bytes, where);
  }

  /** The rows of a store's bytes as records. */
  public static List<ActualRow> rows(byte[] bytes, String where) {
    List<ActualRow> rows = new ArrayList<>();
    Map<Integer, LocalDate> dates = new HashMap<>();
    rows(
        bytes,
        where,
        (date, kpi, segment, channel, action, value) ->
            rows.add(
                new ActualRow(
                    dates.computeIfAbsent(date, Dates::toLocalDate),
                    kpi,
                    value,
                    segment,
                    channel,
                    action)));
    return rows;
  }

  /**
   * The store as the import merges into it: sorted by key, and whether the file is already
   * canonical.
   */
  public record Loaded(List<Actual> rows, boolean exists, boolean canonical) {}

  /** Reads the store whole, sorted (tests, and a store out of order: the rare path). */
  public static Loaded load(Path file, String where) {
    byte[] bytes = bytes(file, where);
    if (bytes == null) {
      return new Loaded(List.of(), false, false);
    }
    List<Actual> rows = new ArrayList<>();
    Parser p = new Parser(bytes, where, Parser.PACKED);
    boolean canonical = true;
    while (p.next()) {
      canonical &= Decimals.isCanonical(bytes, p.valueFrom, p.valueTo, p.packed);
      rows.add(
          new Actual(
              p.date,
              p.kpi,
              p.segment,
              p.channel,
              p.action,
              p.packed == Decimals.WIDE ? p.value : Decimals.text(p.packed)));
    }
    Info info = p.finish();
    if (!info.sorted()) {
      rows.sort(Actual.KEY_ORDER);
    }
    return new Loaded(rows, true, canonical && info.sorted() && info.canonicalForm());
  }

  /** What an upsert did to the store. */
  public record Upserted(int added, int updated, int unchanged, boolean written) {}

  /** {@link #upsert(Path, String, RowTable, int[], int, boolean)} of rows sorted by key, unique. */
  public static Upserted upsert(Path file, String where, List<Actual> imported, boolean write) {
    int[] order = new int[imported.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return upsert(file, where, RowTable.of(imported), order, order.length, write);
  }

  /**
   * Upserts the rows {@code order[0..count)} of {@code imported} (in key order, unique) into the
   * store, rewriting it atomically when {@code write} and something changes (or the file is not in
   * canonical form).
   *
   * <p>The store is parsed once, in place on its bytes (no object a row), to count the merge and to
   * find where the new file first differs from the old: the row before which an imported row is
   * added, or which is updated, or which is not written canonically. Up to there the new file is
   * the old file's bytes, copied; from there the rest of the store is parsed again and merged. The
   * weekly case (new rows dated after the store's) so parses the store once and copies it; an
   * import that changes nothing writes nothing. A store out of order or not canonical in form (a
   * BOM, CRLF) is loaded, sorted and rewritten whole.
   */
  public static Upserted upsert(
      Path file, String where, RowTable imported, int[] order, int count, boolean write) {
    if (!exists(file, where)) {
      boolean written = write && count > 0;
      if (written) {
        AtomicFile.write(
            file,
            where,
            ch -> {
              RowWriter w = new RowWriter(ch, true);
              for (int k = 0; k < count; k++) {
                w.row(imported, order[k]);
              }
              w.flush();
            });
      }
      return new Upserted(count, 0, 0, written);
    }
    Upsert counting = new Upsert(imported, order, 0, count, null);
    long firstChange = -1; // the offset of the first row that the new file does not copy
    int firstChangeLine = 0;
    int importedBefore = 0; // imported rows merged (all unchanged) before that row
    Info info;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      Parser p = new Parser(in, file, where, Parser.PACKED);
      while (p.next()) {
        int changes = counting.added() + counting.updated();
        int taken = counting.taken();
        counting.stored(p.date, p.kpi, p.segment, p.channel, p.action, p.packed, p.value);
        if (firstChange < 0
            && (counting.added() + counting.updated() != changes
                || !Decimals.isCanonical(p.b, p.valueFrom, p.valueTo, p.packed))) {
          firstChange = p.rowStart;
          firstChangeLine = p.line;
          importedBefore = taken;
        }
      }
      counting.finish();
      info = p.finish();
      size = p.base + p.limit;
    } catch (IOException e) {
      throw failure(where, e); // counting writes nothing
    }
    boolean changed = counting.added() > 0 || counting.updated() > 0 || firstChange >= 0;
    if (!info.sorted() || !info.canonicalForm()) {
      List<Actual> rows = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        rows.add(imported.actual(order[k]));
      }
      Upsert.Result merged = Upsert.merge(load(file, where).rows(), rows); // load sorts the rows
      if (write) {
        AtomicFile.write(
            file,
            where,
            ch -> {
              RowWriter w = new RowWriter(ch, true);
              for (Actual a : merged.rows()) {
                long v = Decimals.pack(a.value());
                w.row(a.date(), a.kpi(), a.segment(), a.channel(), a.action(), v, a.value());
              }
              w.flush();
            });
      }
      return new Upserted(merged.added(), merged.updated(), merged.unchanged(), write);
    }
    if (!write || !changed) {
      return new Upserted(counting.added(), counting.updated(), counting.unchanged(), false);
    }
    long copy = firstChange >= 0 ? firstChange : size; // the rows after all stored ones: copy all
    int from = firstChange >= 0 ? importedBefore : counting.taken() - counting.added();
    int line = firstChangeLine;
    AtomicFile.write(
        file,
        where,
        ch -> {
          try (java.nio.channels.FileChannel old = java.nio.channels.FileChannel.open(file)) {
            for (long done = 0;
                done
                    < copy; ) { // the old file's bytes up to the first change, copied by the kernel
              done += old.transferTo(done, copy - done, ch);
            }
          }
          ch.position(copy);
          RowWriter w = new RowWriter(ch, copy == 0);
          Upsert merge;
          if (copy < size) {
            try (InputStream in = Files.newInputStream(file)) {
              in.skipNBytes(copy);
              Parser rest = new Parser(in, file, where, copy, line);
              merge =
                  new Upsert(
                      imported,
                      order,
                      from,
                      count,
                      new Upsert.Out() {
                        @Override
                        public void stored() throws IOException {
                          w.row(
                              rest.date,
                              rest.kpi,
                              rest.segment,
                              rest.channel,
                              rest.action,
                              rest.packed,
                              rest.value);
                        }

                        @Override
                        public void imported(int row) throws IOException {
                          w.row(imported, row);
                        }
                      });
              while (rest.next()) {
                merge.stored(
                    rest.date,
                    rest.kpi,
                    rest.segment,
                    rest.channel,
                    rest.action,
                    rest.packed,
                    rest.value);
              }
            }
          } else {
            merge =
                new Upsert(
                    imported,
                    order,
                    from,
                    count,
                    new Upsert.Out() {
                      @Override
                      public void stored() {
                        throw new IllegalStateException("no stored row is left to merge");
                      }

                      @Override
                      public void imported(int row) throws IOException {
                        w.row(imported, row);
                      }
                    });
          }
          merge.finish();
          w.flush();
        });
    return new Upserted(counting.added(), counting.updated(), counting.unchanged(), true);
  }

  /** A read of the store that failed, as the user sees it (exit 3). */
  private static PacException failure(String where, IOException e) {
    if (e instanceof NoSuchFileException) {
      return PacException.io(where, "no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return PacException.io(where, "permission denied", e);
    }
    return PacException.io(where, "cannot read: " + e.getMessage(), e);
  }

  /**
   * Store rows as bytes into a file channel through a 1 MiB buffer; the header first. A store's
   * cells are ISO dates, ids (lower-case letters, digits, '-') and plain decimals: none holds a
   * comma, a quote or a line end, so RFC 4180 (and Apache Commons CSV's {@code CSVPrinter}) writes
   * each as it is, and a row is its cells joined with commas and ended with LF (the store's tests
   * check this against {@code CSVPrinter}). Each distinct date and id is encoded once.
   */
  private static final class RowWriter {
    private final java.nio.channels.FileChannel ch;
    private final byte[] buf = new byte[1 << 20];
    private int n;
    private int lastDate = -1;
    private final byte[] dateText = new byte[10];
    private final String[] lastId = new String[4];
    private final byte[][] lastBytes = new byte[4][];
    private final java.util.Map<String, byte[]> idBytes = new HashMap<>();

    RowWriter(java.nio.channels.FileChannel ch, boolean header) throws IOException {
      this.ch = ch;
      if (header) {
        put(HEADER_BYTES);
        put((byte) '\n');
      }
    }

    void row(RowTable t, int i) throws IOException {
      row(
          t.date(i),
          t.kpi(i),
          t.segment(i),
          t.channel(i),
          t.action(i),
          t.packed(i),
          t.packed(i) == Decimals.WIDE ? t.value(i) : null);
    }

    void row(
        int date,
        String kpi,
        String segment,
        String channel,
        String action,
        long packed,
        String wide)
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
      if (packed == Decimals.WIDE) {
        put(wide.getBytes(StandardCharsets.US_ASCII));
      } else {
        n = Decimals.write(packed, buf, n);
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
          write(java.nio.ByteBuffer.wrap(b));
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
      write(java.nio.ByteBuffer.wrap(buf, 0, n));
      n = 0;
    }

    private void write(java.nio.ByteBuffer b) throws IOException {
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }

    void flush() throws IOException {
      drain();
    }
  }

  /**
   * The store's bytes, or null when there is no store yet; what is not a regular file is refused
   * (exit 3).
   */
  private static byte[] bytes(Path file, String where) {
    return exists(file, where) ? InputFile.readAll(file, where) : null;
  }

  /** Whether there is a store yet; what is not a regular file is refused (exit 3). */
  private static boolean exists(Path file, String where) {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String refused = InputFile.refusal(file);
    if (refused != null) {
      throw PacException.io(
          where,
          refused.startsWith("this is a folder,")
              ? "this is a folder, not the actuals store"
              : refused,
          null);
    }
    return true;
  }

  private record Info(boolean sorted, boolean canonicalForm) {}

  /**
   * The store's rows one at a time, in place on its bytes: {@link #next} reads a row into the
   * fields (date, ids, where the value's text lies) after checking everything but the value, whose
   * reading the caller chooses (text for the import, a double for the report). Ids are interned; a
   * row naming the same id as the row before it in a column reuses that row's String without
   * hashing (rows sorted by key repeat their kpi, segment and channel). One small method a row: the
   * JIT compiles it on its own, early, instead of replacing a long loop on the stack.
   */
  private static final class Parser {
    byte[] b;
    final String where;
    final IdInterner ids = new IdInterner();

    /**
     * The end of the bytes in {@link #b}; with {@link #in}, a window on the file refilled as rows
     * are read.
     */
    int limit;

    /** The row read: its line, date, ids and value's text. */
    int line = 1;

    int date;
    String kpi;
    String segment;
    String channel;
    String action;
    int valueFrom;
    int valueTo;

    /** Reading the value as a double (the report) or packed ({@link Decimals#pack}: the import). */
    static final int DOUBLE = 0;

    static final int PACKED = 1;

    /**
     * The value: {@link #number} or {@link #packed}, with {@link #value} its text when it is {@link
     * Decimals#WIDE}.
     */
    double number;

    long packed;
    String value;
    final int mode;

    /** Where the row read starts, as an offset in the file. */
    long rowStart;

    boolean sorted = true;
    boolean canonicalForm = true;
    private int pos;

    private final InputStream in;
    private final Path file;
    private boolean eof;
    private final int[] commas = new int[5];
    private final int[] prevFrom =
        new int[5]; // where the previous row's ids lie, by column (1 unused: the value)
    private final int[] prevLen = new int[5];
    private int prevDate = -1;
    private int prevLine;

    /** A parser of a whole store in {@code b}: checks the header. */
    Parser(byte[] b, String where, int mode) {
      this.b = b;
      this.limit = b.length;
      this.in = null;
      this.file = null;
      this.where = where;
      this.mode = mode;
      header();
    }

    /**
     * A parser of the store {@code file} read through a 1 MiB window (the report: its bytes are not
     * held, so a large store costs the heap only the rows the caller keeps).
     */
    Parser(InputStream in, Path file, String where, int mode) throws IOException {
      this.b = new byte[1 << 20];
      this.in = in;
      this.file = file;
      this.where = where;
      this.mode = mode;
      fill();
      header();
    }

    /**
     * A parser of the rows of {@code file} from {@code in}, which stands at offset {@code from} (a
     * row's start in a store already checked whole), the first on {@code line}; through a 1 MiB
     * window, values packed.
     */
    Parser(InputStream in, Path file, String where, long from, int line) throws IOException {
      this.b = new byte[1 << 20];
      this.in = in;
      this.file = file;
      this.where = where;
      this.mode = PACKED;
      this.base = from;
      this.line = line - 1;
      fill();
    }

    /** The offset in the file of {@code b[0]}. */
    private long base;

    private void header() {
      byte[] b = this.b;
      int n = limit;
      if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        pos = 3;
        canonicalForm = false;
      }
      if (pos == n) {
        canonicalForm = false;
        return;
      }
      int eol = lineEnd(b, pos, n);
      int headerEnd = eol > pos && b[eol - 1] == '\r' ? eol - 1 : eol;
      if (!java.util.Arrays.equals(b, pos, headerEnd, HEADER_BYTES, 0, HEADER_BYTES.length)) {
        throw PacException.invalid(
            where + ":1",
            "the actuals store must start with the header '"
                + HEADER
                + "', found '"
                + text(b, pos, headerEnd)
                + "'");
      }
      if (headerEnd != eol || eol == n) {
        canonicalForm = false;
      }
      pos = eol + 1;
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
     * Makes room in the window: drops the bytes before {@code keep} (the start of the line being
     * read), else doubles the window (a line longer than it), then reads on; false at the end of
     * the file.
     */
    private boolean refill(int keep) {
      try {
        if (eof) {
          return false;
        }
        if (keep > 0) {
          System.arraycopy(b, keep, b, 0, limit - keep);
          limit -= keep;
          pos -= keep;
          base += keep;
          java.util.Arrays.fill(
              prevLen, -1); // the previous row's bytes are gone: its ids are looked up again
        } else if (limit == b.length) {
          b = java.util.Arrays.copyOf(b, b.length * 2);
        }
        return fill();
      } catch (IOException e) {
        throw PacException.io(where, "cannot read: " + e.getMessage(), e);
      }
    }

    /** Reads the next row; false at the end of the file. */
    boolean next() {
      while (true) {
        if (pos >= limit && (in == null || !refill(pos))) {
          return false;
        }
        byte[] b = this.b;
        int n = limit;
        int start = pos;
        int found = 0;
        int i = start;
        for (; i < n; i++) {
          byte c = b[i];
          if (c == ',') {
            if (found < 5) {
              commas[found] = i;
            }
            found++;
          } else if (c == '\n') {
            break;
          }
        }
        if (i == n && in != null && refill(start)) {
          continue; // the line goes on past the window: read it again whole
        }
        line++;
        int eol = i;
        n = limit;
        b = this.b;
        if (in != null && start != pos) { // the window moved while the line's end was sought
          int shift = start - pos;
          start -= shift;
          eol -= shift;
          for (int k = 0; k < 5; k++) {
            commas[k] -= shift;
          }
        }
        pos = eol + 1;
        int end = eol;
        if (eol == n) {
          canonicalForm = false; // no final LF
        }
        if (end > start && b[end - 1] == '\r') {
          end--;
          canonicalForm = false;
        }
        if (end == start) {
          canonicalForm = false;
          continue;
        }
        if (found != 5) {
          throw bad(
              where,
              line,
              "expected 6 fields ("
                  + HEADER
                  + "), found "
                  + Math.min(found + 1, 7)
                  + ": '"
                  + text(b, start, end)
                  + "'");
        }
        row(start, end);
        return true;
      }
    }

    private void row(int start, int end) {
      int[] commas = this.commas;
      rowStart = base + start;
      int d = Dates.parseIso(b, start, commas[0]);
      if (d < 0) {
        throw bad(
            where,
            line,
            "'" + text(b, start, commas[0]) + "' is not a date (YYYY-MM-DD) in the " + Dates.RANGE);
      }
      String k = id(0, commas[0] + 1, commas[1], kpi);
      if (k == null || k.isEmpty()) {
        throw bad(
            where,
            line,
            "kpi '"
                + dev.pac.text.Excerpt.of(k == null ? lastInvalid : k)
                + "' is not an id (lower-case letters, digits and '-')");
      }
      valueFrom = commas[1] + 1;
      valueTo = commas[2];
      if (mode == PACKED) {
        packed = Decimals.pack(b, valueFrom, valueTo);
        if (packed == Decimals.INVALID) {
          throw badValue();
        }
        value = packed == Decimals.WIDE ? Decimals.canonical(b, valueFrom, valueTo) : null;
      } else {
        number = Decimals.toDouble(b, valueFrom, valueTo);
        if (Double.isNaN(number)) {
          throw badValue();
        }
      }
      String s = dimension(2, commas[2] + 1, commas[3], segment, "segment");
      String c = dimension(3, commas[3] + 1, commas[4], channel, "channel");
      String a = dimension(4, commas[4] + 1, end, action, "action");
      if (sorted && kpi != null) {
        int o = Integer.compare(prevDate, d);
        if (o == 0) {
          o = compare(kpi, k);
        }
        if (o == 0) {
          o = compare(segment, s);
        }
        if (o == 0) {
          o = compare(channel, c);
        }
        if (o == 0) {
          o = compare(action, a);
        }
        if (o == 0) {
          throw bad(
              where,
              line,
              "the same date, kpi, segment, channel and action as line "
                  + prevLine
                  + "; keep one of the two rows");
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

    private String lastInvalid;

    /**
     * The id in column {@code col} at {@code [from, to)}, or null when it is not one ({@link
     * #lastInvalid}).
     */
    private String id(int col, int from, int to, String previous) {
      int len = to - from;
      int pf = prevFrom[col];
      int pl = prevLen[col];
      prevFrom[col] = from;
      prevLen[col] = len;
      if (previous != null && pl == len && same(b, pf, from, len)) {
        return previous;
      }
      String v = ids.get(b, from, to);
      if (!ids.lastValid) {
        lastInvalid = v;
        return null;
      }
      return v;
    }

    private String dimension(int col, int from, int to, String previous, String name) {
      String v = id(col, from, to, previous);
      if (v == null) {
        throw bad(
            where,
            line,
            name
                + " '"
                + dev.pac.text.Excerpt.of(lastInvalid)
                + "' is not an id (lower-case letters, digits and '-')");
      }
      return v;
    }

    PacException badValue() {
      return bad(
          where,
          line,
          "value '" + text(b, valueFrom, valueTo) + "' " + Decimals.problem(b, valueFrom, valueTo));
    }

    Info finish() {
      if (!sorted) {
        checkUnique(in == null ? b : InputFile.readAll(file, where), where);
      }
      return new Info(sorted, canonicalForm);
    }
  }

  private static boolean same(byte[] b, int x, int y, int len) {
    for (int i = 0; i < len; i++) {
      if (b[x + i] != b[y + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rows out of order: finds a key written twice by sorting the keys with their lines (a rare
   * path).
   */
  private static void checkUnique(byte[] b, String where) {
    record Key(Actual row, int line) {}
    List<Key> keys = new ArrayList<>();
    String text = new String(b, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split(",", -1);
      keys.add(new Key(new Actual(Dates.parseIso(f[0]), f[1], f[3], f[4], f[5], ""), i + 1));
    }
    keys.sort(Comparator.comparing(Key::row, Actual.KEY_ORDER).thenComparingInt(Key::line));
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).row().sameKey(keys.get(i - 1).row())) {
        throw bad(
            where,
            keys.get(i).line(),
            "the same date, kpi, segment, channel and action as line "
                + keys.get(i - 1).line()
                + "; keep one of the two rows");
      }
    }
  }

  private static String dimension(
      IdInterner ids, byte[] b, int from, int to, String where, int line, String name) {
    String v = ids.get(b, from, to);
    if (!ids.lastValid) {
      throw bad(
          where,
          line,
          name
              + " '"
              + dev.pac.text.Excerpt.of(v)
              + "' is not an id (lower-case letters, digits and '-')");
    }
    return v;
  }

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private static int lineEnd(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  private static String text(byte[] b, int from, int to) {
    return dev.pac.text.Excerpt.of(
        new String(
            b,
            from,
            Math.min(to - from, 4 * dev.pac.text.Excerpt.MAX_CHARS),
            StandardCharsets.UTF_8));
  }

  private static PacException bad(String where, int line, String message) {
    return PacException.invalid(where + ":" + line, message);
  }
}
