package dev.pac.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An indicator a plan measures. {@code better} and {@code rollup} carry their defaults once loaded. */
public record Kpi(
    @NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String id,
    @NotNull String name,
    @NotNull Unit unit,
    Better better,
    Rollup rollup,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String numerator,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String denominator,
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE) Double alertDropPct,
    String description) {

  public Kpi withDefaults() {
    return new Kpi(id, name, unit, better == null ? Better.HIGHER : better, rollup == null ? Rollup.SUM : rollup,
        numerator, denominator, alertDropPct, description);
  }
}
