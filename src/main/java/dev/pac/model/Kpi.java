package dev.pac.model;

/**
 * An indicator a plan measures. {@code better}, {@code rollup} and {@code grain} carry their
 * defaults once loaded.
 */
public record Kpi(
    @Key(required = true, slug = true) String id,
    @Key(required = true) String name,
    @Key(required = true) Unit unit,
    Better better,
    Rollup rollup,
    @Key(slug = true) String numerator,
    @Key(slug = true) String denominator,
    Grain grain,
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double alertDropPct,
    String description) {

  /** This KPI with its defaults; {@code workspaceGrain} is {@code pac.yaml}'s grain, or null. */
  public Kpi withDefaults(Grain workspaceGrain) {
    Grain g = grain != null ? grain : workspaceGrain != null ? workspaceGrain : Grain.WEEK;
    return new Kpi(
        id,
        name,
        unit,
        better == null ? Better.HIGHER : better,
        rollup == null ? Rollup.SUM : rollup,
        numerator,
        denominator,
        g,
        alertDropPct,
        description);
  }
}
