package dev.pac.model;

/** The kind of an action. */
public enum ActionType implements Keyword {
  PROMOTION,
  COMMUNICATION,
  DIRECT_SALES,
  RETENTION,
  ENABLEMENT,
  OTHER
}
