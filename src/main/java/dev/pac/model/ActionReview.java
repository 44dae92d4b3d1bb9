package dev.pac.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/** An action's own review thresholds, overriding the plan's. */
public record ActionReview(
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double minRoi,
    @Min(value = 1, message = Messages.AT_LEAST_ONE) Integer windowWeeks) {}
