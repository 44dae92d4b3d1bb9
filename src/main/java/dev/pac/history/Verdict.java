package dev.pac.history;

import dev.pac.model.Keyword;

/** What a team decided about an action, as a {@code Decision:} trailer records it. */
public enum Verdict implements Keyword {
  CONTINUE,
  ADJUST,
  STOP
}
