package dev.pac.model;

/** Report thresholds of a plan (or the workspace defaults); fields are null where not given. */
public record Review(
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double alertDropPct,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double minRoi,
    @Key(min = "1", message = Messages.AT_LEAST_ONE) Integer windowWeeks,
    @Key(min = "0", max = "10", message = Messages.ZERO_TO_TEN) Double onTrack,
    @Key(min = "0", max = "10", message = Messages.ZERO_TO_TEN) Double atRisk,
    @Key(slug = true) String spendKpi,
    @Key(slug = true) String returnKpi,
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double maxChange,
    @Key(min = "1", message = Messages.AT_LEAST_ONE) Double staleDays) {

  public static final Review DEFAULTS =
      new Review(10.0, 1.5, 8, 0.95, 0.8, "spend", "revenue", 3.0, 21.0);

  /**
   * The record's usual text, written out: it keys pac's cache files, and a derived {@code toString}
   * is linked through method handles at its first call, which costs a short run more than the text
   * (docs/performance.md).
   */
  @Override
  public String toString() {
    return new StringBuilder("Review[alertDropPct=")
        .append(alertDropPct)
        .append(", minRoi=")
        .append(minRoi)
        .append(", windowWeeks=")
        .append(windowWeeks)
        .append(", onTrack=")
        .append(onTrack)
        .append(", atRisk=")
        .append(atRisk)
        .append(", spendKpi=")
        .append(spendKpi)
        .append(", returnKpi=")
        .append(returnKpi)
        .append(", maxChange=")
        .append(maxChange)
        .append(", staleDays=")
        .append(staleDays)
        .append(']')
        .toString();
  }

  /** Each field of this review, or of {@code base} where this one has none. */
  public Review over(Review base) {
    if (base == null) {
      return this;
    }
    return new Review(
        alertDropPct != null ? alertDropPct : base.alertDropPct,
        minRoi != null ? minRoi : base.minRoi,
        windowWeeks != null ? windowWeeks : base.windowWeeks,
        onTrack != null ? onTrack : base.onTrack,
        atRisk != null ? atRisk : base.atRisk,
        spendKpi != null ? spendKpi : base.spendKpi,
        returnKpi != null ? returnKpi : base.returnKpi,
        maxChange != null ? maxChange : base.maxChange,
        staleDays != null ? staleDays : base.staleDays);
  }
}
