package dev.pac.history;

import java.time.LocalDate;

/**
 * A decision a commit recorded about an action ({@code Decision:} trailer), with its reason or
 * null.
 */
public record DecisionEntry(
    String commit, LocalDate date, String author, Verdict decision, String why) {}
