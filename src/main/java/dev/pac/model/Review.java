package dev.pac.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Report thresholds of a plan (or the workspace defaults); fields are null where not given. */
public record Review(
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE) Double alertDropPct,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double minRoi,
    @Min(value = 1, message = Messages.AT_LEAST_ONE) Integer windowWeeks,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) @DecimalMax(value = "10", message = "must be between 0 and 10") Double onTrack,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) @DecimalMax(value = "10", message = "must be between 0 and 10") Double atRisk,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String spendKpi,
    @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String returnKpi,
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE) Double maxChange) {

  public static final Review DEFAULTS = new Review(10.0, 1.5, 8, 0.95, 0.8, "spend", "revenue", 3.0);

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
        maxChange != null ? maxChange : base.maxChange);
  }
}
