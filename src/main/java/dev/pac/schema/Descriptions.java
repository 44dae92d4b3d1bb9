package dev.pac.schema;

import java.util.Map;

/**
 * What each key means, shown by editors on hover and completion. Keyed {@code Record.key}; a key
 * with no entry simply has no description. The keys themselves come from the model, never from
 * here.
 */
final class Descriptions {
  private static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry("Plan.pac", "Format version: 1."),
          Map.entry("Plan.id", "Plan id: lower-case letters, digits and '-'."),
          Map.entry("Plan.title", "The plan's title."),
          Map.entry("Plan.owner", "The person accountable for the plan."),
          Map.entry("Plan.period", "The time span the plan covers: start < end, both included."),
          Map.entry("Plan.currency", "ISO 4217 code of every amount in the plan (default EUR)."),
          Map.entry("Plan.budget", "Total plan budget; the actions' budgets must fit in it."),
          Map.entry("Plan.analysis", "The situation analysis: SWOT and notes."),
          Map.entry("Plan.kpis", "The indicators this plan measures."),
          Map.entry("Plan.segments", "Customer segments, ranked by `pac score`."),
          Map.entry("Plan.channels", "Acquisition channels, ranked by `pac score --of channels`."),
          Map.entry("Plan.scoring", "How segments and channels are ranked (method and weights)."),
          Map.entry("Plan.objectives", "The SMART objectives."),
          Map.entry("Plan.actions", "What will be done for the objectives."),
          Map.entry("Plan.review", "Report thresholds, overriding pac.yaml's review."),
          Map.entry("Kpi.unit", "`ratio` values are fractions (0.25 means 25 %), shown as %."),
          Map.entry("Kpi.better", "Direction of improvement (default higher)."),
          Map.entry("Kpi.rollup", "How values combine over time and scope (default sum)."),
          Map.entry("Kpi.numerator", "With rollup: ratio, the KPI id summed above the line."),
          Map.entry("Kpi.denominator", "With rollup: ratio, the KPI id summed below the line."),
          Map.entry(
              "Kpi.grain",
              "The period one row stands for: day, week or month (default pac.yaml's grain, else"
                  + " week)."),
          Map.entry(
              "Kpi.alert_drop_pct",
              "Period-over-period alert threshold, in % (default from review)."),
          Map.entry("Target.tam", "Total addressable market."),
          Map.entry("Target.sam", "Serviceable addressable market (at most tam)."),
          Map.entry("Target.avg_mrr", "Average monthly recurring revenue of a customer."),
          Map.entry("Target.ltv", "Customer lifetime value."),
          Map.entry(
              "Target.cac", "Customer acquisition cost (> 0); ltv_to_cac is derived as ltv / cac."),
          Map.entry("Target.close_rate", "Fraction of opportunities won, 0..1."),
          Map.entry("Target.conversion_rate", "Fraction of leads converted, 0..1."),
          Map.entry("Target.no_show_rate", "Fraction of meetings missed, 0..1."),
          Map.entry("Target.churn_rate", "Fraction of customers lost, 0..1."),
          Map.entry("Target.cycle_days", "Sales cycle length in days (> 0)."),
          Map.entry(
              "Target.maturity_fit", "Fit with product/market maturity, 1..5 (higher is better)."),
          Map.entry(
              "Target.effort", "Operational effort and missing skills, 1..5 (lower is better)."),
          Map.entry("Scoring.method", "weighted-sum (default) or topsis."),
          Map.entry(
              "Scoring.segments",
              "Weight of each criterion when ranking segments (≥ 0, at least one > 0)."),
          Map.entry(
              "Scoring.channels",
              "Weight of each criterion when ranking channels (≥ 0, at least one > 0)."),
          Map.entry("Objective.title", "States the change (4 words or more)."),
          Map.entry("Objective.kpi", "The KPI id the objective moves."),
          Map.entry("Objective.segment", "Segment id of the scope; absent means the total."),
          Map.entry("Objective.channel", "Channel id of the scope; absent means the total."),
          Map.entry(
              "Objective.baseline", "Level at start; required when the KPI's rollup is not sum."),
          Map.entry(
              "Objective.target",
              "For sum KPIs the total over [start, deadline]; otherwise the level to reach by the"
                  + " deadline."),
          Map.entry("Objective.start", "Default: the plan period's start."),
          Map.entry("Objective.deadline", "Within the plan period, after start."),
          Map.entry("Objective.owner", "Default: the plan owner."),
          Map.entry(
              "Objective.rationale",
              "Why the target is realistic (needed when it asks more than max_change × baseline)."),
          Map.entry(
              "Objective.milestones",
              "Intermediate targets, dates strictly increasing inside (start, deadline)."),
          Map.entry("Action.objectives", "Ids of the objectives the action serves."),
          Map.entry("Action.owner", "Who does it."),
          Map.entry("Action.start", "start ≤ due."),
          Map.entry("Action.due", "At most the latest deadline of its objectives."),
          Map.entry("Action.status", "Default planned."),
          Map.entry("Action.budget", "Default 0."),
          Map.entry("Action.effort_days", "People-days."),
          Map.entry("Action.review", "Overrides the plan's review for this action."),
          Map.entry("Action.learnings", "What was learned; expected once done or stopped."),
          Map.entry(
              "Review.alert_drop_pct", "Period-over-period alert threshold in % (default 10)."),
          Map.entry(
              "Review.min_roi",
              "Return / spend below which an action is adjust-or-stop (default 1.5)."),
          Map.entry("Review.window_weeks", "Weeks of the action review window (default 8)."),
          Map.entry(
              "Review.on_track", "Pace at or above which an objective is on track (default 0.95)."),
          Map.entry(
              "Review.at_risk", "Pace at or above which an objective is at risk (default 0.8)."),
          Map.entry("Review.spend_kpi", "KPI id of spend (default spend)."),
          Map.entry("Review.return_kpi", "KPI id of return (default revenue)."),
          Map.entry(
              "Review.max_change",
              "Realism cap: a target moving more than max_change × baseline needs a rationale"
                  + " (default 3)."),
          Map.entry(
              "Review.stale_days",
              "Days without a commit to an active or planned action's entry after which it is stale"
                  + " (default 21)."),
          Map.entry("ActionReview.min_roi", "Overrides review.min_roi."),
          Map.entry("ActionReview.window_weeks", "Overrides review.window_weeks."));

  private Descriptions() {}

  static String of(Class<?> record, String key) {
    return TEXT.get(record.getSimpleName() + "." + key);
  }
}
