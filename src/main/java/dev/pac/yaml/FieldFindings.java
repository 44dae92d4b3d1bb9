package dev.pac.yaml;

import dev.pac.i18n.Text;
import dev.pac.model.Messages;
import dev.pac.model.Rule;
import dev.pac.text.Excerpt;

/**
 * The binder's side of the field rules: asks {@link ValueRules} about a field's value as it is
 * bound, and reports each broken rule where it is written. A missing required key or too few items
 * is {@code schema.required}, at the mapping that lacks the key or at the list; every other broken
 * rule is {@code schema.range}, at the value (or the item of a list) that breaks it.
 */
final class FieldFindings {
  private final ValueRules rules;
  private final RecordBinder binder;

  FieldFindings(ValueRules rules, RecordBinder binder) {
    this.rules = rules;
    this.binder = binder;
  }

  /**
   * Checks {@code value}, bound from {@code entry} of {@code mapping} (null: the key is absent),
   * the field {@code field} of a record at {@code path}. A value that did not bind was reported
   * already and is not asked about; an absent key only when it is required (no other rule concerns
   * nothing).
   */
  void check(
      RecordShape shape,
      RecordShape.Field field,
      Object value,
      YamlNode.Mapping mapping,
      YamlNode.Entry entry,
      String path) {
    if (field.rules() == null
        || rules == ValueRules.NONE
        || (value == null && (entry != null || !field.rules().required()))) {
      return;
    }
    for (ValueRules.Breach b : rules.check(shape, field, value)) {
      String key = field.key();
      switch (b.kind()) {
        case MISSING -> {
          if (entry == null
              && b.item() < 0) { // an item that is null did not bind: reported already
            binder.add(
                Rule.SCHEMA_REQUIRED,
                mapping.at(),
                path.isEmpty()
                    ? Text.of("yaml.missing-key", key)
                    : Text.of("yaml.missing-key-in", key, path));
          }
        }
        case TOO_FEW ->
            binder.add(
                Rule.SCHEMA_REQUIRED,
                entry.value().at(),
                Text.of("yaml.too-few", key, Messages.text(b.message())));
        case INVALID -> {
          YamlNode at = entry.value();
          if (b.item() >= 0) {
            at = ((YamlNode.Sequence) at).items().get(b.item());
            key = key + "[" + b.item() + "]";
          }
          binder.add(
              Rule.SCHEMA_RANGE,
              at.at(),
              Text.of("yaml.invalid", key, Messages.text(b.message()), shown(b.value())));
        }
      }
    }
  }

  /**
   * A value as a message shows it: whole numbers without a decimal point, text quoted (and cut).
   */
  private static String shown(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf(d.longValue());
    }
    return value instanceof String s ? "'" + Excerpt.of(s) + "'" : String.valueOf(value);
  }
}
