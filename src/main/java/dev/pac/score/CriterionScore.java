package dev.pac.score;

import dev.pac.model.Criterion;

/**
 * One criterion of one target, as the method used it: the weight, the raw {@code value} (null when
 * the target does not give it), the {@code normalised} value (weighted-sum: min-max 0..1 with the
 * direction applied; TOPSIS: x / √Σx²; null when missing or when the target is not ranked), and its
 * {@code contribution} to the score in points (null when the target is not ranked).
 */
public record CriterionScore(
    Criterion criterion, double weight, Double value, Double normalised, Double contribution) {}
