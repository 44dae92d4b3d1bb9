package dev.pac.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/** A SMART objective: a KPI (in a scope) to move from a baseline to a target by a deadline. */
public record Objective(
    @NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String id,
    @NotNull String title,
    @NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String kpi,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String segment,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String channel,
    Double baseline,
    @NotNull Double target,
    LocalDate start,
    @NotNull LocalDate deadline,
    String owner,
    String rationale,
    List<@Valid @NotNull Milestone> milestones) {

  public Objective {
    milestones = milestones == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(milestones));
  }

  /** This objective with {@code start} and {@code owner} defaulted from the plan. */
  public Objective withDefaults(Period period, String planOwner) {
    return new Objective(id, title, kpi, segment, channel, baseline, target,
        start == null && period != null ? period.start() : start, deadline,
        owner == null ? planOwner : owner, rationale, milestones == null ? List.of() : milestones);
  }
}
