package dev.pac.yaml;

import dev.pac.actuals.Dates;
import dev.pac.i18n.Text;
import dev.pac.model.Keyword;
import dev.pac.model.Rule;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.text.Synonyms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scalars bound onto the model's value types, without coercion: integers, numbers, booleans, dates
 * ({@code YYYY-MM-DD}) and {@link Keyword} enums, matched on their ids. A scalar that does not bind
 * is reported to the binder, with what to write instead where pac can tell, and binds to null.
 */
final class Scalars {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * 8 000, 1 234,5 (spaces, no-break spaces between thousands): a number written the French way.
   */
  private static final Pattern GROUPED =
      Pattern.compile("-?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");

  /** 0,28: a decimal comma. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

  private final RecordBinder binder;

  Scalars(RecordBinder binder) {
    this.binder = binder;
  }

  /** A non-null scalar bound onto {@code raw}, a value type of the model. */
  Object value(YamlNode.Scalar s, Class<?> raw, String path) {
    if (raw == String.class) {
      return s.text(); // any scalar but null is text, as written
    }
    if (raw == Integer.class) {
      return integer(s, path);
    }
    if (raw == Double.class) {
      return number(s, path);
    }
    if (raw == Boolean.class) {
      return s.kind() == YamlNode.Scalar.Kind.BOOLEAN
          ? bool(s)
          : binder.typeError(s, path, expected(raw));
    }
    if (raw == LocalDate.class) {
      return date(s, path);
    }
    if (raw.isEnum() && Keyword.class.isAssignableFrom(raw)) {
      return keyword(s, raw, path);
    }
    throw new IllegalArgumentException("no binding for " + raw);
  }

  static Boolean bool(YamlNode.Scalar s) {
    return Boolean.valueOf(s.text().toLowerCase(Locale.ROOT));
  }

  Integer integer(YamlNode.Scalar s, String path) {
    if (s.kind() != YamlNode.Scalar.Kind.INTEGER) {
      return binder.typeError(s, path, Text.of("yaml.expect-integer"));
    }
    Number n = s.number();
    BigInteger big = n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    if (big.bitLength() > 31) {
      return binder.fail(
          Rule.SCHEMA_RANGE,
          s.at(),
          path,
          Text.of("yaml.too-large", RecordBinder.lastKey(path), Excerpt.of(s.text())));
    }
    return big.intValue();
  }

  private Double number(YamlNode.Scalar s, String path) {
    if (s.kind() == YamlNode.Scalar.Kind.STRING && s.text().length() <= 64) {
      String t = s.text().strip();
      String plain = null;
      if (GROUPED.matcher(t).matches()) {
        plain = t.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
      } else if (DECIMAL_COMMA.matcher(t).matches()) {
        plain = t.replace(',', '.');
      }
      if (plain != null) {
        return binder.fail(
            Rule.SCHEMA_TYPE,
            s.at(),
            path,
            Text.of("yaml.french-number", RecordBinder.lastKey(path), Excerpt.of(t), plain));
      }
    }
    if (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.FLOAT) {
      return binder.typeError(s, path, Text.of("yaml.expect-number"));
    }
    Number n = s.number();
    double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
    if (!Double.isFinite(d)) {
      return binder.fail(
          Rule.SCHEMA_RANGE,
          s.at(),
          path,
          Text.of("yaml.not-finite", RecordBinder.lastKey(path), Excerpt.of(s.text())));
    }
    return d;
  }

  private LocalDate date(YamlNode.Scalar s, String path) {
    if (s.kind() != YamlNode.Scalar.Kind.STRING) {
      return binder.typeError(s, path, Text.of("yaml.expect-date"));
    }
    try {
      LocalDate d = LocalDate.parse(s.text(), DATE);
      if (!Dates.inRange(d)) {
        return binder.fail(
            Rule.SCHEMA_RANGE,
            s.at(),
            path,
            Text.of(
                "yaml.date-range",
                RecordBinder.lastKey(path),
                s.text(),
                Dates.MIN_YEAR,
                Dates.MAX_YEAR));
      }
      return d;
    } catch (DateTimeParseException e) {
      return binder.fail(
          Rule.SCHEMA_RANGE,
          s.at(),
          path,
          Text.of(
              "yaml.not-a-date",
              RecordBinder.lastKey(path),
              Excerpt.of(s.text()),
              DateFix.of(s.text())));
    }
  }

  private Object keyword(YamlNode.Scalar s, Class<?> type, String path) {
    Object v = s.kind() == YamlNode.Scalar.Kind.STRING ? lookup(type, s.text()) : null;
    if (v == null) {
      List<String> allowed = ids(type);
      Optional<String> word =
          s.kind() == YamlNode.Scalar.Kind.STRING
              ? Synonyms.value(type, s.text())
              : Optional.empty();
      binder.fail(
          Rule.SCHEMA_ENUM,
          s.at(),
          path,
          Text.of(
              "yaml.enum",
              RecordBinder.lastKey(path),
              Excerpt.of(s.text()),
              String.join(", ", allowed),
              word.map(w -> Text.of("yaml.enum-word", s.text(), w))
                  .orElseGet(() -> Nearest.suggestionText(s.text(), allowed))));
    }
    return v;
  }

  /** The constant of a {@link Keyword} enum whose id is {@code id}, or null. */
  static Object lookup(Class<?> type, String id) {
    for (Object c : type.getEnumConstants()) {
      if (((Keyword) c).id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  static List<String> ids(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Keyword) c).id()).toList();
  }

  /** What a value of {@code raw} must be, in words, for a type error. */
  static Text expected(Class<?> raw) {
    if (raw == String.class) {
      return Text.of("yaml.expect-text");
    }
    if (raw == Integer.class) {
      return Text.of("yaml.expect-integer");
    }
    if (raw == Double.class) {
      return Text.of("yaml.expect-number");
    }
    if (raw == Boolean.class) {
      return Text.of("yaml.expect-boolean");
    }
    if (raw == LocalDate.class) {
      return Text.of("yaml.expect-date");
    }
    if (raw.isEnum()) {
      return Text.of("yaml.expect-one-of", String.join(", ", ids(raw)));
    }
    return Text.of("yaml.expect-value");
  }
}
