package dev.pac.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A plain-text table: columns padded to their widest cell, numbers right-aligned, colour added
 * after padding.
 */
final class ReportTable {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<UnaryOperator<String>>> paints = new ArrayList<>();

  ReportTable(List<String> header, boolean... right) {
    this.header = header;
    this.right = right;
  }

  void row(List<String> cells) {
    row(cells, null);
  }

  /** A row; {@code paint} (may be null, or hold nulls) colours each padded cell. */
  void row(List<String> cells, List<UnaryOperator<String>> paint) {
    rows.add(cells);
    paints.add(paint);
  }

  void print(PrintWriter out, String indent, Style style) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).codePointCount(0, header.get(i).length());
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).codePointCount(0, r.get(i).length()));
      }
    }
    StringBuilder h = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      h.append(i == 0 ? "" : "  ").append(pad(header.get(i), w[i], i < right.length && right[i]));
    }
    out.println(style.dim(h.toString().stripTrailing()));
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder b = new StringBuilder(indent);
      List<String> cells = rows.get(r);
      for (int i = 0; i < w.length; i++) {
        String cell = pad(cells.get(i), w[i], i < right.length && right[i]);
        if (i == w.length - 1) {
          cell = cell.stripTrailing();
        }
        List<UnaryOperator<String>> p = paints.get(r);
        if (p != null && i < p.size() && p.get(i) != null) {
          cell = p.get(i).apply(cell);
        }
        b.append(i == 0 ? "" : "  ").append(cell);
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String pad(String s, int w, boolean right) {
    int n = w - s.codePointCount(0, s.length());
    String sp = " ".repeat(Math.max(0, n));
    return right ? sp + s : s + sp;
  }
}
