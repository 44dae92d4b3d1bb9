package dev.pac.model;

/** The optional {@code pac.yaml} of a workspace; null fields take their defaults. */
public record WorkspaceSettings(
    String plans, String actuals, Lang locale, Grain grain, Review review) {
  public static final WorkspaceSettings DEFAULTS =
      new WorkspaceSettings("plans", "data/actuals.csv", null, Grain.WEEK, null);

  /** The record's usual text, written out, as {@link Review#toString()} says why. */
  @Override
  public String toString() {
    return new StringBuilder("WorkspaceSettings[plans=")
        .append(plans)
        .append(", actuals=")
        .append(actuals)
        .append(", locale=")
        .append(locale)
        .append(", grain=")
        .append(grain)
        .append(", review=")
        .append(review)
        .append(']')
        .toString();
  }

  public WorkspaceSettings withDefaults() {
    return new WorkspaceSettings(
        plans == null ? DEFAULTS.plans : plans,
        actuals == null ? DEFAULTS.actuals : actuals,
        locale,
        grain == null ? DEFAULTS.grain : grain,
        review);
  }
}
