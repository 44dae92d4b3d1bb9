package dev.pac.render;

import dev.pac.model.Action;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Unit;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Attention;
import dev.pac.report.Hint;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.Upcoming;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** The words and number formats the human-readable report formats share (text, Markdown, HTML). */
final class ReportWords {
  static final String DASH = "–";
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  private ReportWords() {}

  /** A number with thousands separators and at most {@code decimals} decimals. */
  static String number(double v, int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    String s = f.format(v);
    return s.equals("-0") ? "0" : s;
  }

  /** A KPI value in its unit: ratios as %, currency with the plan's code. */
  static String value(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    Unit u = kpi.unit();
    return switch (u) {
      case RATIO -> number(v * 100, 1) + " %";
      case CURRENCY -> number(v, Math.abs(v) >= 100 ? 0 : 2) + " " + currency;
      case DAYS -> number(v, 1) + " d";
      default -> number(v, Math.abs(v) >= 100 ? 0 : 2);
    };
  }

  /** A variance in the KPI's unit, signed; for a ratio KPI in percentage points. */
  static String signed(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    String s = kpi.unit() == Unit.RATIO ? number(Math.abs(v) * 100, 1) + " pp" : value(kpi, Math.abs(v), currency);
    return roundsToZero(s) ? s : (v < 0 ? "−" : "+") + s;
  }

  static String pct(Double v) {
    if (v == null) {
      return DASH;
    }
    String s = number(Math.abs(v), 1) + " %";
    return roundsToZero(s) ? s : (v < 0 ? "−" : "+") + s;
  }

  /** Whether a shown magnitude is zero once rounded ("0", "0 %", "0 EUR"): it then takes no sign. */
  private static boolean roundsToZero(String shown) {
    return shown.equals("0") || shown.startsWith("0 ");
  }

  /** A fraction as a percentage, unsigned: attainment, burn, elapsed share. */
  static String share(Double v) {
    return v == null ? DASH : number(v * 100, 0) + " %";
  }

  static String ratio(Double v) {
    return v == null ? DASH : number(v, 2);
  }

  static String money(Double v, String currency) {
    return v == null ? DASH : number(v, Math.abs(v) >= 100 ? 0 : 2) + " " + currency;
  }

  static String scope(Objective o) {
    if (o.segment() == null && o.channel() == null) {
      return "total";
    }
    StringBuilder b = new StringBuilder();
    if (o.segment() != null) {
      b.append(o.segment());
    }
    if (o.channel() != null) {
      b.append(b.length() > 0 ? " · " : "").append(o.channel());
    }
    return b.toString();
  }

  static String hint(ObjectiveResult o) {
    Kpi k = o.kpi();
    return switch (o.hint()) {
      case NONE -> "";
      case NO_ROWS -> "the store has no " + (k.numerator() != null ? k.numerator() + "/" + k.denominator() : k.id())
          + " rows for " + scope(o.objective()) + ": `pac import` them";
      case NOT_ROLLABLE -> k.id() + " is a `" + k.rollup().id() + "` KPI: its finer rows (by segment, channel or action) cannot be added up;"
          + " import rows at exactly this scope (" + scope(o.objective()) + ")";
      case NONE_IN_WINDOW -> "no " + k.id() + " row dated between " + o.objective().start() + " and the report date";
      case ZERO_DENOMINATOR -> k.denominator() + " sums to 0 since " + o.objective().start() + ": the rate is undefined";
      case UNDEFINED_ATTAINMENT -> "the target equals the " + (k.rollup() == dev.pac.model.Rollup.SUM ? "starting point (0)" : "baseline")
          + ": attainment is undefined";
    };
  }

  static String decision(ActionResult a) {
    return a.decision() == null ? "not started" : a.decision().id();
  }

  /** One line of "needs attention this week". */
  static String attention(Attention a, PlanReport r) {
    String cur = r.plan().currency();
    return switch (a.kind()) {
      case OFF_TRACK, AT_RISK -> {
        ObjectiveResult o = a.objective();
        yield "Objective " + o.objective().id() + " is " + o.status().id() + ": " + value(o.kpi(), o.actual(), cur)
            + " against " + value(o.kpi(), o.expected(), cur) + " expected by now (pace " + ratio(o.pace()) + ", "
            + share(o.attainment()) + " of the target)";
      }
      case NO_DATA -> "Objective " + a.objective().objective().id() + " has no data: " + hint(a.objective());
      case ALERT -> {
        AlertResult x = a.alert();
        yield x.kpi().id() + " " + (x.changePct() < 0 ? "fell" : "rose") + " " + number(Math.abs(x.changePct()), 1) + " % in " + x.week()
            + " (" + value(x.kpi(), x.previous(), cur) + " → " + value(x.kpi(), x.current(), cur) + "; alert beyond "
            + number(x.thresholdPct(), 1) + " %)";
      }
      case ADJUST_OR_STOP -> {
        ActionResult x = a.action();
        yield "Action " + x.action().id() + ": adjust or stop — ROI " + ratio(x.roi()) + " over the last " + x.windowWeeks()
            + " weeks, below " + ratio(x.minRoi()) + " (" + x.action().owner() + ")";
      }
      case OVERDUE -> "Action " + a.action().action().id() + " is overdue: due " + a.action().action().due() + ", still "
          + a.action().action().status().id() + " (" + a.action().action().owner() + ")";
      case UPCOMING -> {
        Upcoming u = a.upcoming();
        yield "Action " + u.action().id() + (u.kind() == Upcoming.Kind.STARTS ? " starts " : " is due ") + u.date()
            + " (" + u.action().owner() + ")";
      }
    };
  }

  /** "Not started yet: a (starts 2027-03-22, Ann), …", or "" when every action has started. */
  static String notStarted(PlanReport r) {
    if (r.notStarted().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("Not started yet: ");
    for (int i = 0; i < r.notStarted().size(); i++) {
      Action a = r.notStarted().get(i).action();
      b.append(i == 0 ? "" : "; ").append(a.id()).append(" (starts ").append(a.start()).append(", ").append(a.owner())
          .append(", budget ").append(money(a.budget(), r.plan().currency())).append(")");
    }
    return b.append('.').toString();
  }

  static String upcoming(Upcoming u) {
    return u.kind() == Upcoming.Kind.STARTS ? "starts" : "due";
  }

  static String spark(List<Double> values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Double v : values) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return DASH;
    }
    StringBuilder b = new StringBuilder();
    for (Double v : values) {
      if (v == null) {
        b.append(' ');
      } else if (max == min) {
        b.append(SPARKS.charAt(3));
      } else {
        int i = (int) Math.round((v - min) / (max - min) * (SPARKS.length() - 1));
        b.append(SPARKS.charAt(i));
      }
    }
    return b.toString();
  }

  static String allocationTitle(dev.pac.report.Allocation.By by) {
    return switch (by) {
      case OBJECTIVE -> "objective";
      case SEGMENT -> "segment";
      case CHANNEL -> "channel";
      case TYPE -> "action type";
      case OWNER -> "owner";
    };
  }

  static String key(String k) {
    return k.isEmpty() ? "(none)" : k;
  }

  static String decimal(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static boolean hinted(ObjectiveResult o) {
    return o.hint() != Hint.NONE;
  }
}
