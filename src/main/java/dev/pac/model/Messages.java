package dev.pac.model;

import dev.pac.i18n.Text;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constraint messages of the model (plain text: the validator runs without an expression language).
 */
public final class Messages {
  public static final String SLUG =
      "must be an id: lower-case letters, digits and '-', starting with a letter or digit, at most"
          + " 64 characters";
  public static final String POSITIVE = "must be greater than 0";
  public static final String NON_NEGATIVE = "must be 0 or more";
  public static final String FRACTION = "must be a fraction between 0 and 1 (0.25 means 25 %)";
  public static final String ONE_TO_FIVE = "must be between 1 and 5";
  public static final String AT_LEAST_ONE = "must be at least 1";
  public static final String NOT_EMPTY = "must list at least one item";
  public static final String ZERO_TO_TEN = "must be between 0 and 10";
  public static final String FORMAT_VERSION = "must be 1 (this pac reads format version 1)";
  public static final String CURRENCY = "must be an ISO 4217 code such as EUR or USD";
  private static final String AT_LEAST_ITEMS = "must list at least %d items";

  /** The catalogue keys of the messages above, so that they are said in the reader's language. */
  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry(ZERO_TO_TEN, "yaml.must-zero-to-ten"),
          Map.entry(FORMAT_VERSION, "yaml.must-format-version"),
          Map.entry(CURRENCY, "yaml.must-currency"),
          Map.entry(SLUG, "yaml.must-slug"),
          Map.entry(POSITIVE, "yaml.must-positive"),
          Map.entry(NON_NEGATIVE, "yaml.must-non-negative"),
          Map.entry(FRACTION, "yaml.must-fraction"),
          Map.entry(ONE_TO_FIVE, "yaml.must-one-to-five"),
          Map.entry(AT_LEAST_ONE, "yaml.must-at-least-one"),
          Map.entry(NOT_EMPTY, "yaml.must-not-empty"));

  /**
   * {@code message} (one of the constants above, or another sentence said as it is) as the
   * catalogue says it.
   */
  public static Text text(String message) {
    String key = KEYS.get(message);
    if (key != null) {
      return Text.of(key);
    }
    Matcher items = ITEMS.matcher(message);
    return items.matches()
        ? Text.of("yaml.must-at-least-items", items.group(1))
        : Text.plain(message);
  }

  /** The message of a list that must hold at least {@code n} items (more than one). */
  public static String atLeastItems(int n) {
    return String.format(Locale.ROOT, AT_LEAST_ITEMS, n);
  }

  private static final Pattern ITEMS = Pattern.compile(AT_LEAST_ITEMS.replace("%d", "(\\d+)"));

  private Messages() {}
}
