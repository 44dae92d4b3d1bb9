package dev.pac.model;

import java.util.Objects;

/**
 * The id of a rule of {@code pac validate}, as a finding carries it ({@code smart.specific}). What
 * the rule checks, the level of its findings, its help and its check live with it in the one list
 * of rules, {@code check/rules/Rules.java}; the model holds only the id.
 *
 * <p>The constants here are the ids that code outside {@code check/rules} reports: the YAML reader,
 * the binder, the field rules and the import, which cannot see the rules. A rule checked by {@code
 * check/rules} alone names its id where it is defined.
 */
public record Rule(String id) {
  public static final Rule SYNTAX = new Rule("syntax");
  public static final Rule SCHEMA_UNKNOWN_KEY = new Rule("schema.unknown-key");
  public static final Rule SCHEMA_REQUIRED = new Rule("schema.required");
  public static final Rule SCHEMA_TYPE = new Rule("schema.type");
  public static final Rule SCHEMA_ENUM = new Rule("schema.enum");
  public static final Rule SCHEMA_RANGE = new Rule("schema.range");
  public static final Rule SCHEMA_DUPLICATE_KEY = new Rule("schema.duplicate-key");
  public static final Rule SCHEMA_ALIAS = new Rule("schema.alias");
  public static final Rule REF_UNKNOWN = new Rule("ref.unknown");

  @Override
  public String toString() {
    return id;
  }

  // written out: a record's derived equals and hashCode are linked through method handles at their
  // first call, which costs a short run more than the comparisons (docs/performance.md)
  @Override
  public boolean equals(Object o) {
    return o instanceof Rule r && Objects.equals(id, r.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
