package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.text.Excerpt;
import java.util.Arrays;

/**
 * Reads a store row of any form: finds the line's end and its commas first (reading on through the
 * window when the line goes past it), then checks the fields in order, the date, the kpi, the
 * value, the dimensions, and says at the row's line what is wrong with the first that is. Blank
 * lines, CRLF and a missing final LF are read and noted as not canonical.
 */
final class FullRow {
  private final StoreRows r;
  private final int[] commas = new int[5];

  FullRow(StoreRows r) {
    this.r = r;
  }

  /** Reads the next row; false at the end of the file. */
  boolean read() {
    StoreWindow w = r.w;
    while (true) {
      if (w.pos >= w.limit && !w.refill(w.pos)) {
        return false;
      }
      byte[] b = r.w.b;
      int n = w.limit;
      int start = w.pos;
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
      if (i == n && w.readOn(start)) {
        r.sync(); // the positions above may be stale: read the line again whole
        continue;
      }
      r.line++;
      w.pos = i + 1;
      int end = i;
      if (i == n) {
        r.canonicalForm = false; // no final LF
      }
      if (end > start && b[end - 1] == '\r') {
        end--;
        r.canonicalForm = false;
      }
      if (end == start) {
        r.canonicalForm = false;
        continue;
      }
      if (found != 5) {
        throw StoreRows.bad(
            r.where,
            r.line,
            Text.of(
                "errors.store.fields",
                ActualsStore.HEADER,
                Math.min(found + 1, 7),
                StoreRows.text(b, start, end)));
      }
      row(start, end);
      return true;
    }
  }

  /** Reads and checks the row at {@code [start, end)}, whose commas {@link #read} found. */
  private void row(int start, int end) {
    byte[] b = r.w.b;
    int[] commas = this.commas;
    r.rowStart = r.w.base + start;
    int d = Dates.parseIso(b, start, commas[0]);
    if (d < 0) {
      throw StoreRows.bad(
          r.where,
          r.line,
          Text.of(
              "errors.store.date",
              StoreRows.text(b, start, commas[0]),
              Dates.MIN_YEAR,
              Dates.MAX_YEAR));
    }
    r.prevDateFrom = start;
    String k = id(0, commas[0] + 1, commas[1], r.kpi);
    if (k == null || k.isEmpty()) {
      throw StoreRows.bad(
          r.where,
          r.line,
          Text.of("errors.store.id", "kpi", Excerpt.of(k == null ? lastInvalid : k)));
    }
    r.valueFrom = commas[1] + 1;
    r.valueTo = commas[2];
    if (r.mode == StoreRows.PACKED) {
      r.packed = PackedDecimal.pack(b, r.valueFrom, r.valueTo);
      if (r.packed == PackedDecimal.INVALID) {
        throw badValue();
      }
      r.value =
          r.packed == PackedDecimal.WIDE ? Decimals.canonical(b, r.valueFrom, r.valueTo) : null;
      r.valueCanonical = PackedDecimal.isCanonical(b, r.valueFrom, r.valueTo, r.packed);
    } else {
      r.number = PackedDecimal.toDouble(b, r.valueFrom, r.valueTo);
      if (Double.isNaN(r.number)) {
        throw badValue();
      }
    }
    String s = dimension(2, commas[2] + 1, commas[3], r.segment, "segment");
    String c = dimension(3, commas[3] + 1, commas[4], r.channel, "channel");
    String a = dimension(4, commas[4] + 1, end, r.action, "action");
    r.key(d, k, s, c, a);
  }

  private String lastInvalid;

  /** The id in column {@code col} at {@code [from, to)}, or null when it is not one. */
  private String id(int col, int from, int to, String previous) {
    int len = to - from;
    int pf = r.prevFrom[col];
    int pl = r.prevLen[col];
    r.prevFrom[col] = from;
    r.prevLen[col] = len;
    if (previous != null && pl == len && Arrays.equals(r.w.b, pf, pf + len, r.w.b, from, to)) {
      return previous;
    }
    String v = r.ids.get(r.w.b, from, to);
    if (!r.ids.lastValid) {
      lastInvalid = v;
      return null;
    }
    return v;
  }

  private String dimension(int col, int from, int to, String previous, String name) {
    String v = id(col, from, to, previous);
    if (v == null) {
      throw StoreRows.bad(
          r.where, r.line, Text.of("errors.store.id", name, Excerpt.of(lastInvalid)));
    }
    return v;
  }

  private PacException badValue() {
    return StoreRows.bad(
        r.where,
        r.line,
        Text.of(
            "errors.store.value",
            StoreRows.text(r.w.b, r.valueFrom, r.valueTo),
            Decimals.problem(r.w.b, r.valueFrom, r.valueTo)));
  }
}
