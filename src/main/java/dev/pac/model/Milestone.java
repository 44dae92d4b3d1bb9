package dev.pac.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An intermediate target of an objective. */
public record Milestone(@NotNull LocalDate date, @NotNull Double value) {}
