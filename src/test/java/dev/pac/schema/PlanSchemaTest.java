package dev.pac.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema is a valid 2020-12 schema, accepts a complete valid plan and rejects what the
 * validator rejects.
 */
class PlanSchemaTest {
  /** Every section of the format, every key of every record used at least once. */
  static final String VALID =
      """
      pac: 1
      id: growth-2027
      title: Growth plan 2027
      owner: Ana
      period: {start: 2027-01-01, end: 2027-12-31}
      currency: EUR
      budget: 120000
      analysis:
        swot:
          strengths: [Product loved by SMBs]
          weaknesses: [Small sales team]
          opportunities: [New regulation]
          threats: [Cheaper competitor]
        notes: Built from the Q4 review.
      kpis:
        - id: mql
          name: Marketing qualified leads
          unit: count
        - id: revenue
          name: Revenue
          unit: currency
          better: higher
          rollup: sum
          grain: month
        - id: win-rate
          name: Win rate
          unit: ratio
          rollup: ratio
          numerator: won
          denominator: opportunities
          alert_drop_pct: 15
          description: Won over opportunities
        - id: won
          name: Won deals
          unit: count
        - id: opportunities
          name: Opportunities
          unit: count
      segments:
        - id: smb
          name: Small businesses
          description: 10 to 50 people
          tam: 20000
          sam: 5000
          avg_mrr: 300
          ltv: 9000
          cac: 1500
          close_rate: 0.25
          conversion_rate: 0.1
          no_show_rate: 0.2
          churn_rate: 0.03
          cycle_days: 30
          maturity_fit: 4
          effort: 2
        - id: 2027
          name: A numeric id is read as its text
          sam: 100
      channels:
        - id: webinars
          name: Webinars
          cac: 800
      scoring:
        method: topsis
        segments: {sam: 3, ltv_to_cac: 3, close_rate: 2}
        channels: {cac: 1, effort: 0}
      objectives:
        - id: grow-mql
          title: Double the marketing qualified leads
          kpi: mql
          segment: smb
          channel: webinars
          baseline: 400
          target: 1200
          start: 2027-01-01
          deadline: 2027-12-31
          owner: Bob
          rationale: Webinars doubled leads last year.
          milestones:
            - {date: 2027-06-30, value: 500}
      actions:
        - id: webinars
          title: Monthly webinars
          objectives: [grow-mql]
          type: direct-sales
          segment: smb
          channel: webinars
          owner: Bob
          start: 2027-02-01
          due: 2027-11-30
          status: active
          budget: 10000
          effort_days: 20
          steps: [Pick topics, Book speakers]
          review: {min_roi: 2, window_weeks: 6}
          learnings: Tuesdays work best.
      review:
        alert_drop_pct: 10
        min_roi: 1.5
        window_weeks: 8
        on_track: 0.95
        at_risk: 0.8
        spend_kpi: spend
        return_kpi: revenue
        max_change: 3
      """;

  @Test
  void isAValid2020_12Schema() {
    JsonNode schema = Schemas.printed();
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    JsonSchema meta =
        Schemas.FACTORY.getSchema(
            SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), Schemas.CONFIG);
    assertEquals(Set.of(), meta.validate(schema));
    // and a mistake in a schema is caught by the metaschema: this test can fail
    ((ObjectNode) schema).put("required", "pac");
    assertFalse(meta.validate(schema).isEmpty());
  }

  @Test
  void acceptsACompleteValidPlanThatTheValidatorAccepts() {
    assertEquals(
        List.of(),
        schemaErrors(validator(VALID)),
        "the validator should accept the plan the schema is tested on");
    assertEquals(Set.of(), Schemas.judge(Schemas.plan(), VALID));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          type: text for a number         | target: 1200                 | target: lots                      | schema.type
          type: quoted number             | budget: 120000               | budget: '120000'                  | schema.type
          type: null for a required number| target: 1200                 | 'target: ~'                       | schema.type
          type: number for a date         | due: 2027-11-30              | due: 20271130                     | schema.type
          type: list for an object        | 'period: {start: 2027-01-01, end: 2027-12-31}' | 'period: [2027-01-01]' | schema.type
          type: quoted integer            | window_weeks: 6              | window_weeks: '6'                 | schema.type
          type: fraction for an integer   | window_weeks: 6              | window_weeks: 6.5                 | schema.type
          enum: unit                      | unit: currency               | unit: euros                       | schema.enum
          enum: action type               | type: direct-sales           | type: direct_sales                | schema.enum
          enum: scoring method            | method: topsis               | method: TOPSIS                    | schema.enum
          enum: grain                     | grain: month                 | grain: quarter                    | schema.enum
          unknown key: top level          | currency: EUR                | colour: red                       | schema.unknown-key
          unknown key: in a segment       | cycle_days: 30               | cycle_day: 30                     | schema.unknown-key
          unknown key: derived criterion  | avg_mrr: 300                 | ltv_to_cac: 6                     | schema.unknown-key
          unknown key: weight             | close_rate: 2}               | close_rat: 2}                     | schema.unknown-key
          id: upper case                  | id: smb                      | id: SMB                           | schema.range
          id: space                       | id: grow-mql                 | id: grow mql                      | schema.range
          id: leading dash                | id: webinars                 | id: -webinars                     | schema.range
          id: reference not a slug        | objectives: [grow-mql]       | objectives: [Grow_MQL]            | schema.range
          id: too long                    | id: growth-2027              | id: gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg | schema.range
          range: fraction above 1         | close_rate: 0.25             | close_rate: 1.25                  | schema.range
          range: cac not positive         | cac: 1500                    | cac: 0                            | schema.range
          range: effort above 5           | effort: 2                    | effort: 6                         | schema.range
          range: negative budget          | budget: 10000                | budget: -1                        | schema.range
          range: format version           | pac: 1                       | pac: 2                            | schema.range
          range: currency                 | currency: EUR                | currency: euro                    | schema.range
          range: impossible month         | deadline: 2027-12-31         | deadline: 2027-13-31              | schema.range
          range: impossible day           | deadline: 2027-12-31         | deadline: 2027-02-30              | schema.range
          range: date with time           | deadline: 2027-12-31         | deadline: 2027-12-31T10:00        | schema.range
          required: no owner              | 'owner: Ana'                 | 'x-owner: Ana'                    | schema.required
          required: empty objectives list | objectives: [grow-mql]       | 'objectives: []'                  | schema.required
          """)
  void rejectsWhatTheValidatorRejects(String name, String from, String to, String rule) {
    assertTrue(VALID.contains(from), "the valid plan has " + from);
    String plan = VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    List<Finding> errors = schemaErrors(validator(plan));
    assertTrue(
        errors.stream().anyMatch(f -> f.rule().id().equals(rule)),
        "the validator reports " + rule + ": " + errors);
    Set<ValidationMessage> schema = Schemas.judge(Schemas.plan(), plan);
    assertFalse(schema.isEmpty(), "the schema should reject " + to);
  }

  @Test
  void theSchemaNamesTheKeyItRejects() {
    Set<ValidationMessage> m =
        Schemas.judge(Schemas.plan(), VALID.replace("cycle_days: 30", "cycle_day: 30"));
    String all = m.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
    assertTrue(all.contains("cycle_day"), all);
  }

  static LoadedPlan validator(String yaml) {
    return new PlanLoader()
        .check(
            Path.of("plan.yaml"),
            new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "plan.yaml"),
            null,
            LocalDate.of(2027, 3, 15));
  }

  static List<Finding> schemaErrors(LoadedPlan p) {
    return p.findings().stream()
        .filter(
            f ->
                f.severity() == Severity.ERROR
                    && (f.rule().id().startsWith("schema.") || f.rule().id().equals("syntax")))
        .toList();
  }
}
