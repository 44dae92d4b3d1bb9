package dev.pac.check.rules;

import static dev.pac.check.rules.PlanContext.item;
import static dev.pac.check.rules.PlanContext.items;

import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code smart.time-bound}: each objective's start, deadline and milestones, and each action's
 * start and due date, in order and inside the plan period; an action due by the latest deadline of
 * the objectives it serves. A period that is missing or wrong is reported on its own, and no date
 * is judged against it.
 */
public final class TimeBoundRule {
  public static final CheckRule TIME_BOUND =
      new CheckRule(
          new Rule("smart.time-bound"),
          Severity.ERROR,
          "Deadlines and action dates fit the plan period and each other.",
          "Keep deadlines inside the plan period and after their start, milestones between start"
              + " and deadline, and actions due by their objectives' deadlines.",
          TimeBoundRule::check);

  static final List<CheckRule> RULES = List.of(TIME_BOUND);

  private TimeBoundRule() {}

  private static void check(PlanContext plan, Sink sink) {
    List<Objective> objectives = items(plan.raw().objectives());
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i) != null) {
        objective(plan, sink, item("objectives", i), objectives.get(i), plan.objectiveAt(i));
      }
    }
    List<Action> actions = items(plan.raw().actions());
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) != null) {
        action(plan, sink, item("actions", i), actions.get(i));
      }
    }
  }

  /** {@code o} as written, {@code withDefaults} the same with its defaults. */
  private static void objective(
      PlanContext plan, Sink sink, String p, Objective o, Objective withDefaults) {
    LocalDate ps = plan.periodStart();
    LocalDate pe = plan.periodEnd();
    // the start defaults to the period's (Objective.withDefaults), unless the period is wrong
    LocalDate start = o.start() != null || plan.periodValid() ? withDefaults.start() : null;
    LocalDate deadline = o.deadline();
    String startPath = p + ".start";
    boolean startWritten = plan.written(o.start(), startPath);
    if (startWritten && start != null && outside(start, ps, pe)) {
      sink.report(startPath, Text.of("rules.objective-start-outside", start, range(ps, pe)));
    }
    if (deadline != null) {
      String at = p + ".deadline";
      if (outside(deadline, ps, pe)) {
        sink.report(at, Text.of("rules.deadline-outside", deadline, range(ps, pe)));
      } else if (start != null && !deadline.isAfter(start)) {
        sink.report(
            at,
            Text.of(
                "rules.deadline-not-after-start",
                deadline,
                start,
                startWritten ? Text.plain("") : Text.of("rules.period-start-note")));
      }
    }
    List<Milestone> milestones = items(o.milestones());
    LocalDate previous = null;
    for (int j = 0; j < milestones.size(); j++) {
      Milestone m = milestones.get(j);
      if (m == null || m.date() == null) {
        continue;
      }
      String at = item(p + ".milestones", j) + ".date";
      if (previous != null && !m.date().isAfter(previous)) {
        sink.report(at, Text.of("rules.milestone-order", m.date(), previous));
      } else if ((start != null && !m.date().isAfter(start))
          || (deadline != null && !m.date().isBefore(deadline))) {
        sink.report(
            at,
            Text.of("rules.milestone-window", m.date(), dateOrDash(start), dateOrDash(deadline)));
      }
      previous = m.date();
    }
  }

  /** start ≤ due ≤ the latest deadline of its objectives, both inside the period. */
  private static void action(PlanContext plan, Sink sink, String p, Action a) {
    LocalDate ps = plan.periodStart();
    LocalDate pe = plan.periodEnd();
    LocalDate start = a.start();
    LocalDate due = a.due();
    if (start != null && outside(start, ps, pe)) {
      sink.report(p + ".start", Text.of("rules.action-start-outside", start, range(ps, pe)));
    }
    if (due == null) {
      return;
    }
    LocalDate latest = latestDeadline(plan, a);
    String at = p + ".due";
    if (start != null && due.isBefore(start)) {
      sink.report(at, Text.of("rules.due-before-start", due, start));
    } else if (latest != null && due.isAfter(latest)) {
      sink.report(at, Text.of("rules.due-after-deadline", due, latest));
    } else if (outside(due, ps, pe)) {
      sink.report(at, Text.of("rules.due-outside", due, range(ps, pe)));
    }
  }

  /** The latest deadline of the objectives the action serves that exist, or null. */
  private static LocalDate latestDeadline(PlanContext plan, Action a) {
    LocalDate latest = null;
    for (String id : items(a.objectives())) {
      Objective o = id == null ? null : plan.objective(id);
      if (o != null && o.deadline() != null && (latest == null || o.deadline().isAfter(latest))) {
        latest = o.deadline();
      }
    }
    return latest;
  }

  private static boolean outside(LocalDate d, LocalDate start, LocalDate end) {
    return (start != null && d.isBefore(start)) || (end != null && d.isAfter(end));
  }

  private static Text range(LocalDate start, LocalDate end) {
    return Text.of("rules.period-range", dateOrDash(start), dateOrDash(end));
  }

  private static String dateOrDash(LocalDate d) {
    return d == null ? "?" : d.toString();
  }
}
