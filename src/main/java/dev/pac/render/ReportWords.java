package dev.pac.render;

import dev.pac.model.Action;
import dev.pac.model.Better;
import dev.pac.model.Grain;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Rollup;
import dev.pac.render.ReportDoc.Column;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.Derivation;
import dev.pac.report.GrainPeriod;
import dev.pac.report.Hint;
import dev.pac.report.IgnoredRows;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.StaleKpi;
import dev.pac.report.Upcoming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of the human-readable report (text, Markdown, HTML) and its column titles in one
 * language; those of the attention list are {@link AttentionWords}', and the way it writes numbers,
 * amounts and dates is {@link ReportNumbers}'.
 */
final class ReportWords extends AttentionWords {
  ReportWords(Labels labels) {
    super(labels);
  }

  /** The text of a label key (see {@link Labels#get}). */
  String get(String key, Object... args) {
    return l.get(key, args);
  }

  Labels labels() {
    return l;
  }

  String scope(Objective o) {
    if (o.segment() == null && o.channel() == null) {
      return l.get("report.scope.total");
    }
    List<String> parts = new ArrayList<>();
    if (o.segment() != null) {
      parts.add(o.segment());
    }
    if (o.channel() != null) {
      parts.add(o.channel());
    }
    return String.join(" · ", parts);
  }

  /** Why an objective has no figure, or "" when it has one. */
  String hint(ObjectiveResult o) {
    Kpi k = o.kpi();
    return switch (o.hint()) {
      case NONE -> "";
      case NO_ROWS ->
          l.get(
              "report.hint.no-rows",
              k.numerator() != null ? k.numerator() + "/" + k.denominator() : k.id(),
              scope(o.objective()));
      case NOT_ROLLABLE ->
          l.get("report.hint.not-rollable", k.id(), k.rollup().id(), scope(o.objective()));
      case NONE_IN_WINDOW ->
          l.get("report.hint.none-in-window", k.id(), o.objective().start(), o.through());
      case ZERO_DENOMINATOR ->
          l.get("report.hint.zero-denominator", k.denominator(), o.objective().start());
      case UNDEFINED_ATTAINMENT ->
          l.get(
              k.rollup() == Rollup.SUM
                  ? "report.hint.undefined-attainment.sum"
                  : "report.hint.undefined-attainment.baseline");
    };
  }

  String decision(ActionResult a) {
    return a.decision() == null
        ? l.get("report.decision.not-started")
        : l.get("decision." + a.decision().id());
  }

  /** "revenue: rolled up from segments in 2027-W11–W12". */
  String derivation(Derivation d) {
    return l.get(
        "report.note.derived." + d.source().name().toLowerCase(Locale.ROOT),
        d.kpi(),
        periods(d.periods()));
  }

  /** "revenue: no rows for 2027-W11–W12; latest 2027-W10". */
  @Override
  String stale(StaleKpi s) {
    GrainPeriod first = s.through().plus(1 - s.missing());
    List<GrainPeriod> missing = new ArrayList<>();
    for (GrainPeriod p = first; !p.start().isAfter(s.through().start()); p = p.plus(1)) {
      missing.add(p);
    }
    return l.get("report.note.stale", s.kpi().id(), periods(missing), s.latest());
  }

  String ignored(IgnoredRows i) {
    String key =
        switch (i.kind()) {
          case RATIO_OWN_ID -> "report.note.ratio-rows";
          case UNKNOWN_KPI -> "report.note.unknown-kpis";
          case UNDEFINED_REVIEW_KPI -> "report.note.undefined-review-kpis";
        };
    return l.get(key, String.join(", ", i.kpis()), number(i.rows(), 0));
  }

  /**
   * Periods written short: consecutive ones as a range, the year said once per run ("2027-W01–W04,
   * 2027-W07"; "2027-01–03").
   */
  static String periods(List<GrainPeriod> ps) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); ) {
      int j = i;
      while (j + 1 < ps.size() && ps.get(j + 1).ordinal() == ps.get(j).ordinal() + 1) {
        j++;
      }
      String first = ps.get(i).toString();
      if (j == i) {
        out.add(first);
      } else {
        String last = ps.get(j).toString();
        boolean sameYear =
            ps.get(i).grain() != Grain.DAY && first.substring(0, 5).equals(last.substring(0, 5));
        out.add(first + "–" + (sameYear ? last.substring(5) : last));
      }
      i = j + 1;
    }
    return String.join(", ", out);
  }

  /** "figures to Sunday 28 March 2027 (2027-W12)", one clause per grain the plan's KPIs use. */
  String figuresTo(PlanReport r) {
    List<String> parts = new ArrayList<>();
    for (Grain g : Grain.values()) {
      LocalDate c = r.cutOffs().get(g);
      if (c != null) {
        String period = g == Grain.DAY ? "" : " (" + GrainPeriod.containing(g, c) + ")";
        parts.add(l.get("report.meta.figures." + g.id(), longDate(c) + period));
      }
    }
    return String.join(" · ", parts);
  }

  /** "Not started yet: a (starts 2027-03-22, Ann), …", or "" when every action has started. */
  String notStarted(PlanReport r) {
    if (r.notStarted().isEmpty()) {
      return "";
    }
    List<String> each = new ArrayList<>();
    for (ActionResult x : r.notStarted()) {
      Action a = x.action();
      each.add(
          l.get(
              "report.not-started.one",
              a.id(),
              a.start(),
              a.owner(),
              money(a.budget(), r.plan().currency())));
    }
    return l.get("report.not-started", String.join("; ", each));
  }

  /**
   * What has been spent to date (the plan's, or with {@code --owner} that owner's actions'), with
   * its full stop.
   */
  String spent(PlanReport r) {
    Double budget = r.plan().budget();
    String cur = r.plan().currency();
    return get(
            r.owner() != null ? "report.spent.these" : "report.spent", money(r.spendToDate(), cur))
        + (budget != null && budget > 0
            ? " (" + get("report.spent.share", share(r.spendToDate() / budget)) + ")"
            : "")
        + ".";
  }

  /**
   * An alert's threshold, signed in the direction of a bad change: −10 % for higher-is-better, +10
   * % else.
   */
  String threshold(AlertResult a) {
    return (a.kpi().better() == Better.LOWER ? "+" : MINUS) + percent(number(a.thresholdPct(), 1));
  }

  String upcoming(Upcoming u) {
    return l.get(
        u.kind() == Upcoming.Kind.STARTS ? "report.upcoming.starts" : "report.upcoming.due");
  }

  String allocationTitle(Allocation.By by) {
    return l.get("report.th.by." + by.name().toLowerCase(Locale.ROOT));
  }

  String key(String k) {
    return k.isEmpty() ? l.get("report.key.none") : k;
  }

  static boolean hinted(ObjectiveResult o) {
    return o.hint() != Hint.NONE;
  }

  /** Column titles from their label keys; a leading '#' marks a number column. */
  List<Column> columns(String... keys) {
    List<Column> out = new ArrayList<>();
    for (String k : keys) {
      boolean number = k.startsWith("#");
      out.add(new Column(l.get("report.th." + (number ? k.substring(1) : k)), number));
    }
    return out;
  }
}
