package dev.pac.report;

import java.util.Arrays;

/**
 * The rows of an {@link ActualsIndex} under a scope, and the value they give a summed KPI in one
 * period (docs/report.md, "Scope values"). A scope is three dimension ids, segment, channel and
 * action, each {@link #NOT_NAMED} when the scope leaves it open.
 */
final class ScopeRows {
  /** A dimension the scope does not name. */
  static final int NOT_NAMED = -1;

  private ScopeRows() {}

  static boolean under(ActualsIndex.Rows r, int j, int s, int c, int a) {
    return (s == NOT_NAMED || r.segment[j] == s)
        && (c == NOT_NAMED || r.channel[j] == c)
        && (a == NOT_NAMED || r.action[j] == a);
  }

  static boolean exact(ActualsIndex.Rows r, int j, int s, int c, int a) {
    return (s != NOT_NAMED || r.segment[j] == ActualsIndex.EMPTY)
        && (c != NOT_NAMED || r.channel[j] == ActualsIndex.EMPTY)
        && (a != NOT_NAMED || r.action[j] == ActualsIndex.EMPTY);
  }

  /**
   * The value of the scope (s, c, a) in one period from {@code idx}, the rows under it dated in the
   * period and the window, for a summed KPI: the first rule that applies. {@code src[0]} says
   * which.
   */
  static double value(ActualsIndex.Rows r, int[] idx, int n, int s, int c, int a, Source[] src) {
    double sum = 0;
    boolean exact = false;
    boolean actionless = false;
    for (int k = 0; k < n; k++) {
      int j = idx[k];
      if (exact(r, j, s, c, a)) {
        sum += r.values[j];
        exact = true;
      }
      actionless |= r.action[j] == ActualsIndex.EMPTY;
    }
    if (exact) {
      src[0] = Source.EXACT;
      return sum;
    }
    Source[] ignored = new Source[1];
    boolean namesAction = a != NOT_NAMED;
    if (namesAction || actionless) {
      // 2. breakdown: over the rows that count here (all when the scope names an action, else the
      // action-less)
      boolean bySegment = false;
      if (s == NOT_NAMED) {
        for (int k = 0; k < n && !bySegment; k++) {
          int j = idx[k];
          bySegment =
              (namesAction || r.action[j] == ActualsIndex.EMPTY)
                  && r.segment[j] != ActualsIndex.EMPTY;
        }
      }
      int[] x = bySegment ? r.segment : r.channel;
      int[] values = new int[n];
      int m = 0;
      for (int k = 0; k < n; k++) {
        int j = idx[k];
        if ((namesAction || r.action[j] == ActualsIndex.EMPTY) && x[j] != ActualsIndex.EMPTY) {
          values[m++] = x[j];
        }
      }
      double total = 0;
      for (int v : distinct(values, m)) {
        int[] sub = subset(idx, n, x, v);
        total +=
            bySegment
                ? value(r, sub, sub.length, v, c, a, ignored)
                : value(r, sub, sub.length, s, v, a, ignored);
      }
      src[0] = bySegment ? Source.SEGMENTS : Source.CHANNELS;
      return total;
    }
    // 3. attribution: every row names an action
    int[] actions = new int[n];
    for (int k = 0; k < n; k++) {
      actions[k] = r.action[idx[k]];
    }
    double total = 0;
    for (int v : distinct(actions, n)) {
      int[] sub = subset(idx, n, r.action, v);
      total += value(r, sub, sub.length, s, c, v, ignored);
    }
    src[0] = Source.ACTIONS;
    return total;
  }

  private static int[] distinct(int[] values, int n) {
    int[] v = Arrays.copyOf(values, n);
    Arrays.sort(v);
    int m = 0;
    for (int i = 0; i < v.length; i++) {
      if (i == 0 || v[i] != v[i - 1]) {
        v[m++] = v[i];
      }
    }
    return Arrays.copyOf(v, m);
  }

  private static int[] subset(int[] idx, int n, int[] dimension, int v) {
    int[] out = new int[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (dimension[idx[k]] == v) {
        out[m++] = idx[k];
      }
    }
    return Arrays.copyOf(out, m);
  }
}
