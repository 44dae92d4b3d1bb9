package dev.pac.model;

import java.time.LocalDate;

/** An intermediate target of an objective. */
public record Milestone(@Key(required = true) LocalDate date, @Key(required = true) Double value) {}
