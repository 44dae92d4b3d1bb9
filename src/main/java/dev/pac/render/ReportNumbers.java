package dev.pac.render;

import dev.pac.model.Kpi;
import dev.pac.model.Lang;
import dev.pac.model.Unit;
import java.time.LocalDate;

/**
 * How the human-readable report writes numbers in one language: KPI values in their unit, signed
 * variances, percentages, amounts with their currency, dates; a true minus sign (U+2212) and a dash
 * for what has no value.
 */
abstract class ReportNumbers {
  static final String DASH = "–";
  static final String MINUS = "−";

  final Labels l;

  ReportNumbers(Labels labels) {
    this.l = labels;
  }

  /**
   * A number with thousands separators, at most {@code decimals} decimals and a true minus sign.
   */
  String number(double v, int decimals) {
    return l.number(v, decimals).replace("-", MINUS);
  }

  /** A percentage already written: "12.5 %", "12,5 %" in French. */
  String percent(String shown) {
    return l.percent(shown);
  }

  /**
   * The decimals a KPI value gets: counts none from 100 up and one below; money none from 100;
   * others two.
   */
  private static int decimals(Unit u, double v) {
    return switch (u) {
      case COUNT -> Math.abs(v) >= 100 ? 0 : 1;
      case DAYS -> 1;
      case RATIO -> 1;
      default -> Math.abs(v) >= 100 ? 0 : 2;
    };
  }

  /** A KPI value in its unit: ratios as %, money with its currency symbol, days with their unit. */
  String value(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    return switch (kpi.unit()) {
      case RATIO -> percent(number(v * 100, 1));
      case CURRENCY -> l.money(number(v, decimals(Unit.CURRENCY, v)), currency);
      case DAYS -> number(v, 1) + l.unitSpace() + l.get("report.unit.days");
      default -> number(v, decimals(kpi.unit(), v));
    };
  }

  /**
   * A variance in the KPI's unit, signed; for a ratio KPI in percentage points. A variance that is
   * not zero keeps its sign when it rounds to zero, shown with the decimals it needs (up to four).
   */
  String signed(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    boolean ratio = kpi.unit() == Unit.RATIO;
    double magnitude = Math.abs(ratio ? v * 100 : v);
    int decimals = ratio ? 1 : decimals(kpi.unit(), magnitude);
    String n = number(magnitude, decimals);
    while (v != 0 && decimals < 4 && isZero(n)) {
      n = number(magnitude, ++decimals);
    }
    String shown =
        ratio
            ? n + l.unitSpace() + l.get("report.unit.points")
            : kpi.unit() == Unit.CURRENCY
                ? l.money(n, currency)
                : kpi.unit() == Unit.DAYS ? n + l.unitSpace() + l.get("report.unit.days") : n;
    return v == 0 ? shown : (v < 0 ? MINUS : "+") + shown;
  }

  /** A signed percentage; one that rounds to zero keeps its sign, with the decimals it needs. */
  String pct(Double v) {
    if (v == null) {
      return DASH;
    }
    int decimals = 1;
    String n = number(Math.abs(v), decimals);
    while (v != 0 && decimals < 4 && isZero(n)) {
      n = number(Math.abs(v), ++decimals);
    }
    String s = percent(n);
    return v == 0 ? s : (v < 0 ? MINUS : "+") + s;
  }

  /** Whether a number as written shows nothing but zeros (and its decimal mark). */
  private static boolean isZero(String shown) {
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c != '0' && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** A fraction as a percentage, unsigned: attainment, burn. */
  String share(Double v) {
    return v == null ? DASH : percent(number(v * 100, 0));
  }

  String ratio(Double v) {
    return v == null ? DASH : number(v, 2);
  }

  String money(Double v, String currency) {
    return v == null ? DASH : l.money(number(v, decimals(Unit.CURRENCY, v)), currency);
  }

  /** A date as written in tables: ISO. */
  static String date(LocalDate d) {
    return d == null ? DASH : d.toString();
  }

  /**
   * A date in words: "Sunday 28 March 2027", "dimanche 28 mars 2027", as {@code
   * DateTimeFormatter.ofPattern("EEEE d MMMM uuuu")} writes it for {@code Locale.UK} and {@code
   * Locale.FRENCH}, from the names below rather than the JDK's locale data, whose loading was 1.5 %
   * of a cold report's CPU, on the command's thread (docs/performance.md).
   */
  String longDate(LocalDate d) {
    boolean fr = l.lang() == Lang.FR;
    return (fr ? DAYS_FR : DAYS_EN)[d.getDayOfWeek().getValue() - 1]
        + " "
        + d.getDayOfMonth()
        + " "
        + (fr ? MONTHS_FR : MONTHS_EN)[d.getMonthValue() - 1]
        + " "
        + year(d.getYear());
  }

  /** A year as {@code uuuu} writes it: four digits at least, a sign beyond 9999 or below 0. */
  static String year(int y) {
    String digits = Integer.toString(Math.abs(y));
    String padded = "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    return y < 0 ? "-" + padded : y > 9999 ? "+" + padded : padded;
  }

  private static final String[] DAYS_EN = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] DAYS_FR = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
  };
  private static final String[] MONTHS_EN = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] MONTHS_FR = {
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre"
  };
}
