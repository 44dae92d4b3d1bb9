package dev.pac.render;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Lang;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;

/**
 * The words and number conventions of one language for the human-readable formats (text, Markdown,
 * HTML). The words are the {@code labels} area of the {@link Catalogue}; JSON and CSV never use
 * them.
 */
public final class Labels {
  /** French: narrow no-break space between thousands, no-break space before % and units. */
  static final char THIN = Catalogue.FRENCH_GROUPING;

  static final char NBSP = '\u00A0';

  private final Lang lang;
  private final Catalogue catalogue;
  private final DecimalFormat[] formats = new DecimalFormat[8];

  private Labels(Lang lang) {
    this.lang = lang;
    this.catalogue = Catalogue.of(lang == Lang.FR);
  }

  public static Labels of(Lang lang) {
    return new Labels(lang == null ? Lang.EN : lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The whole catalogue in this language, for the sentences outside the report's words. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** Every key of this language's bundle. */
  Set<String> keys() {
    return catalogue.bundle("labels").keySet();
  }

  /**
   * The text of a key of the {@code labels} area; {@code {0}}, {@code {1}}… replaced by the
   * arguments.
   */
  public String get(String key, Object... args) {
    return catalogue.get("labels." + key, args);
  }

  /** The space between a number and its unit (%, currency, days): a no-break space in French. */
  public String unitSpace() {
    return lang == Lang.FR ? String.valueOf(NBSP) : " ";
  }

  /**
   * An amount already written in this language ({@code amount}, maybe signed) with its currency:
   * the symbol where one exists (EUR €, USD $, GBP £), before the digits in English ({@code
   * €1,234}, {@code −€50}) and after them in French ({@code 1 234 €}); other codes after the amount
   * ({@code 1,234 CHF}). An empty currency leaves the amount alone.
   */
  public String money(String amount, String currency) {
    if (currency == null || currency.isEmpty()) {
      return amount;
    }
    String symbol =
        switch (currency) {
          case "EUR" -> "€";
          case "USD" -> "$";
          case "GBP" -> "£";
          default -> null;
        };
    if (symbol == null || lang == Lang.FR) {
      return amount + unitSpace() + (symbol == null ? currency : symbol);
    }
    boolean signed = !amount.isEmpty() && "+-−".indexOf(amount.charAt(0)) >= 0;
    return signed ? amount.charAt(0) + symbol + amount.substring(1) : symbol + amount;
  }

  /**
   * "12.5 %" in English, "12,5 %" (no-break space) in French; {@code shown} is already localised.
   */
  public String percent(String shown) {
    return shown + unitSpace() + "%";
  }

  /** A number with thousands separators and at most {@code decimals} decimals, half-even. */
  public String number(double v, int decimals) {
    if (v == (long) v && Math.abs(v) < WHOLE) {
      return whole((long) v); // most of a report's numbers: counts and amounts
    }
    return formatted(v, decimals);
  }

  /** {@link #number} through the {@link DecimalFormat} of {@code decimals}, whatever {@code v}. */
  String formatted(double v, int decimals) {
    String s = format(decimals).format(v);
    return s.equals("-0") ? "0" : s;
  }

  /** Whole numbers below this are written by {@link #whole}: any such double is exact. */
  static final double WHOLE = 1e15;

  /**
   * A whole number as {@link #formatted} writes it (digits grouped by three, "-" before), without
   * the format's general machinery: a quarter of a report's number writing.
   */
  String whole(long n) {
    char grouping = lang == Lang.FR ? THIN : ',';
    String digits = Long.toString(Math.abs(n));
    int len = digits.length();
    StringBuilder b = new StringBuilder(len + len / 3 + 1);
    if (n < 0) {
      b.append('-');
    }
    for (int i = 0; i < len; i++) {
      if (i > 0 && (len - i) % 3 == 0) {
        b.append(grouping);
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  /**
   * The format of {@link #number} for {@code decimals}, made once per labels (a report writes
   * thousands of numbers with a handful of formats); a renderer's labels serve one thread.
   */
  private DecimalFormat format(int decimals) {
    DecimalFormat f = decimals < formats.length ? formats[decimals] : null;
    if (f != null) {
      return f;
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (lang == Lang.FR) {
      symbols.setGroupingSeparator(THIN);
      symbols.setDecimalSeparator(',');
    }
    f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    if (decimals < formats.length) {
      formats[decimals] = f;
    }
    return f;
  }

  /**
   * A number already written the plain way ("-1234567.50", "3", "12.5") in this language's
   * convention: unchanged in English; in French a decimal comma and narrow no-break spaces between
   * thousands, as the report numbers are).
   */
  public String plain(String s) {
    if (lang != Lang.FR) {
      return s;
    }
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + s.substring(dot + 1);
    String sign = whole.startsWith("-") ? "-" : "";
    String digits = sign.isEmpty() ? whole : whole.substring(1);
    if (digits.length() > 3 && digits.chars().allMatch(Character::isDigit)) {
      StringBuilder b = new StringBuilder();
      int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
      b.append(digits, 0, first);
      for (int i = first; i < digits.length(); i += 3) {
        b.append(THIN).append(digits, i, i + 3);
      }
      digits = b.toString();
    }
    return sign + digits + fraction;
  }
}
