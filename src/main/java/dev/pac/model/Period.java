package dev.pac.model;

import java.time.LocalDate;

/** The time span a plan covers, both ends included. */
public record Period(@Key(required = true) LocalDate start, @Key(required = true) LocalDate end) {}
