package dev.pac.model;

/** An action's own review thresholds, overriding the plan's. */
public record ActionReview(
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double minRoi,
    @Key(min = "1", message = Messages.AT_LEAST_ONE) Integer windowWeeks) {}
