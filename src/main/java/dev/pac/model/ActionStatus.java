package dev.pac.model;

/** Where an action stands. */
public enum ActionStatus implements Keyword {
  PLANNED,
  ACTIVE,
  DONE,
  STOPPED
}
