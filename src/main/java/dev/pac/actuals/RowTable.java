package dev.pac.actuals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Rows of the store held column by column, without an object a row: the date as {@code yyyymmdd},
 * the KPI and dimension ids (Strings shared by every row naming them), the value packed ({@link
 * PackedDecimal#pack}, its text aside when it is {@link PackedDecimal#WIDE}), and where each row
 * was read (file index and line). An import of a million rows keeps a few arrays instead of
 * millions of small objects for the collector to copy. {@link #sortedUnique} orders the rows by the
 * store's key.
 */
public final class RowTable {
  private int size;
  private int[] date;
  // ids as numbers in the table's own list of ids (a file names a few dozen): no reference a row to
  // scan
  private int[] kpi;
  private int[] segment;
  private int[] channel;
  private int[] action;
  private String[] symbols = new String[16];
  private int symbolCount;
  private final Map<String, Integer> symbolIndex = new HashMap<>();
  private long[] value;
  private String[] wide; // the text of WIDE values, else null (allocated when first needed)
  private int[] file; // null while every row is of file 0 (an import of one file)
  // null while each row's line is the one after the row before's (a file without blank lines): row
  // i then on line firstLine + i
  private int[] line;
  private int firstLine;

  public RowTable(int capacity) {
    int c = Math.max(16, capacity);
    date = new int[c];
    kpi = new int[c];
    segment = new int[c];
    channel = new int[c];
    action = new int[c];
    value = new long[c];
  }

  /** The number of id {@code s} in this table (given it when first seen). */
  public int symbol(String s) {
    Integer known = symbolIndex.get(s);
    if (known != null) {
      return known;
    }
    if (symbolCount == symbols.length) {
      symbols = Arrays.copyOf(symbols, symbolCount * 2);
    }
    symbols[symbolCount] = s;
    symbolIndex.put(s, symbolCount);
    return symbolCount++;
  }

  /** The id numbered {@code n}. */
  public String symbol(int n) {
    return symbols[n];
  }

  public void add(
      int d, String k, String s, String c, String a, long v, String wideText, int f, int l) {
    add(d, symbol(k), symbol(s), symbol(c), symbol(a), v, wideText, f, l);
  }

  /** Adds a row whose ids are given by their numbers ({@link #symbol(String)}). */
  public void add(int d, int k, int s, int c, int a, long v, String wideText, int f, int l) {
    if (size == date.length) {
      room(size + (size >> 1) + 16);
    }
    date[size] = d;
    kpi[size] = k;
    segment[size] = s;
    channel[size] = c;
    action[size] = a;
    value[size] = v;
    if (v == PackedDecimal.WIDE) {
      if (wide == null) {
        wide = new String[date.length];
      }
      wide[size] = wideText;
    }
    if (f != 0 && file == null) {
      file = new int[date.length];
    }
    if (file != null) {
      file[size] = f;
    }
    if (size == 0 && line == null) {
      firstLine = l;
    } else if (line == null && l != firstLine + size) {
      lines();
    }
    if (line != null) {
      line[size] = l;
    }
    size++;
  }

  /** Makes the line column of the rows so far, each on the line after the row before's. */
  private void lines() {
    line = new int[date.length];
    for (int i = 0; i < size; i++) {
      line[i] = firstLine + i;
    }
  }

  /** Makes the columns hold {@code n} rows. */
  private void room(int n) {
    date = Arrays.copyOf(date, n);
    kpi = Arrays.copyOf(kpi, n);
    segment = Arrays.copyOf(segment, n);
    channel = Arrays.copyOf(channel, n);
    action = Arrays.copyOf(action, n);
    value = Arrays.copyOf(value, n);
    if (file != null) {
      file = Arrays.copyOf(file, n);
    }
    if (line != null) {
      line = Arrays.copyOf(line, n);
    }
    if (wide != null) {
      wide = Arrays.copyOf(wide, n);
    }
  }

  /**
   * Adds every row of {@code t} after this table's, its lines moved on by {@code lines} (the rows
   * of a file's later part, read on their own from line 0): its ids numbered after this table's in
   * the order {@code t} met them, as one table reading both parts would have numbered them.
   */
  public void append(RowTable t, int lines) {
    int[] to = new int[t.symbolCount];
    for (int x = 0; x < t.symbolCount; x++) {
      to[x] = symbol(t.symbols[x]);
    }
    int n = size + t.size;
    if (n > date.length) {
      room(n);
    }
    if (t.wide != null && wide == null) {
      wide = new String[date.length];
    }
    System.arraycopy(t.date, 0, date, size, t.size);
    System.arraycopy(t.value, 0, value, size, t.size);
    if (t.file != null) {
      if (file == null) {
        file = new int[date.length];
      }
      System.arraycopy(t.file, 0, file, size, t.size);
    }
    if (t.wide != null) {
      System.arraycopy(t.wide, 0, wide, size, t.size);
    }
    for (int i = 0; i < t.size; i++) {
      int at = size + i;
      kpi[at] = to[t.kpi[i]];
      segment[at] = to[t.segment[i]];
      channel[at] = to[t.channel[i]];
      action[at] = to[t.action[i]];
    }
    // the lines stay implicit when t's rows go on line after line from this table's last
    boolean implicit =
        t.size == 0
            || line == null
                && t.line == null
                && (size == 0 || t.firstLine + lines == firstLine + size);
    if (implicit) {
      if (size == 0 && t.size > 0) {
        firstLine = t.firstLine + lines;
      }
    } else {
      if (line == null) {
        lines();
      }
      for (int i = 0; i < t.size; i++) {
        line[size + i] = t.line(i) + lines;
      }
    }
    size = n;
  }

  /** Adds row {@code i} of {@code t}. */
  public void add(RowTable t, int i) {
    add(
        t.date[i],
        t.kpi(i),
        t.segment(i),
        t.channel(i),
        t.action(i),
        t.value[i],
        t.wideText(i),
        t.file(i),
        t.line(i));
  }

  /** The rows of {@code rows}, in that order (file 0, line 0). */
  public static RowTable of(List<Actual> rows) {
    RowTable t = new RowTable(rows.size());
    for (Actual a : rows) {
      long v = PackedDecimal.pack(a.value());
      t.add(
          a.date(),
          a.kpi(),
          a.segment(),
          a.channel(),
          a.action(),
          v,
          v == PackedDecimal.WIDE ? a.value() : null,
          0,
          0);
    }
    return t;
  }

  public int size() {
    return size;
  }

  public int date(int i) {
    return date[i];
  }

  public String kpi(int i) {
    return symbols[kpi[i]];
  }

  public String segment(int i) {
    return symbols[segment[i]];
  }

  public String channel(int i) {
    return symbols[channel[i]];
  }

  public String action(int i) {
    return symbols[action[i]];
  }

  /** The number of row {@code i}'s KPI id. */
  public int kpiSymbol(int i) {
    return kpi[i];
  }

  /** The number of row {@code i}'s id in dimension {@code d} (0 segment, 1 channel, 2 action). */
  public int dimensionSymbol(int i, int d) {
    return column(d)[i];
  }

  /** The ids numbered below this: {@link #symbol(int)}. */
  public int symbols() {
    return symbolCount;
  }

  /** Renumbers dimension {@code d}: each row's id number {@code n} becomes {@code to[n]}. */
  public void renumber(int d, int[] to) {
    int[] col = column(d);
    for (int i = 0; i < size; i++) {
      col[i] = to[col[i]];
    }
  }

  private int[] column(int d) {
    return d == 0 ? segment : d == 1 ? channel : action;
  }

  /** The packed value ({@link PackedDecimal#pack}). */
  public long packed(int i) {
    return value[i];
  }

  private String wideText(int i) {
    return wide == null ? null : wide[i];
  }

  /** The value's canonical text. */
  public String value(int i) {
    return value[i] == PackedDecimal.WIDE ? wide[i] : PackedDecimal.text(value[i]);
  }

  public int file(int i) {
    return file == null ? 0 : file[i];
  }

  public int line(int i) {
    return line == null ? firstLine + i : line[i];
  }

  /** The value of dimension {@code d} (0 segment, 1 channel, 2 action) of row {@code i}. */
  public String dimension(int i, int d) {
    return symbols[column(d)[i]];
  }

  /**
   * The values of dimension {@code d} (0 segment, 1 channel, 2 action) that the rows name, empty
   * left out, sorted: one look at each row's number, then one at each id of the table.
   */
  public SortedSet<String> dimensionIds(int d) {
    int[] col = column(d);
    boolean[] used = new boolean[symbolCount];
    for (int i = 0; i < size; i++) {
      used[col[i]] = true;
    }
    SortedSet<String> out = new TreeSet<>();
    for (int x = 0; x < symbolCount; x++) {
      if (used[x] && !symbols[x].isEmpty()) {
        out.add(symbols[x]);
      }
    }
    return out;
  }

  /** Whether rows {@code i} and {@code j} hold the same value. */
  public boolean sameValue(int i, int j) {
    return value[i] == value[j] && (value[i] != PackedDecimal.WIDE || wide[i].equals(wide[j]));
  }

  /** A row as a record (the rare paths: a conflict to explain, a test). */
  public Actual actual(int i) {
    return new Actual(date[i], kpi(i), segment(i), channel(i), action(i), value(i));
  }

  /**
   * The rows' indices in the store's key order (date, kpi, segment, channel, action), stable (file
   * and line order kept among equal keys), or null when the keys do not fit one long with the row's
   * index ({@link KeyOrder}).
   */
  public int[] keyOrder() {
    return KeyOrder.of(
        date, new int[][] {kpi, segment, channel, action}, size, symbols, symbolCount);
  }

  /** Whether rows {@code i} and {@code j} have the same key. */
  public boolean sameKey(int i, int j) {
    return date[i] == date[j]
        && kpi[i] == kpi[j]
        && segment[i] == segment[j]
        && channel[i] == channel[j]
        && action[i] == action[j];
  }
}
