package dev.pac.actuals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A store's text as the store writes it: the header, then each row's cells joined by commas. */
final class StoreText {
  private StoreText() {}

  static String of(List<Actual> rows) {
    StringBuilder b = new StringBuilder(ActualsStore.HEADER).append('\n');
    for (Actual a : rows) {
      b.append(Dates.text(a.date()))
          .append(',')
          .append(a.kpi())
          .append(',')
          .append(a.value())
          .append(',')
          .append(a.segment())
          .append(',')
          .append(a.channel())
          .append(',')
          .append(a.action())
          .append('\n');
    }
    return b.toString();
  }

  private static final String[] SEGMENTS = {"", "enterprise", "smb"};

  /**
   * Up to {@code most} rows on five days, their ids and values drawn from {@code kpis} and {@code
   * values}, sorted by key, each key once.
   */
  static List<Actual> rows(Random random, int most, String[] kpis, String[] values) {
    List<Actual> rows = new ArrayList<>();
    for (int n = random.nextInt(most); n > 0; n--) {
      rows.add(
          new Actual(
              20270101 + random.nextInt(5),
              kpis[random.nextInt(kpis.length)],
              SEGMENTS[random.nextInt(SEGMENTS.length)],
              random.nextBoolean() ? "" : "web",
              random.nextBoolean() ? "" : "x",
              values[random.nextInt(values.length)]));
    }
    return unique(rows);
  }

  /** {@code rows} sorted by key, each key once (the first of its rows). */
  static List<Actual> unique(List<Actual> rows) {
    List<Actual> sorted = new ArrayList<>(rows);
    sorted.sort(Actual.KEY_ORDER);
    List<Actual> out = new ArrayList<>();
    for (Actual a : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).sameKey(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The text of a store of {@code rows}, one time in {@code every} damaged once the ways a hand
   * edit damages a store (CRLF, a blank line, no final LF, a row twice, a row out of order, a bad
   * value, date or id, an extra field), and one time in 40 with a BOM.
   */
  static String damaged(Random random, List<Actual> rows, int every) {
    List<String> lines = new ArrayList<>(List.of(of(rows).split("(?<=\n)")));
    lines.remove(0); // the header, put back below
    if (!lines.isEmpty() && random.nextInt(every) == 0) {
      int i = random.nextInt(lines.size());
      String[] f = lines.get(i).replace("\n", "").split(",", -1);
      switch (random.nextInt(9)) {
        case 0 -> lines.set(i, lines.get(i).replace("\n", "\r\n"));
        case 1 -> lines.add(i, "\n");
        case 2 -> lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("\n", ""));
        case 3 -> lines.add(i, lines.get(i));
        case 4 -> lines.add(lines.get(i));
        case 5 -> {
          f[2] = new String[] {"x", "", "1e5", "10000000000000000"}[random.nextInt(4)];
          lines.set(i, String.join(",", f) + "\n");
        }
        case 6 -> {
          f[0] = "2027-13-01";
          lines.set(i, String.join(",", f) + "\n");
        }
        case 7 -> {
          f[3] = "Bad";
          lines.set(i, String.join(",", f) + "\n");
        }
        default -> lines.set(i, lines.get(i).replace("\n", ",\n"));
      }
    }
    return (random.nextInt(40) == 0 ? "\uFEFF" : "")
        + ActualsStore.HEADER
        + "\n"
        + String.join("", lines);
  }
}
