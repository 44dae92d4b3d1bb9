package dev.pac.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.PartedSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ActualsIndex.Builder} in parts: rows handed to two parts, the second appended to the first
 * (or both to an empty builder, as the store's reader in two parts does), build the index one
 * builder handed every row builds: the same dimension numbers, KPIs in the same order, the same
 * rows in the same order.
 */
class ActualsIndexPartsTest {
  private record Row(
      int date, String kpi, String segment, String channel, String action, double v) {}

  private static void hand(PartedSink sink, List<Row> rows) {
    for (Row r : rows) {
      sink.row(r.date, r.kpi, r.segment, r.channel, r.action, r.v);
    }
  }

  private static final String[] VALUES = {"", "smb", "enterprise", "web", "events", "x", "none"};

  private static void assertSame(ActualsIndex expected, ActualsIndex actual) {
    for (String v : VALUES) {
      assertEquals(expected.id(v), actual.id(v), "the number of " + v);
    }
    assertEquals(List.copyOf(expected.kpis()), List.copyOf(actual.kpis()));
    for (String kpi : expected.kpis()) {
      ActualsIndex.Rows x = expected.rows(kpi);
      ActualsIndex.Rows y = actual.rows(kpi);
      assertEquals(x.size, y.size);
      assertArrayEquals(Arrays.copyOf(x.days, x.size), Arrays.copyOf(y.days, y.size));
      assertArrayEquals(Arrays.copyOf(x.segment, x.size), Arrays.copyOf(y.segment, y.size));
      assertArrayEquals(Arrays.copyOf(x.channel, x.size), Arrays.copyOf(y.channel, y.size));
      assertArrayEquals(Arrays.copyOf(x.action, x.size), Arrays.copyOf(y.action, y.size));
      assertArrayEquals(Arrays.copyOf(x.values, x.size), Arrays.copyOf(y.values, y.size));
    }
  }

  @Test
  void partsAppendedBuildTheIndexOneBuilderBuilds() {
    String[] kpis = {"mql", "revenue", "sql", "cost"};
    String[] values = Arrays.copyOf(VALUES, VALUES.length - 1); // "none" is in no row
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      List<Row> rows = new ArrayList<>();
      for (int n = random.nextInt(30); n > 0; n--) {
        rows.add(
            new Row(
                20270101 + random.nextInt(20), // not in order: the index sorts by date
                kpis[random.nextInt(kpis.length)],
                values[random.nextInt(values.length)],
                values[random.nextInt(values.length)],
                values[random.nextInt(values.length)],
                random.nextInt(100)));
      }
      ActualsIndex.Builder one = new ActualsIndex.Builder();
      hand(one, rows);
      ActualsIndex expected = one.build();
      for (int split = 0; split <= rows.size(); split++) {
        // the first part into the builder itself, the second appended
        ActualsIndex.Builder first = new ActualsIndex.Builder();
        hand(first, rows.subList(0, split));
        PartedSink second = first.part();
        hand(second, rows.subList(split, rows.size()));
        first.append(second);
        assertSame(expected, first.build());
        // both parts appended to an empty builder, as the store's reader does
        ActualsIndex.Builder empty = new ActualsIndex.Builder();
        PartedSink a = empty.part();
        PartedSink b = empty.part();
        hand(a, rows.subList(0, split));
        hand(b, rows.subList(split, rows.size()));
        empty.append(a);
        empty.append(b);
        assertSame(expected, empty.build());
        // and rows handed on after the parts are taken as one builder takes them
        ActualsIndex.Builder more = new ActualsIndex.Builder();
        PartedSink c = more.part();
        hand(c, rows.subList(0, split));
        more.append(c);
        hand(more, rows.subList(split, rows.size()));
        assertSame(expected, more.build());
      }
    }
  }

  private static int yyyymmdd(java.time.LocalDate d) {
    return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  /** Rows as a store holds them: by date, each date's KPIs in turn. */
  private static List<Row> storeRows(int count, String[] kpis, Random random) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          new Row(
              yyyymmdd(java.time.LocalDate.of(2025, 1, 1).plusDays(i / 40)),
              kpis[i % kpis.length],
              VALUES[random.nextInt(VALUES.length - 1)],
              VALUES[random.nextInt(VALUES.length - 1)],
              "",
              random.nextInt(1000)));
    }
    return rows;
  }

  @Test
  void partsToldTheRowsToExpectBuildTheSameIndexWhateverTheyAreTold() {
    String[] kpis = {"mql", "revenue", "sql", "cost", "mql", "mql"}; // mql half of the rows
    List<Row> rows = storeRows(20_000, kpis, new Random(12));
    ActualsIndex.Builder one = new ActualsIndex.Builder();
    hand(one, rows);
    ActualsIndex expected = one.build();
    int split = 11_000;
    long[][] told = {{20_000, 9_000}, {0, 0}, {10, 10}, {200_000, 90_000}, {5_000, 2_000}};
    for (long[] t : told) {
      ActualsIndex.Builder empty = new ActualsIndex.Builder();
      PartedSink a = empty.part(t[0]);
      PartedSink b = empty.part(t[1]);
      hand(a, rows.subList(0, split));
      hand(b, rows.subList(split, rows.size()));
      empty.append(a);
      empty.append(b);
      assertSame(expected, empty.build());
    }
  }

  @Test
  void aFirstPartToldEveryRowTakesTheSecondWithoutGrowing() {
    List<Row> rows = storeRows(39_999, new String[] {"mql", "revenue", "sql"}, new Random(13));
    ActualsIndex.Builder empty = new ActualsIndex.Builder();
    PartedSink a = empty.part(rows.size());
    PartedSink b = empty.part(rows.size() / 2);
    hand(a, rows.subList(0, rows.size() / 2));
    hand(b, rows.subList(rows.size() / 2, rows.size()));
    empty.append(a);
    ActualsIndex index = empty.build();
    List<long[]> before = new ArrayList<>();
    for (String kpi : index.kpis()) {
      before.add(index.rows(kpi).days);
    }
    empty.append(b);
    int k = 0;
    for (String kpi : index.kpis()) {
      ActualsIndex.Rows r = index.rows(kpi);
      assertTrue(before.get(k++) == r.days, kpi + ": its rows copied at the join");
      assertEquals(rows.size() / 3, r.size, kpi);
      // and not much more room than the rows take: their share of the rows told, an eighth more
      assertTrue(r.days.length <= rows.size() / 3 * 9 / 8 + 64, kpi + ": room " + r.days.length);
    }
  }
}
