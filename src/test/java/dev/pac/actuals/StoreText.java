package dev.pac.actuals;

import java.util.List;

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
}
