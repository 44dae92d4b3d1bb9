package dev.pac.render;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.text.PlainNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Number and label formatting shared by the human-readable score renderers. */
final class ScoreFormat {
  private ScoreFormat() {}

  /** A score or a contribution in points, one decimal. */
  static String points(double v) {
    return String.format(Locale.ROOT, "%.1f", v == 0 ? 0.0 : v);
  }

  /** A percentage, one decimal. */
  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A normalised value, three decimals. */
  static String normalised(double v) {
    return String.format(Locale.ROOT, "%.3f", v == 0 ? 0.0 : v);
  }

  /** A raw criterion value for reading: whole numbers from 100 up, 2 decimals from 1, 3 below. */
  static String value(double v) {
    double a = Math.abs(v);
    int scale = a >= 100 ? 0 : a >= 1 ? 2 : 3;
    BigDecimal b = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  static String method(ScoringMethod m, Labels l) {
    return m == ScoringMethod.TOPSIS ? "TOPSIS" : l.get("score.method.weighted-sum");
  }

  /** "sam 3, ltv_to_cac 3, cac 0 (not used)". */
  static String weights(Ranking r, Labels l) {
    return r.weights().entrySet().stream()
        .map(
            e ->
                e.getKey().id()
                    + " "
                    + l.plain(PlainNumber.of(e.getValue()))
                    + (e.getValue() > 0 ? "" : " (" + l.get("score.not-used") + ")"))
        .collect(Collectors.joining(l.get("score.separator")));
  }

  static double sumOfWeights(Ranking r) {
    double s = 0;
    for (Criterion c : r.used()) {
      s += r.weights().get(c);
    }
    return s;
  }

  static String ids(List<Criterion> cs) {
    return cs.stream().map(Criterion::id).collect(Collectors.joining(", "));
  }

  /**
   * "Segments of plan acme-2027, ranked by weighted sum" ("Segments du plan acme-2027, classés par
   * somme pondérée").
   */
  static String title(ScoreResult r, Labels l) {
    return l.get("score.title." + r.of().id(), r.plan(), method(r.ranking().method(), l));
  }

  /** The ranked kind in the singular: segment or channel. */
  static String singular(ScoreResult r, Labels l) {
    return l.get("score.one." + r.of().id());
  }

  /** The ranked kind in the plural: segments or channels. */
  static String plural(ScoreResult r, Labels l) {
    return l.get("score.many." + r.of().id());
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
