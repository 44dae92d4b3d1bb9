package dev.pac.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The time span a plan covers, both ends included. */
public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {}
