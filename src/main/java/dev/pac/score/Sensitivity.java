package dev.pac.score;

import dev.pac.model.Criterion;

/**
 * How far one weight alone can move before the top-ranked target changes: the smallest decrease and
 * increase, in percent of the weight (both positive numbers, at most 100), or null when no change
 * within ±100 % changes the top. {@code challenger} is the target that takes the top at each
 * threshold.
 */
public record Sensitivity(
    Criterion criterion,
    double weight,
    Double flipDownPct,
    String downChallenger,
    Double flipUpPct,
    String upChallenger) {}
