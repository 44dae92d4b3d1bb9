package dev.pac.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A SMART objective: a KPI (in a scope) to move from a baseline to a target by a deadline. */
public record Objective(
    @Key(required = true, slug = true) String id,
    @Key(required = true) String title,
    @Key(required = true, slug = true) String kpi,
    @Key(slug = true) String segment,
    @Key(slug = true) String channel,
    Double baseline,
    @Key(required = true) Double target,
    LocalDate start,
    @Key(required = true) LocalDate deadline,
    String owner,
    String rationale,
    @Key(itemsRequired = true) List<Milestone> milestones) {

  public Objective {
    milestones =
        milestones == null ? null : Collections.unmodifiableList(new ArrayList<>(milestones));
  }

  /** This objective with {@code start} and {@code owner} defaulted from the plan. */
  public Objective withDefaults(Period period, String planOwner) {
    return new Objective(
        id,
        title,
        kpi,
        segment,
        channel,
        baseline,
        target,
        start == null && period != null ? period.start() : start,
        deadline,
        owner == null ? planOwner : owner,
        rationale,
        milestones == null ? List.of() : milestones);
  }
}
