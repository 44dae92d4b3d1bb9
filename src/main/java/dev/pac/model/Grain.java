package dev.pac.model;

/**
 * The period one actuals row of a KPI stands for: a day, an ISO week (Monday to Sunday), a calendar
 * month.
 */
public enum Grain implements Keyword {
  DAY,
  WEEK,
  MONTH
}
