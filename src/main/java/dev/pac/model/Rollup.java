package dev.pac.model;

/** How a KPI's values combine over time and scope. */
public enum Rollup implements Keyword {
  SUM,
  LAST,
  MEAN,
  RATIO
}
