package dev.pac.model;

/** Constraint messages of the model (plain text: the validator runs without an expression language). */
final class Messages {
  static final String SLUG = "must be an id: lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters";
  static final String POSITIVE = "must be greater than 0";
  static final String NON_NEGATIVE = "must be 0 or more";
  static final String FRACTION = "must be a fraction between 0 and 1 (0.25 means 25 %)";
  static final String ONE_TO_FIVE = "must be between 1 and 5";
  static final String AT_LEAST_ONE = "must be at least 1";
  static final String NOT_EMPTY = "must list at least one item";

  private Messages() {}
}
