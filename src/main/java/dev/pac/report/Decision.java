package dev.pac.report;

import dev.pac.model.Keyword;

/** What the action review advises for an action. */
public enum Decision implements Keyword {
  NO_DATA,
  TOO_EARLY,
  CONTINUE,
  ADJUST_OR_STOP
}
