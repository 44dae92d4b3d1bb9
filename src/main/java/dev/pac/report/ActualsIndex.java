package dev.pac.report;

import dev.pac.actuals.Dates;
import dev.pac.actuals.PartedSink;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The actuals store indexed once, in one pass as its rows are read ({@link Builder}): by KPI, each
 * KPI's rows in primitive arrays sorted by date (store order within a date), dimension values
 * interned as numbers ({@link #EMPTY} for an empty dimension). Scope values are computed from it by
 * {@link ScopeValues}.
 */
public final class ActualsIndex {
  /** The number of an empty dimension ("total over that dimension"). */
  public static final int EMPTY = 0;

  /** The number of a dimension value no row holds: it matches nothing. */
  public static final int ABSENT = Integer.MIN_VALUE;

  /** The rows of one KPI, sorted by date, then in store order. */
  static final class Rows {
    long[] days = new long[16];
    int[] segment = new int[16];
    int[] channel = new int[16];
    int[] action = new int[16];
    double[] values = new double[16];
    int size;

    void add(long day, int s, int c, int a, double v) {
      if (size == days.length) {
        room(size * 2);
      }
      days[size] = day;
      segment[size] = s;
      channel[size] = c;
      action[size] = a;
      values[size] = v;
      size++;
    }

    /** Makes the arrays hold {@code n} rows. */
    void room(int n) {
      days = Arrays.copyOf(days, n);
      segment = Arrays.copyOf(segment, n);
      channel = Arrays.copyOf(channel, n);
      action = Arrays.copyOf(action, n);
      values = Arrays.copyOf(values, n);
    }

    /** The index of the first row dated on or after {@code day}. */
    int from(long day) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days[mid] < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    void sortByDay() {
      for (int i = 1; i < size; i++) {
        if (days[i] < days[i - 1]) {
          Integer[] order = new Integer[size];
          for (int k = 0; k < size; k++) {
            order[k] = k;
          }
          long[] d0 = days;
          Arrays.sort(
              order, (x, y) -> Long.compare(d0[x], d0[y])); // stable: store order within a date
          long[] d = new long[size];
          int[] s = new int[size];
          int[] c = new int[size];
          int[] a = new int[size];
          double[] v = new double[size];
          for (int k = 0; k < size; k++) {
            int o = order[k];
            d[k] = days[o];
            s[k] = segment[o];
            c[k] = channel[o];
            a[k] = action[o];
            v[k] = values[o];
          }
          days = d;
          segment = s;
          channel = c;
          action = a;
          values = v;
          return;
        }
      }
    }
  }

  private static final Rows NONE = new Rows();

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Rows> byKpi = new LinkedHashMap<>();

  private ActualsIndex() {
    ids.put("", EMPTY);
  }

  /**
   * Builds the index from rows as the store's reader hands them on, without an object a row:
   * consecutive rows mostly share their date, KPI and dimension Strings (the same objects), so each
   * is looked up only when it differs from the previous row's.
   */
  public static final class Builder implements PartedSink {
    private final ActualsIndex index;
    private String kpi;
    private Rows current;
    private int date = -1;
    private long day;
    private final String[] last = new String[3];
    private final int[] lastId = new int[3];
    private final long expected; // the rows this builder will hold in the end, about; 0: unknown
    private long rows; // handed to this builder so far

    public Builder() {
      this(new ActualsIndex(), 0);
    }

    private Builder(ActualsIndex index, long expected) {
      this.index = index;
      this.expected = expected;
    }

    @Override
    public void row(
        int yyyymmdd, String kpi, String segment, String channel, String action, double value) {
      if (yyyymmdd != date) {
        date = yyyymmdd;
        day = Dates.toLocalDate(yyyymmdd).toEpochDay();
      }
      add(day, kpi, segment, channel, action, value);
    }

    private void add(
        long day, String kpi, String segment, String channel, String action, double value) {
      if (kpi != this.kpi) {
        if (current == null || !kpi.equals(this.kpi)) {
          current = index.byKpi.computeIfAbsent(kpi, k -> new Rows());
        }
        this.kpi = kpi;
      }
      if (current.size == current.days.length) {
        current.room(capacity(current.size));
      }
      current.add(day, id(0, segment), id(1, channel), id(2, action), value);
      rows++;
    }

    /**
     * The room for a KPI's rows, full at {@code size}: twice as many, or, when the rows to expect
     * are known and enough have come to tell this KPI's share of them, that share of them and an
     * eighth more, so that its arrays are not copied again and again (a million rows' index
     * allocated about twice its size in copies), nor at the join of a later part. A hint far too
     * large would cost room: the store's reader gives at most the store's size over the bytes of
     * its shortest row.
     */
    private int capacity(int size) {
      long room = 2L * size;
      if (expected > 0 && rows >= 4096) {
        long share = (long) ((double) expected * size / rows);
        room = Math.max(room, share + share / 8 + 16);
      }
      return (int) Math.min(room, Integer.MAX_VALUE - 16);
    }

    private int id(int dim, String value) {
      if (value != last[dim]) {
        last[dim] = value;
        lastId[dim] = index.intern(value);
      }
      return lastId[dim];
    }

    @Override
    public PartedSink part() {
      return new Builder();
    }

    @Override
    public PartedSink part(long rows) {
      return new Builder(new ActualsIndex(), rows);
    }

    /**
     * Takes the rows of {@code later} (a {@link #part}) after this builder's: its dimension values
     * numbered after this one's in the order it met them, its KPIs after this one's, so that the
     * index is the one a single pass over both would have built.
     */
    @Override
    public void append(PartedSink later) {
      ActualsIndex from = ((Builder) later).index;
      if (index.byKpi.isEmpty() && index.ids.size() == 1) { // empty: take the part as it is
        index.ids.putAll(from.ids);
        index.byKpi.putAll(from.byKpi);
        return;
      }
      String[] values = new String[from.ids.size()];
      from.ids.forEach((value, id) -> values[id] = value);
      int[] ids = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        ids[i] = index.intern(values[i]);
      }
      for (Map.Entry<String, Rows> e : from.byKpi.entrySet()) {
        Rows to = index.byKpi.computeIfAbsent(e.getKey(), k -> new Rows());
        Rows r = e.getValue();
        if (to.days.length < to.size + r.size) {
          to.room(to.size + r.size);
        }
        for (int i = 0; i < r.size; i++) {
          to.add(r.days[i], ids[r.segment[i]], ids[r.channel[i]], ids[r.action[i]], r.values[i]);
        }
      }
      kpi = null; // the rows handed on next start afresh
      current = null;
      Arrays.fill(last, null);
    }

    /** The index, once every row is in. */
    public ActualsIndex build() {
      index.byKpi.values().forEach(Rows::sortByDay);
      return index;
    }
  }

  /** The bytes each row takes in {@link #bytes}: its day, three dimension numbers and value. */
  private static final int ROW_BYTES = 8 + 3 * 4 + 8;

  /**
   * The index as bytes ({@link #of} reads them back): the dimension values in the order of their
   * numbers, then each KPI in the order the store first names them, with its rows' columns; null
   * when that would take 2 GiB or more.
   */
  public ByteBuffer bytes() {
    String[] values = new String[ids.size()];
    ids.forEach((value, id) -> values[id] = value);
    long n = 8;
    for (String v : values) {
      n += 4 + utf8(v).length;
    }
    for (Map.Entry<String, Rows> e : byKpi.entrySet()) {
      n += 8 + utf8(e.getKey()).length + (long) e.getValue().size * ROW_BYTES;
    }
    if (n >= Integer.MAX_VALUE) {
      return null;
    }
    ByteBuffer b = ByteBuffer.allocate((int) n).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(values.length);
    for (String v : values) {
      putText(b, v);
    }
    b.putInt(byKpi.size());
    for (Map.Entry<String, Rows> e : byKpi.entrySet()) {
      Rows r = e.getValue();
      putText(b, e.getKey());
      b.putInt(r.size);
      b.asLongBuffer().put(r.days, 0, r.size);
      b.position(b.position() + 8 * r.size);
      for (int[] column : new int[][] {r.segment, r.channel, r.action}) {
        b.asIntBuffer().put(column, 0, r.size);
        b.position(b.position() + 4 * r.size);
      }
      b.asDoubleBuffer().put(r.values, 0, r.size);
      b.position(b.position() + 8 * r.size);
    }
    return b.flip();
  }

  /**
   * The index {@link #bytes} gave, read from {@code b}'s position to its limit; null when they are
   * not such bytes (their length or counts do not add up). The caller checks they are those written
   * (a checksum): numbers out of range are not looked for row by row.
   */
  public static ActualsIndex of(ByteBuffer b) {
    try {
      b = b.slice().order(ByteOrder.LITTLE_ENDIAN);
      ActualsIndex index = new ActualsIndex();
      int count = b.getInt();
      if (count < 1 || count > b.remaining() / 4) {
        return null;
      }
      index.ids.clear();
      for (int id = 0; id < count; id++) {
        if (index.ids.put(text(b), id) != null) {
          return null;
        }
      }
      if (index.ids.get("") == null || index.ids.get("") != EMPTY) {
        return null;
      }
      int kpis = b.getInt();
      if (kpis < 0 || kpis > b.remaining() / 8) {
        return null;
      }
      for (int k = 0; k < kpis; k++) {
        String kpi = text(b);
        int size = b.getInt();
        if (size < 0 || size > b.remaining() / ROW_BYTES || index.byKpi.containsKey(kpi)) {
          return null;
        }
        Rows r = new Rows();
        r.days = new long[size];
        b.asLongBuffer().get(r.days);
        b.position(b.position() + 8 * size);
        r.segment = new int[size];
        r.channel = new int[size];
        r.action = new int[size];
        for (int[] column : new int[][] {r.segment, r.channel, r.action}) {
          b.asIntBuffer().get(column);
          b.position(b.position() + 4 * size);
        }
        r.values = new double[size];
        b.asDoubleBuffer().get(r.values);
        b.position(b.position() + 8 * size);
        r.size = size;
        index.byKpi.put(kpi, r);
      }
      return b.hasRemaining() ? null : index;
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void putText(ByteBuffer b, String s) {
    byte[] bytes = utf8(s);
    b.putInt(bytes.length);
    b.put(bytes);
  }

  private static String text(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("text of " + n + " bytes");
    }
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private int intern(String value) {
    Integer id = ids.get(value);
    if (id == null) {
      id = ids.size();
      ids.put(value, id);
    }
    return id;
  }

  /**
   * The number of a dimension value: {@link #EMPTY} for null or "", {@link #ABSENT} when no row
   * holds it.
   */
  int id(String value) {
    if (value == null || value.isEmpty()) {
      return EMPTY;
    }
    return ids.getOrDefault(value, ABSENT);
  }

  Rows rows(String kpi) {
    return kpi == null ? NONE : byKpi.getOrDefault(kpi, NONE);
  }

  /** The KPI ids of the store. */
  public Set<String> kpis() {
    return byKpi.keySet();
  }

  /** How many rows {@code kpi} has. */
  public int count(String kpi) {
    return rows(kpi).size;
  }

  /**
   * The date of the latest row of {@code kpi}, any scope, on or before {@code d}; null when none.
   */
  public LocalDate latest(String kpi, LocalDate d) {
    Rows r = rows(kpi);
    int hi = r.from(d.toEpochDay() + 1);
    return hi == 0 ? null : LocalDate.ofEpochDay(r.days[hi - 1]);
  }
}
