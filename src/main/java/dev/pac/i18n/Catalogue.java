package dev.pac.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every sentence pac says, in English and French: one properties bundle per area under {@code
 * dev/pac/i18n/} ({@code errors_en.properties}, {@code errors_fr.properties}, …). A key is {@code
 * AREA.NAME}; {@code {0}}, {@code {1}}… are replaced by the arguments, and nothing else is special
 * (apostrophes are plain, unlike {@link java.text.MessageFormat}). Both languages hold the same
 * keys with the same arguments (a test checks it). Rule ids, keys, ids and JSON field names stay
 * English.
 */
public final class Catalogue {
  /** The bundles of the catalogue, one per area of the product. */
  public static final List<String> AREAS =
      List.of(
          "labels",
          "errors",
          "findings",
          "diff",
          "import",
          "mapping",
          "rules",
          "notes",
          "help",
          "yaml");

  /**
   * What French puts between groups of three digits: a narrow no-break space (U+202F), as the
   * report writes French numbers.
   */
  public static final char FRENCH_GROUPING = '\u202F';

  private static final Catalogue EN = new Catalogue(Locale.ENGLISH);
  private static final Catalogue FR = new Catalogue(Locale.FRENCH);

  private final Locale locale;

  /**
   * The bundles already asked for, by their place in {@link #AREAS}: a report asks for thousands of
   * words, and {@link ResourceBundle#getBundle} builds a cache key at each call. Two threads
   * filling the same slot put the same bundle there.
   */
  private final AtomicReferenceArray<ResourceBundle> bundles =
      new AtomicReferenceArray<>(AREAS.size());

  /**
   * The entries already said, by key: a report says its column heads and section titles once a
   * plan, and a bundle's lookup builds two substrings and walks its parents. Shared by the threads
   * of a run.
   */
  private final Map<String, String> entries = new ConcurrentHashMap<>();

  private Catalogue(Locale locale) {
    this.locale = locale;
  }

  /** English. */
  public static Catalogue english() {
    return EN;
  }

  /** French when {@code french}, else English. */
  public static Catalogue of(boolean french) {
    return french ? FR : EN;
  }

  public boolean french() {
    return locale == Locale.FRENCH;
  }

  /** The bundle of one area in this language (no fallback from one language to the other). */
  public ResourceBundle bundle(String area) {
    int i = AREAS.indexOf(area);
    if (i < 0) {
      return load(area); // not an area of the catalogue: getBundle says what is missing
    }
    ResourceBundle b = bundles.get(i);
    if (b == null) {
      b = load(area);
      bundles.set(i, b);
    }
    return b;
  }

  private ResourceBundle load(String area) {
    return ResourceBundle.getBundle(
        "dev.pac.i18n." + area,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The sentence {@code key} ({@code AREA.NAME}) with {@code {0}}, {@code {1}}… replaced by the
   * arguments.
   */
  public String get(String key, Object... args) {
    return say(Text.of(key, args));
  }

  /**
   * {@code n} with the word {@code key.one} or {@code key.many} ("1 error", "0 errors"; in French
   * "0 erreur", "2 erreurs": French takes the singular below 2).
   */
  public String count(String key, long n) {
    return say(Text.counted(key, n));
  }

  /** {@code n} with its thousands grouped: {@code 1,234}, in French {@code 1 234}. */
  public String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder(n < 0 ? "-" : "");
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      b.append(french() ? FRENCH_GROUPING : ',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  /** {@code text} in this language. */
  public String say(Text text) {
    if (!text.keyed()) {
      return text.args().isEmpty() ? "" : text.args().get(0).toString();
    }
    if (text.key().endsWith(Text.COUNTED)) {
      long n = ((Text.Count) text.args().get(0)).value();
      boolean one = french() ? n < 2 : n == 1;
      String base = text.key().substring(0, text.key().length() - Text.COUNTED.length());
      return say(new Text(base + (one ? ".one" : ".many"), text.args()));
    }
    String entry = entries.get(text.key());
    if (entry == null) {
      entry = entry(text.key());
      entries.put(text.key(), entry);
    }
    // a sentence without arguments is its entry as it stands
    return text.args().isEmpty() ? entry : fill(entry, text.args());
  }

  /** The entry of {@code key} ({@code AREA.NAME}) as the bundle holds it, placeholders and all. */
  private String entry(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("catalogue key without an area: " + key);
    }
    try {
      return bundle(key.substring(0, dot)).getString(key.substring(dot + 1));
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no catalogue entry " + key + " in " + locale, e);
    }
  }

  /**
   * The number {@code s[from, to)} writes in ASCII digits, or -1 when it is not one (or too long to
   * be an argument's).
   */
  private static int number(String s, int from, int to) {
    if (to - from > 4) {
      return -1;
    }
    int n = 0;
    for (int k = from; k < to; k++) {
      char d = s.charAt(k);
      if (d < '0' || d > '9') {
        return -1;
      }
      n = n * 10 + (d - '0');
    }
    return n;
  }

  /**
   * {@code pattern} with each {@code {N}} replaced, in one pass, by argument N (an argument's own
   * braces stay).
   */
  private String fill(String pattern, List<Object> args) {
    if (pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder b = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      int n = close > i + 1 ? number(pattern, i + 1, close) : -1;
      if (n >= 0 && n < args.size()) {
        Object a = args.get(n);
        b.append(
            a instanceof Text t
                ? say(t)
                : a instanceof Text.Count n2 ? grouped(n2.value()) : (String) a);
        i = close + 1;
        continue;
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }
}
