package dev.pac.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Something that will be done for one or more objectives, owned, dated and budgeted. */
public record Action(
    @NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String id,
    @NotNull String title,
    @NotNull @Size(min = 1, message = Messages.NOT_EMPTY) List<@NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String> objectives,
    @NotNull ActionType type,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String segment,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String channel,
    @NotNull String owner,
    @NotNull LocalDate start,
    @NotNull LocalDate due,
    ActionStatus status,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double budget,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double effortDays,
    List<String> steps,
    @Valid ActionReview review,
    String learnings) {

  public Action {
    objectives = objectives == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(objectives));
    steps = steps == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(steps));
  }

  /** This action with {@code status} and {@code budget} defaulted. */
  public Action withDefaults() {
    return new Action(id, title, objectives, type, segment, channel, owner, start, due,
        status == null ? ActionStatus.PLANNED : status, budget == null ? 0.0 : budget, effortDays,
        steps == null ? List.of() : steps, review, learnings);
  }

  /** Whether the action is finished one way or another. */
  public boolean closed() {
    return status == ActionStatus.DONE || status == ActionStatus.STOPPED;
  }
}
