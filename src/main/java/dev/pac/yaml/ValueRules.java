package dev.pac.yaml;

import dev.pac.model.Key;
import java.util.List;

/**
 * The field rules ({@link Key}) the binder asks about each value as it binds it, so that a broken
 * rule is reported where the value is written, under the key the file uses. The binder asks about
 * every value of a field with rules, and about a required field whose key is absent (value null);
 * it does not ask about a value that did not bind, which it has reported already.
 */
@FunctionalInterface
public interface ValueRules {
  /** No field rules: binding only (for reading many past versions of a plan, say). */
  ValueRules NONE = (shape, field, value) -> List.of();

  /**
   * The rules {@code value} breaks as the {@code field} of a record of {@code shape}; none: empty.
   */
  List<Breach> check(RecordShape shape, RecordShape.Field field, Object value);

  /** What a broken rule is about. */
  enum Kind {
    /** A required value is absent. */
    MISSING,
    /** A list holds fewer items than it must. */
    TOO_FEW,
    /** A value is outside what its rules allow (a bound, a pattern). */
    INVALID
  }

  /**
   * One broken rule: its kind, the item of a list it is about ({@code -1}: the value itself), what
   * the rule says ({@code must be 0 or more}) and the value that breaks it.
   */
  record Breach(Kind kind, int item, String message, Object value) {}
}
