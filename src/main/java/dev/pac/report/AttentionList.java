package dev.pac.report;

import dev.pac.history.Revision;
import dev.pac.model.Better;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The report's attention list: what needs a decision at the stand-up, in the order it is read. */
final class AttentionList {
  private AttentionList() {}

  /**
   * Stale KPIs, missed, off-track and at-risk objectives, alerts, adjust-or-stop actions, overdue
   * actions.
   */
  static List<Attention> of(
      List<StaleKpi> stale,
      List<ObjectiveResult> objectives,
      List<AlertResult> alerts,
      List<ActionResult> reviews,
      List<ActionResult> all,
      LocalDate asOf) {
    List<Attention> out = new ArrayList<>();
    stale.forEach(
        s -> out.add(new Attention(Attention.Kind.STALE, s.kpi().id(), s, null, null, null)));
    for (Status st : List.of(Status.MISSED, Status.OFF_TRACK, Status.AT_RISK)) {
      Attention.Kind kind = Attention.Kind.valueOf(st.name());
      objectives.stream()
          .filter(o -> o.status() == st)
          .sorted(
              Comparator.comparing(
                  ObjectiveResult::pace, Comparator.nullsLast(Comparator.naturalOrder())))
          .forEach(o -> out.add(new Attention(kind, o.objective().id(), null, o, null, null)));
    }
    alerts.stream()
        .sorted(Comparator.comparing((AlertResult a) -> -Math.abs(a.changePct())))
        .forEach(
            a -> out.add(new Attention(Attention.Kind.ALERT, a.kpi().id(), null, null, a, null)));
    reviews.stream()
        .filter(a -> a.decision() == Decision.ADJUST_OR_STOP)
        .forEach(
            a ->
                out.add(
                    new Attention(
                        Attention.Kind.ADJUST_OR_STOP, a.action().id(), null, null, null, a)));
    all.stream()
        .filter(ActionResult::overdue)
        .sorted(Comparator.comparing((ActionResult a) -> a.action().due()))
        .forEach(
            a ->
                out.add(
                    new Attention(Attention.Kind.OVERDUE, a.action().id(), null, null, null, a)));
    // from the plans' history: revisions of the last 28 days (newest first), retrofitted targets,
    // idle actions, pending decisions
    LocalDate since = asOf.minusDays(ReportBuilder.REVISION_DAYS);
    for (ObjectiveResult o : objectives) {
      List<Revision> recent = new ArrayList<>(o.history().revisions());
      Collections.reverse(recent);
      for (Revision v : recent) {
        if (!v.date().isAfter(since) || v.date().isAfter(asOf)) {
          continue;
        }
        if ("deadline".equals(v.field())) {
          out.add(
              new Attention(
                  Attention.Kind.DEADLINE_MOVED, o.objective().id(), null, o, null, null, v));
        } else if (v.old() instanceof Double b
            && v.now() instanceof Double h
            && (o.kpi().better() == Better.LOWER ? h > b : h < b)) {
          out.add(
              new Attention(
                  Attention.Kind.TARGET_LOWERED, o.objective().id(), null, o, null, null, v));
        }
      }
    }
    objectives.stream()
        .filter(ObjectiveResult::retrofitted)
        .forEach(
            o ->
                out.add(
                    new Attention(
                        Attention.Kind.RETROFITTED, o.objective().id(), null, o, null, null)));
    all.stream()
        .filter(ActionResult::stale)
        .forEach(
            a ->
                out.add(
                    new Attention(
                        Attention.Kind.STALE_ACTION, a.action().id(), null, null, null, a)));
    all.stream()
        .filter(ActionResult::decisionPending)
        .forEach(
            a ->
                out.add(
                    new Attention(
                        Attention.Kind.DECISION_PENDING, a.action().id(), null, null, null, a)));
    return out;
  }
}
