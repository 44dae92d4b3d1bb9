package dev.pac.actuals;

/**
 * Reads a store row in its usual form in one pass over its bytes: a ten-byte date (compared with
 * the previous row's before it is parsed), ids compared with the previous row's in the same column
 * before they are looked up, and the value read as it is scanned (as a double: up to 15 significant
 * digits; packed: a value written canonically, any other plain decimal through {@link
 * PackedDecimal}). Anything else (a CR, a missing or extra field, a value with a {@code +} or too
 * many digits for a double, an id that is not one, a line that goes on past the window) leaves the
 * row untouched for {@link FullRow}, which also says what is wrong. Nothing of the reader's state
 * changes until the whole row is read.
 */
final class QuickRow {
  private final StoreRows r;
  private final int[] ends = new int[5];

  QuickRow(StoreRows r) {
    this.r = r;
  }

  /** Reads the row at the window's position; false when it is not in the usual form. */
  boolean read() {
    StoreWindow w = r.w;
    byte[] b = w.b;
    int n = w.limit;
    int start = w.pos;
    int p = start + 10;
    if (p >= n || b[p] != ',') {
      return false;
    }
    int d;
    int pd = r.prevDateFrom;
    if (pd >= 0 && same(b, pd, start, 10)) {
      d = r.date;
    } else {
      d = Dates.parseIso(b, start, p);
      if (d < 0) {
        return false;
      }
    }
    String k = field(0, b, p + 1, n, (byte) ',', r.kpi);
    if (k == null || k.isEmpty()) {
      return false;
    }
    int vFrom = ends[0] + 1;
    int vTo = r.mode == StoreRows.DOUBLE ? number(b, vFrom, n) : packed(b, vFrom, n);
    if (vTo < 0) {
      return false;
    }
    String s = field(2, b, vTo + 1, n, (byte) ',', r.segment);
    if (s == null) {
      return false;
    }
    String c = field(3, b, ends[2] + 1, n, (byte) ',', r.channel);
    if (c == null) {
      return false;
    }
    String a = field(4, b, ends[3] + 1, n, (byte) '\n', r.action);
    if (a == null) {
      return false;
    }
    // the whole row is read: take it
    r.line++;
    r.rowStart = w.base + start;
    w.pos = ends[4] + 1;
    r.prevDateFrom = start;
    int[] from = r.prevFrom;
    int[] len = r.prevLen;
    from[0] = p + 1;
    len[0] = ends[0] - from[0];
    from[2] = vTo + 1;
    len[2] = ends[2] - from[2];
    from[3] = ends[2] + 1;
    len[3] = ends[3] - from[3];
    from[4] = ends[3] + 1;
    len[4] = ends[4] - from[4];
    r.valueFrom = vFrom;
    r.valueTo = vTo;
    if (r.mode == StoreRows.DOUBLE) {
      r.number = number;
    } else {
      r.packed = packed;
      r.value = packed == PackedDecimal.WIDE ? Decimals.canonical(b, vFrom, vTo) : null;
      r.valueCanonical = canonical;
    }
    r.key(d, k, s, c, a);
    return true;
  }

  /** The value read: as a double, or packed and whether its text is the canonical one. */
  private double number;

  private long packed;
  private boolean canonical;

  /**
   * Reads the value at {@code from} as a double, up to 15 significant digits; returns the comma
   * after it, or -1.
   */
  private int number(byte[] b, int from, int n) {
    int i = from;
    boolean negative = i < n && b[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    boolean any = false;
    for (; i < n; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (i == n || b[i] != ',' || !any || digits > 15 || scale > Decimals.MAX_DECIMALS) {
      return -1;
    }
    number = PackedDecimal.scaled(mantissa, scale, negative);
    return i;
  }

  /**
   * Reads the value at {@code from} packed ({@link PackedDecimal#pack}); returns the comma after
   * it, or -1. A value written canonically is packed in one pass ({@link
   * PackedDecimal#packCanonical}); any other goes through {@link PackedDecimal#pack}.
   */
  private int packed(byte[] b, int from, int n) {
    int i = from;
    while (i < n && b[i] != ',' && b[i] != '\n') {
      i++;
    }
    if (i == n || b[i] != ',') {
      return -1;
    }
    long p = PackedDecimal.packCanonical(b, from, i);
    if (p != PackedDecimal.INVALID) {
      packed = p;
      canonical = true;
      return i;
    }
    packed = PackedDecimal.pack(b, from, i);
    if (packed == PackedDecimal.INVALID) {
      return -1;
    }
    canonical = PackedDecimal.isCanonical(b, from, i, packed);
    return i;
  }

  /**
   * The id in column {@code col} from {@code from} to the byte {@code delim} (its end in {@link
   * #ends}), or null when the field does not end there or is not an id.
   */
  private String field(int col, byte[] b, int from, int n, byte delim, String previous) {
    int len = r.prevLen[col];
    int to = from + len;
    if (previous != null
        && len >= 0
        && to < n
        && b[to] == delim
        && same(b, r.prevFrom[col], from, len)) {
      ends[col] = to;
      return previous;
    }
    for (to = from; to < n; to++) {
      byte c = b[to];
      if (c == ',' || c == '\n') {
        break;
      }
    }
    if (to == n || b[to] != delim) {
      return null;
    }
    String v = r.ids.get(b, from, to);
    if (!r.ids.lastValid) {
      return null;
    }
    ends[col] = to;
    return v;
  }

  private static boolean same(byte[] b, int x, int y, int len) {
    for (int i = 0; i < len; i++) {
      if (b[x + i] != b[y + i]) {
        return false;
      }
    }
    return true;
  }
}
