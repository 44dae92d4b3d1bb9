package dev.pac.model;

/** The unit of a KPI; ratio values are fractions shown as %. */
public enum Unit implements Keyword {
  COUNT,
  CURRENCY,
  RATIO,
  DAYS,
  SCORE
}
