package dev.pac.check.rules;

import static dev.pac.check.rules.PlanContext.item;
import static dev.pac.check.rules.PlanContext.items;

import dev.pac.i18n.Text;
import dev.pac.model.Criterion;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Period;
import dev.pac.model.Plan;
import dev.pac.model.Rollup;
import dev.pac.model.Rule;
import dev.pac.model.Scoring;
import dev.pac.model.Severity;
import dev.pac.model.Target;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.text.PlainNumber;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of the file itself and of each field. Most of their findings are made while the file is
 * read (the YAML reader: syntax, duplicate keys, aliases), bound (the binder: unknown keys, types,
 * enums) or checked field by field (FieldRules: required keys, bounds); the checks here are the
 * requirements and bounds that join two fields.
 */
public final class SchemaRules {
  public static final CheckRule SYNTAX =
      new CheckRule(
          Rule.SYNTAX,
          Severity.ERROR,
          "The file is well-formed YAML holding one document.",
          "Fix the YAML at the position shown: indentation with spaces, closed quotes, one document"
              + " a file, UTF-8 text, at most 1 MiB and 64 levels of nesting.",
          CheckRule.WHILE_READING);

  public static final CheckRule UNKNOWN_KEY =
      new CheckRule(
          Rule.SCHEMA_UNKNOWN_KEY,
          Severity.ERROR,
          "Every key is one the plan format defines.",
          "Remove the key or correct its spelling; the message suggests the nearest key the plan"
              + " format defines.",
          CheckRule.WHILE_READING);

  public static final CheckRule REQUIRED =
      new CheckRule(
          Rule.SCHEMA_REQUIRED,
          Severity.ERROR,
          "Every required key is present.",
          "Add the missing key; the plan format lists the required keys of each item.",
          SchemaRules::required);

  public static final CheckRule TYPE =
      new CheckRule(
          Rule.SCHEMA_TYPE,
          Severity.ERROR,
          "Every value has the type its key expects, without coercion.",
          "Give a value of the expected type: numbers unquoted, text for names, dates as"
              + " YYYY-MM-DD, lists and mappings where the format has them. Nothing is coerced.",
          CheckRule.WHILE_READING);

  public static final CheckRule ENUM =
      new CheckRule(
          Rule.SCHEMA_ENUM,
          Severity.ERROR,
          "Every value of a fixed list is one of its allowed values.",
          "Use one of the values the message lists.",
          CheckRule.WHILE_READING);

  public static final CheckRule RANGE =
      new CheckRule(
          Rule.SCHEMA_RANGE,
          Severity.ERROR,
          "Numbers and dates are within their bounds; ids and dates are well formed.",
          "Bring the value within its bounds: ids are lower-case slugs, ratios are fractions"
              + " between 0 and 1, amounts are 0 or more, dates are real dates.",
          SchemaRules::range);

  public static final CheckRule DUPLICATE_KEY =
      new CheckRule(
          Rule.SCHEMA_DUPLICATE_KEY,
          Severity.ERROR,
          "No key appears twice in one mapping.",
          "Keep one of the two keys: YAML readers disagree on which one wins.",
          CheckRule.WHILE_READING);

  public static final CheckRule ALIAS =
      new CheckRule(
          Rule.SCHEMA_ALIAS,
          Severity.ERROR,
          "No YAML anchors, aliases or merge keys.",
          "Write the value out instead of using an anchor (&), an alias (*) or a merge key (<<).",
          CheckRule.WHILE_READING);

  static final List<CheckRule> RULES =
      List.of(SYNTAX, UNKNOWN_KEY, REQUIRED, TYPE, ENUM, RANGE, DUPLICATE_KEY, ALIAS);

  private SchemaRules() {}

  // ---------------------------------------------------------------- schema.required

  /** A ratio KPI names its two parts; an objective on a KPI that does not sum has a baseline. */
  private static void required(PlanContext plan, Sink sink) {
    List<Kpi> kpis = items(plan.raw().kpis());
    for (int i = 0; i < kpis.size(); i++) {
      Kpi k = kpis.get(i);
      if (k == null || k.rollup() != Rollup.RATIO) {
        continue;
      }
      String p = item("kpis", i);
      for (String part : List.of("numerator", "denominator")) {
        String value = part.equals("numerator") ? k.numerator() : k.denominator();
        if (!plan.written(value, p + "." + part)) {
          sink.report(p, Text.of("rules.ratio-part-missing", part, p));
        }
      }
    }
    List<Objective> objectives = items(plan.raw().objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Kpi kpi = o == null || o.kpi() == null ? null : plan.kpi(o.kpi());
      String p = item("objectives", i);
      if (kpi != null
          && kpi.rollup() != Rollup.SUM
          && !plan.written(o.baseline(), p + ".baseline")) {
        sink.report(p, Text.of("rules.baseline-missing", p, kpi.id(), kpi.rollup().id()));
      }
    }
  }

  // ---------------------------------------------------------------- schema.range

  /** The period in order, a real currency, sam within tam, weights that rank something. */
  private static void range(PlanContext plan, Sink sink) {
    Plan raw = plan.raw();
    Period period = raw.period();
    if (period != null
        && period.start() != null
        && period.end() != null
        && !period.start().isBefore(period.end())) {
      sink.report("period.end", Text.of("rules.period-order", period.end(), period.start()));
    }
    String currency = raw.currency();
    if (currency != null && CURRENCY_SHAPE.matcher(currency).matches() && !isCurrency(currency)) {
      Text hint = Nearest.suggestionText(currency, currencies());
      sink.report("currency", Text.of("rules.currency", Excerpt.of(currency), hint));
    }
    samWithinTam(plan, sink, "segments", raw.segments());
    samWithinTam(plan, sink, "channels", raw.channels());
    Scoring s = raw.scoring();
    if (s != null) {
      weights(plan, sink, "scoring.segments", s.segments());
      weights(plan, sink, "scoring.channels", s.channels());
    }
  }

  /** Three capital letters: the shape of an ISO 4217 code (compiled once, not at each plan). */
  private static final Pattern CURRENCY_SHAPE = Pattern.compile("[A-Z]{3}");

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> currencies() {
    return Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode)
        .sorted()
        .toList();
  }

  private static void samWithinTam(PlanContext plan, Sink sink, String list, List<Target> targets) {
    List<Target> all = items(targets);
    for (int i = 0; i < all.size(); i++) {
      Target t = all.get(i);
      if (t != null && t.sam() != null && t.tam() != null && t.sam() > t.tam()) {
        sink.report(
            item(list, i) + ".sam",
            Text.of("rules.sam-above-tam", PlainNumber.of(t.sam()), PlainNumber.of(t.tam())));
      }
    }
  }

  private static void weights(
      PlanContext plan, Sink sink, String path, Map<Criterion, Double> weights) {
    if (weights == null) {
      return;
    }
    boolean positive = false;
    for (Map.Entry<Criterion, Double> w : weights.entrySet()) {
      String p = path + "." + w.getKey().id();
      if (w.getValue() < 0) {
        sink.report(
            p, Text.of("rules.weight-negative", w.getKey().id(), PlainNumber.of(w.getValue())));
      } else if (w.getValue() > 0) {
        positive = true;
      }
    }
    if (!positive && !anyFailed(plan, path, weights)) {
      sink.reportAtKey(
          path,
          Text.of("rules.weights-none-positive", path, path.substring(path.indexOf('.') + 1)));
    }
  }

  /**
   * Whether a weight was written but did not bind (an unknown criterion, a wrong type): judge no
   * further.
   */
  private static boolean anyFailed(PlanContext plan, String path, Map<Criterion, Double> weights) {
    for (Criterion c : Criterion.values()) {
      if (plan.unbound(weights.get(c), path + "." + c.id())) {
        return true;
      }
    }
    return false;
  }
}
