package dev.pac.model;

/** The optional {@code pac.yaml} of a workspace; null fields take their defaults. */
public record WorkspaceSettings(
    String plans, String actuals, Lang locale, Grain grain, Review review) {
  public static final WorkspaceSettings DEFAULTS =
      new WorkspaceSettings("plans", "data/actuals.csv", null, Grain.WEEK, null);

  public WorkspaceSettings withDefaults() {
    return new WorkspaceSettings(
        plans == null ? DEFAULTS.plans : plans,
        actuals == null ? DEFAULTS.actuals : actuals,
        locale,
        grain == null ? DEFAULTS.grain : grain,
        review);
  }
}
