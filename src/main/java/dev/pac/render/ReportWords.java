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
import java.util.List;
import java.util.Locale;

/** The words and number formats the human-readable report formats share (text, Markdown, HTML). */
final class ReportWords {
  static final String DASH = "–";
  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  /** The English words: the CSV's hints are in English whatever the language, like its field names. */
  static final ReportWords ENGLISH = new ReportWords(Labels.of(dev.pac.model.Lang.EN));

  private final Labels l;

  ReportWords(Labels labels) {
    this.l = labels;
  }

  /** The text of a label key (see {@link Labels#get}). */
  String get(String key, Object... args) {
    return l.get(key, args);
  }

  Labels labels() {
    return l;
  }

  /** A number with thousands separators and at most {@code decimals} decimals. */
  String number(double v, int decimals) {
    return l.number(v, decimals);
  }

  /** A percentage already rounded: "12.5 %", "12,5 %" in French. */
  String percent(String shown) {
    return l.percent(shown);
  }

  /** An objective's status as a word: on-track, or "en bonne voie" in French. */
  String status(dev.pac.report.Status s) {
    return l.get("status." + s.id());
  }

  /** An action's status as a word: active, or "en cours" in French. */
  String actionStatus(dev.pac.model.ActionStatus s) {
    return l.get("action-status." + s.id());
  }

  /** A KPI value in its unit: ratios as %, currency with the plan's code. */
  String value(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    Unit u = kpi.unit();
    return switch (u) {
      case RATIO -> percent(number(v * 100, 1));
      case CURRENCY -> number(v, Math.abs(v) >= 100 ? 0 : 2) + (currency.isEmpty() ? "" : l.unitSpace() + currency);
      case DAYS -> number(v, 1) + l.unitSpace() + l.get("report.unit.days");
      default -> number(v, Math.abs(v) >= 100 ? 0 : 2);
    };
  }

  /** A variance in the KPI's unit, signed; for a ratio KPI in percentage points. */
  String signed(Kpi kpi, Double v, String currency) {
    if (v == null) {
      return DASH;
    }
    String s = kpi.unit() == Unit.RATIO ? number(Math.abs(v) * 100, 1) + l.unitSpace() + l.get("report.unit.points") : value(kpi, Math.abs(v), currency);
    return roundsToZero(s) ? s : (v < 0 ? "−" : "+") + s;
  }

  String pct(Double v) {
    if (v == null) {
      return DASH;
    }
    String s = percent(number(Math.abs(v), 1));
    return roundsToZero(s) ? s : (v < 0 ? "−" : "+") + s;
  }

  /** Whether a shown magnitude is zero once rounded ("0", "0 %", "0 EUR"): it then takes no sign. */
  private boolean roundsToZero(String shown) {
    return shown.equals("0") || shown.startsWith("0" + l.unitSpace());
  }

  /** A fraction as a percentage, unsigned: attainment, burn, elapsed share. */
  String share(Double v) {
    return v == null ? DASH : percent(number(v * 100, 0));
  }

  String ratio(Double v) {
    return v == null ? DASH : number(v, 2);
  }

  String money(Double v, String currency) {
    return v == null ? DASH : number(v, Math.abs(v) >= 100 ? 0 : 2) + l.unitSpace() + currency;
  }

  String scope(Objective o) {
    if (o.segment() == null && o.channel() == null) {
      return l.get("report.scope.total");
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

  String hint(ObjectiveResult o) {
    Kpi k = o.kpi();
    return switch (o.hint()) {
      case NONE -> "";
      case NO_ROWS -> l.get("report.hint.no-rows", k.numerator() != null ? k.numerator() + "/" + k.denominator() : k.id(), scope(o.objective()));
      case NOT_ROLLABLE -> l.get("report.hint.not-rollable", k.id(), k.rollup().id(), scope(o.objective()));
      case NONE_IN_WINDOW -> l.get("report.hint.none-in-window", k.id(), o.objective().start());
      case ZERO_DENOMINATOR -> l.get("report.hint.zero-denominator", k.denominator(), o.objective().start());
      case UNDEFINED_ATTAINMENT -> l.get(k.rollup() == dev.pac.model.Rollup.SUM ? "report.hint.undefined-attainment.sum"
          : "report.hint.undefined-attainment.baseline");
    };
  }

  String decision(ActionResult a) {
    return a.decision() == null ? l.get("report.decision.not-started") : l.get("decision." + a.decision().id());
  }

  /** One line of "needs attention this week". */
  String attention(Attention a, PlanReport r) {
    String cur = r.plan().currency();
    return switch (a.kind()) {
      case OFF_TRACK, AT_RISK -> {
        ObjectiveResult o = a.objective();
        yield l.get("report.attention.objective", o.objective().id(), status(o.status()), value(o.kpi(), o.actual(), cur),
            value(o.kpi(), o.expected(), cur), ratio(o.pace()), share(o.attainment()));
      }
      case NO_DATA -> l.get("report.attention.no-data", a.objective().objective().id(), hint(a.objective()));
      case ALERT -> {
        AlertResult x = a.alert();
        yield l.get(x.changePct() < 0 ? "report.attention.alert.fell" : "report.attention.alert.rose", x.kpi().id(),
            percent(number(Math.abs(x.changePct()), 1)), x.week(), value(x.kpi(), x.previous(), cur), value(x.kpi(), x.current(), cur),
            percent(number(x.thresholdPct(), 1)));
      }
      case ADJUST_OR_STOP -> {
        ActionResult x = a.action();
        yield l.get("report.attention.adjust-or-stop", x.action().id(), ratio(x.roi()), x.windowWeeks(), ratio(x.minRoi()),
            x.action().owner());
      }
      case OVERDUE -> l.get("report.attention.overdue", a.action().action().id(), a.action().action().due(),
          actionStatus(a.action().action().status()), a.action().action().owner());
      case UPCOMING -> {
        Upcoming u = a.upcoming();
        yield l.get(u.kind() == Upcoming.Kind.STARTS ? "report.attention.starts" : "report.attention.due", u.action().id(), u.date(),
            u.action().owner());
      }
    };
  }

  /** "Not started yet: a (starts 2027-03-22, Ann), …", or "" when every action has started. */
  String notStarted(PlanReport r) {
    if (r.notStarted().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.notStarted().size(); i++) {
      Action a = r.notStarted().get(i).action();
      b.append(i == 0 ? "" : "; ").append(l.get("report.not-started.one", a.id(), a.start(), a.owner(), money(a.budget(), r.plan().currency())));
    }
    return l.get("report.not-started", b);
  }

  /**
   * What has been spent to date, with its full stop: the plan's, or with {@code --owner} that owner's
   * actions', and its share of the plan budget when the plan has one.
   */
  String spent(PlanReport r, String currency) {
    Double budget = r.plan().budget();
    return get(r.owner() != null ? "report.spent.these" : "report.spent", money(r.spendToDate(), currency))
        + (budget != null && budget > 0 ? " (" + get("report.spent.share", share(r.spendToDate() / budget)) + ")" : "") + ".";
  }

  /** An alert's threshold, signed in the direction of a bad change: −10 % for higher-is-better, +10 % else. */
  String threshold(AlertResult a) {
    return (a.kpi().better() == dev.pac.model.Better.LOWER ? "+" : "−") + percent(number(a.thresholdPct(), 1));
  }

  String upcoming(Upcoming u) {
    return l.get(u.kind() == Upcoming.Kind.STARTS ? "report.upcoming.starts" : "report.upcoming.due");
  }

  String spark(List<Double> values) {
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

  /** "By objective", "by action type"…: the heading of one allocation table, capitalised or not. */
  String allocationTitle(dev.pac.report.Allocation.By by, boolean capital) {
    return l.get((capital ? "report.th.by." : "report.col.by.") + by.name().toLowerCase(Locale.ROOT));
  }

  String key(String k) {
    return k.isEmpty() ? l.get("report.key.none") : k;
  }

  static boolean hinted(ObjectiveResult o) {
    return o.hint() != Hint.NONE;
  }
}
