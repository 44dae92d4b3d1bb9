package dev.pac.model;

/** A language pac speaks. */
public enum Lang implements Keyword {
  EN,
  FR
}
