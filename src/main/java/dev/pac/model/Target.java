package dev.pac.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A customer segment or an acquisition channel, with the criteria it is ranked on (each optional). */
public record Target(
    @NotNull @Pattern(regexp = Slug.PATTERN, message = Messages.SLUG) String id,
    @NotNull String name,
    String description,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double tam,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double sam,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double avgMrr,
    @DecimalMin(value = "0", message = Messages.NON_NEGATIVE) Double ltv,
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE) Double cac,
    @DecimalMin(value = "0", message = Messages.FRACTION) @DecimalMax(value = "1", message = Messages.FRACTION) Double closeRate,
    @DecimalMin(value = "0", message = Messages.FRACTION) @DecimalMax(value = "1", message = Messages.FRACTION) Double conversionRate,
    @DecimalMin(value = "0", message = Messages.FRACTION) @DecimalMax(value = "1", message = Messages.FRACTION) Double noShowRate,
    @DecimalMin(value = "0", message = Messages.FRACTION) @DecimalMax(value = "1", message = Messages.FRACTION) Double churnRate,
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE) Double cycleDays,
    @DecimalMin(value = "1", message = Messages.ONE_TO_FIVE) @DecimalMax(value = "5", message = Messages.ONE_TO_FIVE) Double maturityFit,
    @DecimalMin(value = "1", message = Messages.ONE_TO_FIVE) @DecimalMax(value = "5", message = Messages.ONE_TO_FIVE) Double effort) {

  /** The value of a criterion, derived for {@code ltv_to_cac}; null when not given (or not derivable). */
  public Double value(Criterion c) {
    return switch (c) {
      case TAM -> tam;
      case SAM -> sam;
      case AVG_MRR -> avgMrr;
      case LTV -> ltv;
      case CAC -> cac;
      case LTV_TO_CAC -> ltv == null || cac == null || cac == 0 ? null : ltv / cac;
      case CLOSE_RATE -> closeRate;
      case CONVERSION_RATE -> conversionRate;
      case NO_SHOW_RATE -> noShowRate;
      case CHURN_RATE -> churnRate;
      case CYCLE_DAYS -> cycleDays;
      case MATURITY_FIT -> maturityFit;
      case EFFORT -> effort;
    };
  }
}
