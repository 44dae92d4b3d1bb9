package dev.pac.render;

import dev.pac.model.Lang;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words and number conventions of one language for the human-readable formats (text, Markdown, HTML).
 * The words come from the {@code labels_en} / {@code labels_fr} bundles next to this class; JSON and CSV never use them.
 */
public final class Labels {
  /** French: narrow no-break space between thousands, no-break space before % and units. */
  static final char THIN = '\u202F';
  static final char NBSP = '\u00A0';

  private final Lang lang;
  private final ResourceBundle bundle;

  private Labels(Lang lang, ResourceBundle bundle) {
    this.lang = lang;
    this.bundle = bundle;
  }

  public static Labels of(Lang lang) {
    Lang l = lang == null ? Lang.EN : lang;
    Locale locale = l == Lang.FR ? Locale.FRENCH : Locale.ENGLISH;
    return new Labels(l, ResourceBundle.getBundle("dev.pac.render.labels", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  public Lang lang() {
    return lang;
  }

  /** Every key of this language's bundle. */
  Set<String> keys() {
    return bundle.keySet();
  }

  /** The text of a key; {@code {0}}, {@code {1}}… replaced by the arguments (no other syntax: quotes are plain). */
  public String get(String key, Object... args) {
    String s = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The space between a number and its unit (%, currency, days): a no-break space in French. */
  public String unitSpace() {
    return lang == Lang.FR ? String.valueOf(NBSP) : " ";
  }

  /**
   * An amount already written in this language ({@code amount}, maybe signed) with its currency: the
   * symbol where one exists (EUR €, USD $, GBP £), before the digits in English ({@code €1,234},
   * {@code −€50}) and after them in French ({@code 1 234 €}); other codes after the amount
   * ({@code 1,234 CHF}). An empty currency leaves the amount alone.
   */
  public String money(String amount, String currency) {
    if (currency == null || currency.isEmpty()) {
      return amount;
    }
    String symbol = switch (currency) {
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

  /** "12.5 %" in English, "12,5 %" (no-break space) in French; {@code shown} is already localised. */
  public String percent(String shown) {
    return shown + unitSpace() + "%";
  }

  /** A number with thousands separators and at most {@code decimals} decimals, half-even. */
  public String number(double v, int decimals) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (lang == Lang.FR) {
      symbols.setGroupingSeparator(THIN);
      symbols.setDecimalSeparator(',');
    }
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    String s = f.format(v);
    return s.equals("-0") ? "0" : s;
  }

  /**
   * A number already written the plain way ("-1234567.50", "3", "12.5") in this language's convention:
   * unchanged in English; in French a decimal comma and narrow no-break spaces between thousands,
   * as the report numbers are).
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
