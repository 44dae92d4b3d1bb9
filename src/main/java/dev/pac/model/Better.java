package dev.pac.model;

/** The direction in which a KPI or a criterion improves. */
public enum Better implements Keyword {
  HIGHER,
  LOWER
}
