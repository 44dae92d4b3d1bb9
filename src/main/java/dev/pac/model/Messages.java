package dev.pac.model;

/** Constraint messages of the model (plain text: the validator runs without an expression language). */
public final class Messages {
  public static final String SLUG = "must be an id: lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters";
  public static final String POSITIVE = "must be greater than 0";
  public static final String NON_NEGATIVE = "must be 0 or more";
  public static final String FRACTION = "must be a fraction between 0 and 1 (0.25 means 25 %)";
  public static final String ONE_TO_FIVE = "must be between 1 and 5";
  public static final String AT_LEAST_ONE = "must be at least 1";
  public static final String NOT_EMPTY = "must list at least one item";

  private Messages() {}
}
