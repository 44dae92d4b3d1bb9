package dev.pac.model;

/** How segments and channels are ranked. */
public enum ScoringMethod implements Keyword {
  WEIGHTED_SUM,
  TOPSIS
}
