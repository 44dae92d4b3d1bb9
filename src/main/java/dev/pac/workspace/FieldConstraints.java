package dev.pac.workspace;

import dev.pac.model.Key;
import dev.pac.model.Messages;
import dev.pac.model.Slug;
import dev.pac.yaml.RecordShape;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.ContainerElementConstraintMappingContext;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * The {@link Key} rules of the model's records declared to Hibernate Validator as constraints on
 * the records' fields, through its programmatic mapping: required is {@code @NotNull}, least items
 * {@code @Size}, an id or other pattern {@code @Pattern}, bounds {@code @Min}/{@code @Max} on
 * integers and {@code @DecimalMin}/{@code @DecimalMax} on decimals; the item rules of a list are
 * constraints on its elements. (A Bean Validation annotation on a record component would be copied
 * onto the constructor and the accessor too, and the validator would read it three times at every
 * start.)
 */
final class FieldConstraints {
  private FieldConstraints() {}

  /**
   * Declares the rules of {@code shape}'s fields, then of every record they hold; {@code done}
   * gathers the records.
   */
  static void declare(ConstraintMapping mapping, RecordShape shape, Set<Class<?>> done) {
    if (!done.add(shape.type())) {
      return;
    }
    TypeConstraintMappingContext<?> type = mapping.type(shape.type());
    for (RecordShape.Field f : shape.fields()) {
      Key key = f.rules();
      if (key != null) {
        String wrong = misdeclared(f);
        if (wrong != null) {
          throw new IllegalStateException(
              "@Key on " + shape.type().getSimpleName() + "." + f.name() + ": " + wrong);
        }
        constrain(type.field(f.name()), key, f.raw());
      }
      Class<?> held = f.itemType() != null ? RecordShape.raw(f.itemType()) : f.raw();
      if (held.isRecord()) {
        declare(mapping, RecordShape.of(held), done);
      }
    }
  }

  /**
   * What is wrong with the {@link Key} of a field, or null: rules that cannot apply, or no message.
   */
  static String misdeclared(RecordShape.Field field) {
    Key key = field.rules();
    Class<?> type = field.raw();
    boolean integer = FieldRules.isInteger(type);
    boolean bounded = !key.min().isEmpty() || !key.max().isEmpty();
    if (bounded && !FieldRules.isNumber(type)) {
      return "min and max apply to numbers, not to " + type.getSimpleName();
    }
    for (String bound : new String[] {key.min(), key.max()}) {
      if (!bound.isEmpty()
          && !(integer ? bound.matches("-?[0-9]+") : bound.matches("-?[0-9]+(\\.[0-9]+)?"))) {
        return "'" + bound + "' is not " + (integer ? "an integer" : "a decimal");
      }
    }
    if ((key.slug() || !key.pattern().isEmpty()) && type != String.class) {
      return "a pattern applies to text, not to " + type.getSimpleName();
    }
    if ((key.minItems() > 0 || key.itemsRequired() || key.itemSlugs()) && type != List.class) {
      return "item rules apply to lists, not to " + type.getSimpleName();
    }
    if ((bounded || !key.pattern().isEmpty()) && key.message().isEmpty()) {
      return "a bound or pattern needs a message";
    }
    return null;
  }

  private static void constrain(PropertyConstraintMappingContext field, Key key, Class<?> type) {
    if (key.required()) {
      field.constraint(new NotNullDef());
    }
    if (key.minItems() > 0) {
      field.constraint(
          new SizeDef()
              .min(key.minItems())
              .message(
                  key.minItems() == 1
                      ? Messages.NOT_EMPTY
                      : Messages.atLeastItems(key.minItems())));
    }
    if (key.slug()) {
      field.constraint(new PatternDef().regexp(Slug.PATTERN).message(Messages.SLUG));
    }
    if (!key.pattern().isEmpty()) {
      field.constraint(new PatternDef().regexp(key.pattern()).message(key.message()));
    }
    boolean integer = FieldRules.isInteger(type);
    if (!key.min().isEmpty()) {
      field.constraint(
          integer && !key.exclusiveMin()
              ? new MinDef().value(Long.parseLong(key.min())).message(key.message())
              : new DecimalMinDef()
                  .value(key.min())
                  .inclusive(!key.exclusiveMin())
                  .message(key.message()));
    }
    if (!key.max().isEmpty()) {
      field.constraint(
          integer
              ? new MaxDef().value(Long.parseLong(key.max())).message(key.message())
              : new DecimalMaxDef().value(key.max()).message(key.message()));
    }
    if (key.itemsRequired() || key.itemSlugs()) {
      ContainerElementConstraintMappingContext items = field.containerElementType();
      if (key.itemsRequired()) {
        items.constraint(new NotNullDef());
      }
      if (key.itemSlugs()) {
        items.constraint(new PatternDef().regexp(Slug.PATTERN).message(Messages.SLUG));
      }
    }
  }
}
