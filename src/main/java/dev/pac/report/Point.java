package dev.pac.report;

import java.time.LocalDate;

/** A value at a date: a point of a planned trajectory or of the actual so far. */
public record Point(LocalDate date, double value) {}
