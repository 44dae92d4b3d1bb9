package dev.pac.imports;

import dev.pac.actuals.Actual;
import dev.pac.actuals.Dates;
import dev.pac.actuals.Decimals;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For files whose mapping says {@code group: true}: rows of one KPI with the same dimensions in the
 * same period of the KPI's grain become one row dated the period's first day, values summed as
 * exact decimals.
 */
final class Grouping {
  private Grouping() {}

  /** The rows grouped, and how many data rows (file lines) went into a grouped row. */
  record Grouped(List<Incoming> rows, int lines) {}

  static Grouped of(List<Incoming> incoming, Importer.Known k, List<Layout> layouts) {
    boolean any = layouts.stream().anyMatch(l -> l.settings().group());
    if (!any) {
      return new Grouped(incoming, 0);
    }
    record Key(int file, int date, String kpi, String segment, String channel, String action) {}
    Map<Key, BigDecimal> sums = new LinkedHashMap<>();
    Map<Key, Integer> lines = new HashMap<>();
    Set<Long> dataRows = new HashSet<>();
    List<Incoming> out = new ArrayList<>();
    for (Incoming in : incoming) {
      if (!layouts.get(in.file()).settings().group()) {
        out.add(in);
        continue;
      }
      Actual a = in.row();
      Kpi def = k.definitions().get(a.kpi());
      Grain grain = def == null || def.grain() == null ? Grain.WEEK : def.grain();
      Key key =
          new Key(
              in.file(),
              periodStart(a.date(), grain),
              a.kpi(),
              a.segment(),
              a.channel(),
              a.action());
      sums.merge(key, new BigDecimal(a.value()), BigDecimal::add);
      lines.putIfAbsent(key, in.line());
      dataRows.add(((long) in.file() << 32) | in.line());
    }
    for (Map.Entry<Key, BigDecimal> e : sums.entrySet()) {
      Key key = e.getKey();
      String value = Decimals.canonical(e.getValue().toPlainString());
      out.add(
          new Incoming(
              new Actual(key.date(), key.kpi(), key.segment(), key.channel(), key.action(), value),
              key.file(),
              lines.get(key),
              false));
    }
    return new Grouped(out, dataRows.size());
  }

  /**
   * The first day of the period of {@code grain} holding {@code yyyymmdd}: the day, the ISO week's
   * Monday, the 1st.
   */
  static int periodStart(int yyyymmdd, Grain grain) {
    LocalDate d = Dates.toLocalDate(yyyymmdd);
    return switch (grain) {
      case DAY -> yyyymmdd;
      case WEEK -> Dates.of(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      case MONTH -> Dates.of(d.withDayOfMonth(1));
    };
  }
}
