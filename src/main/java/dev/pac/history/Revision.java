package dev.pac.history;

import java.time.LocalDate;

/**
 * A commit that changed an objective's {@code target} or {@code deadline}: {@code old} and {@code
 * new} as plain values (a number, or a date as {@code YYYY-MM-DD}).
 */
public record Revision(
    String commit, LocalDate date, String author, String field, Object old, Object now) {}
