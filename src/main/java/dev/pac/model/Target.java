package dev.pac.model;

/**
 * A customer segment or an acquisition channel, with the criteria it is ranked on (each optional).
 */
public record Target(
    @Key(required = true, slug = true) String id,
    @Key(required = true) String name,
    String description,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double tam,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double sam,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double avgMrr,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double ltv,
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double cac,
    @Key(min = "0", max = "1", message = Messages.FRACTION) Double closeRate,
    @Key(min = "0", max = "1", message = Messages.FRACTION) Double conversionRate,
    @Key(min = "0", max = "1", message = Messages.FRACTION) Double noShowRate,
    @Key(min = "0", max = "1", message = Messages.FRACTION) Double churnRate,
    @Key(min = "0", exclusiveMin = true, message = Messages.POSITIVE) Double cycleDays,
    @Key(min = "1", max = "5", message = Messages.ONE_TO_FIVE) Double maturityFit,
    @Key(min = "1", max = "5", message = Messages.ONE_TO_FIVE) Double effort) {

  /**
   * The value of a criterion, derived for {@code ltv_to_cac}; null when not given (or not
   * derivable).
   */
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
