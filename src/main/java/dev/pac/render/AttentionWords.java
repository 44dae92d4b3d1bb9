package dev.pac.render;

import dev.pac.history.DecisionEntry;
import dev.pac.history.Revision;
import dev.pac.model.ActionStatus;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Attention;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.StaleKpi;
import dev.pac.report.Status;
import dev.pac.report.Upcoming;
import java.time.temporal.ChronoUnit;

/**
 * The sentences of the report's attention list in one language, and of the history they cite: a
 * target as first set and as revised, a revision, a decision. {@link ReportWords} adds the rest of
 * the report's sentences.
 */
abstract class AttentionWords extends ReportNumbers {
  AttentionWords(Labels labels) {
    super(labels);
  }

  /** "revenue: no rows for 2027-W11–W12; latest 2027-W10". */
  abstract String stale(StaleKpi s);

  String status(Status s) {
    return l.get("status." + s.id());
  }

  String actionStatus(ActionStatus s) {
    return l.get("action-status." + s.id());
  }

  /** One line of "needs attention this week". */
  String attention(Attention a, PlanReport r) {
    String cur = r.plan().currency();
    return switch (a.kind()) {
      case STALE -> l.get("report.attention.stale", stale(a.stale()));
      case MISSED -> {
        ObjectiveResult o = a.objective();
        yield l.get(
            "report.attention.missed",
            o.objective().id(),
            value(o.kpi(), o.actual(), cur),
            value(o.kpi(), o.objective().target(), cur),
            o.objective().deadline());
      }
      case OFF_TRACK, AT_RISK -> {
        ObjectiveResult o = a.objective();
        yield l.get(
            "report.attention.objective",
            o.objective().id(),
            status(o.status()),
            value(o.kpi(), o.actual(), cur),
            value(o.kpi(), o.expected(), cur),
            ratio(o.pace()),
            share(o.attainment()));
      }
      case ALERT -> {
        AlertResult x = a.alert();
        yield l.get(
            x.changePct() < 0 ? "report.attention.alert.fell" : "report.attention.alert.rose",
            x.kpi().id(),
            percent(number(Math.abs(x.changePct()), 1)),
            x.period(),
            value(x.kpi(), x.previous(), cur),
            value(x.kpi(), x.current(), cur),
            percent(number(x.thresholdPct(), 1)));
      }
      case ADJUST_OR_STOP -> {
        ActionResult x = a.action();
        yield l.get(
            "report.attention.adjust-or-stop",
            x.action().id(),
            ratio(x.roi()),
            x.windowWeeks(),
            ratio(x.minRoi()),
            x.action().owner());
      }
      case OVERDUE ->
          l.get(
              "report.attention.overdue",
              a.action().action().id(),
              a.action().action().due(),
              actionStatus(a.action().action().status()),
              a.action().action().owner());
      case TARGET_LOWERED -> {
        ObjectiveResult o = a.objective();
        yield l.get(
            "report.attention.target-lowered",
            o.objective().id(),
            revised(o, a.revision().old(), cur),
            revised(o, a.revision().now(), cur),
            a.revision().author(),
            a.revision().date());
      }
      case DEADLINE_MOVED ->
          l.get(
              "report.attention.deadline-moved",
              a.objective().objective().id(),
              a.revision().old(),
              a.revision().now(),
              a.revision().author(),
              a.revision().date());
      case RETROFITTED ->
          l.get(
              "report.attention.retrofitted",
              a.objective().objective().id(),
              value(a.objective().kpi(), a.objective().objective().target(), cur),
              a.objective().history().targetSet());
      case STALE_ACTION ->
          l.get(
              "report.attention.stale-action",
              a.action().action().id(),
              a.action().history().lastChanged(),
              ChronoUnit.DAYS.between(a.action().history().lastChanged(), r.asOf()),
              a.action().action().owner());
      case DECISION_PENDING ->
          l.get(
              "report.attention.decision-pending",
              a.action().action().id(),
              a.action().action().owner());
    };
  }

  /**
   * The current target, with the original beside it when the history says it was first set
   * otherwise.
   */
  String target(ObjectiveResult o, String cur) {
    String now = value(o.kpi(), o.objective().target(), cur);
    Double first = o.history().originalTarget();
    return first == null || first.equals(o.objective().target())
        ? now
        : l.get("report.target.first", now, value(o.kpi(), first, cur));
  }

  /** "target 1,200 → 1,500 by Bob on 2027-01-20 (75aaa92)" */
  String revision(ObjectiveResult o, Revision v, String cur) {
    return l.get(
        "report.note.revision." + v.field(),
        revised(o, v.old(), cur),
        revised(o, v.now(), cur),
        v.author(),
        v.date(),
        v.commit().substring(0, 7));
  }

  /** "decided continue by Bob on 2027-03-16 (f0f1079): why" */
  String decided(DecisionEntry d) {
    return l.get(
            "report.note.decision",
            d.decision().id(),
            d.author(),
            d.date(),
            d.commit().substring(0, 7))
        + (d.why() == null ? "" : l.get("report.colon") + " " + d.why());
  }

  /** A revised target or deadline: a target in the KPI's unit, a deadline as written. */
  String revised(ObjectiveResult o, Object v, String cur) {
    return v instanceof Double d ? value(o.kpi(), d, cur) : String.valueOf(v);
  }

  String upcomingItem(Upcoming u) {
    return l.get(
        u.kind() == Upcoming.Kind.STARTS ? "report.attention.starts" : "report.attention.due",
        u.action().id(),
        u.date(),
        u.action().owner());
  }
}
