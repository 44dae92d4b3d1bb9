package dev.pac.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Something that will be done for one or more objectives, owned, dated and budgeted. */
public record Action(
    @Key(required = true, slug = true) String id,
    @Key(required = true) String title,
    @Key(required = true, minItems = 1, itemsRequired = true, itemSlugs = true)
        List<String> objectives,
    @Key(required = true) ActionType type,
    @Key(slug = true) String segment,
    @Key(slug = true) String channel,
    @Key(required = true) String owner,
    @Key(required = true) LocalDate start,
    @Key(required = true) LocalDate due,
    ActionStatus status,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double budget,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double effortDays,
    List<String> steps,
    ActionReview review,
    String learnings) {

  public Action {
    objectives =
        objectives == null ? null : Collections.unmodifiableList(new ArrayList<>(objectives));
    steps = steps == null ? null : Collections.unmodifiableList(new ArrayList<>(steps));
  }

  /** This action with {@code status} and {@code budget} defaulted. */
  public Action withDefaults() {
    return new Action(
        id,
        title,
        objectives,
        type,
        segment,
        channel,
        owner,
        start,
        due,
        status == null ? ActionStatus.PLANNED : status,
        budget == null ? 0.0 : budget,
        effortDays,
        steps == null ? List.of() : steps,
        review,
        learnings);
  }

  /** Whether the action is finished one way or another. */
  public boolean closed() {
    return status == ActionStatus.DONE || status == ActionStatus.STOPPED;
  }
}
