package dev.pac.model;


/** An indicator a plan measures. {@code better} and {@code rollup} carry their defaults once loaded. */
public record Kpi(
    @Key(required = true, slug = true) String id,
    @Key(required = true) String name,
    @Key(required = true) Unit unit,
    Better better,
    Rollup rollup,
    @Key(slug = true) String numerator,
    @Key(slug = true) String denominator,
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double alertDropPct,
    String description) {

  public Kpi withDefaults() {
    return new Kpi(id, name, unit, better == null ? Better.HIGHER : better, rollup == null ? Rollup.SUM : rollup,
        numerator, denominator, alertDropPct, description);
  }
}
