package dev.pac.model;

/** How serious a finding is. */
public enum Severity implements Keyword {
  ERROR,
  WARNING
}
