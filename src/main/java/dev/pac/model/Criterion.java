package dev.pac.model;

import java.util.Locale;

/** A criterion segments and channels are ranked on, spelled in snake_case in plans. */
public enum Criterion implements Keyword {
  TAM(Better.HIGHER),
  SAM(Better.HIGHER),
  AVG_MRR(Better.HIGHER),
  LTV(Better.HIGHER),
  CAC(Better.LOWER),
  LTV_TO_CAC(Better.HIGHER),
  CLOSE_RATE(Better.HIGHER),
  CONVERSION_RATE(Better.HIGHER),
  NO_SHOW_RATE(Better.LOWER),
  CHURN_RATE(Better.LOWER),
  CYCLE_DAYS(Better.LOWER),
  MATURITY_FIT(Better.HIGHER),
  EFFORT(Better.LOWER);

  private final Better better;

  Criterion(Better better) {
    this.better = better;
  }

  public Better better() {
    return better;
  }

  /** Derived criteria are computed, never written in a plan. */
  public boolean derived() {
    return this == LTV_TO_CAC;
  }

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
