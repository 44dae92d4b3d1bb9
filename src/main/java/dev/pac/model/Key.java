package dev.pac.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field rules of one key of the plan format, declared on the record component that holds it.
 * {@code workspace.FieldConstraints} declares them to Hibernate Validator as constraints, which the
 * binder asks about each value as it binds it, and {@code pac schema} turns them into JSON Schema
 * keywords, so both say the same thing. The values of a component whose type is a record, or a list
 * of records, are bound, and so checked, item by item.
 *
 * <p>The annotation stays on the record component: unlike a Bean Validation annotation, it is not
 * copied onto the constructor's parameters and the accessor, which the validator would otherwise
 * read three times at every start.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
  /** The key must be present, with a value. */
  boolean required() default false;

  /** A list must hold at least this many items. */
  int minItems() default 0;

  /** Text must be an id ({@link Slug#PATTERN}). */
  boolean slug() default false;

  /** Every item of a list must be present; with {@link #itemSlugs}, an id. */
  boolean itemsRequired() default false;

  /** Every item of a list of text must be an id ({@link Slug#PATTERN}). */
  boolean itemSlugs() default false;

  /** Text must match this regular expression as a whole (empty: any text). */
  String pattern() default "";

  /**
   * A number must be at least this (a decimal; empty: no lower bound), or more than it with {@link
   * #exclusiveMin}.
   */
  String min() default "";

  boolean exclusiveMin() default false;

  /** A number must be at most this (a decimal; empty: no upper bound). */
  String max() default "";

  /**
   * What a value breaking {@link #pattern}, {@link #min} or {@link #max} is told, after the key's
   * name.
   */
  String message() default "";
}
