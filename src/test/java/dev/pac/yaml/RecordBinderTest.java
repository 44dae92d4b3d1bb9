package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Action;
import dev.pac.model.ActionType;
import dev.pac.model.Criterion;
import dev.pac.model.Finding;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Rollup;
import dev.pac.model.Rule;
import dev.pac.model.Scoring;
import dev.pac.model.Target;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordBinderTest {
  static <T> RecordBinder.Result<T> bind(String yaml, Class<T> type) {
    YamlDocument doc = new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml");
    assertTrue(doc.findings().isEmpty(), doc.findings().toString());
    return RecordBinder.bind(doc.root(), type, "p.yaml");
  }

  static Finding only(RecordBinder.Result<?> r) {
    assertEquals(1, r.findings().size(), r.findings().toString());
    return r.findings().get(0);
  }

  static void at(Finding f, Rule rule, int line, int column) {
    assertEquals(rule, f.rule(), f.toString());
    assertEquals(line + ":" + column, f.line() + ":" + f.column(), f.toString());
  }

  @Test
  void snakeCaseKeysBindToRecordComponents() {
    RecordBinder.Result<Target> r =
        bind("id: smb\nname: Small\navg_mrr: 120\nclose_rate: 0.2\ncycle_days: 30\n", Target.class);
    assertTrue(r.findings().isEmpty(), r.findings().toString());
    assertEquals(120.0, r.value().avgMrr());
    assertEquals(0.2, r.value().closeRate());
    assertEquals(30.0, r.value().cycleDays());
    assertEquals("avg_mrr", RecordShape.key("avgMrr"));
    assertEquals("effort_days", RecordShape.key("effortDays"));
  }

  @Test
  void numbersIntegersDatesAndKeywordsBind() {
    RecordBinder.Result<Objective> r =
        bind(
            "id: o\ntitle: t\nkpi: k\ntarget: 12\nbaseline: 1.5\ndeadline: 2027-06-30\n",
            Objective.class);
    assertTrue(r.findings().isEmpty());
    assertEquals(12.0, r.value().target());
    assertEquals(1.5, r.value().baseline());
    assertEquals(LocalDate.of(2027, 6, 30), r.value().deadline());
    RecordBinder.Result<Kpi> k = bind("id: k\nname: n\nunit: ratio\nrollup: ratio\n", Kpi.class);
    assertEquals(Rollup.RATIO, k.value().rollup());
    assertEquals(
        ActionType.DIRECT_SALES, bind("type: direct-sales\n", Action.class).value().type());
  }

  @Test
  void noSilentCoercion() {
    at(only(bind("pac: '1'\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 6);
    at(only(bind("pac: 1.0\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 6);
    at(only(bind("pac: 3.7\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 6);
    at(only(bind("budget: ~\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 9);
    at(only(bind("budget: '5'\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 9);
    at(only(bind("budget: true\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 9);
    at(only(bind("title: ~\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 8);
    at(only(bind("title:\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 7);
    at(only(bind("title: [a]\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 8);
    at(only(bind("kpis: {id: x}\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 7);
    at(only(bind("period: 2027\n", Plan.class)), Rule.SCHEMA_TYPE, 1, 9);
  }

  @Test
  void aPlainNumberWhereTextIsExpectedIsReadAsWritten() {
    RecordBinder.Result<Plan> r = bind("id: 2027\ntitle: 2027\nowner: yes\n", Plan.class);
    assertTrue(r.findings().isEmpty(), r.findings().toString());
    assertEquals("2027", r.value().id());
    assertEquals("yes", r.value().owner());
  }

  @Test
  void aTypeErrorNamesTheKeyWhatItExpectsAndWhatItGot() {
    Finding f = only(bind("id: o\ntarget: lots\n", Objective.class));
    at(f, Rule.SCHEMA_TYPE, 2, 9);
    assertEquals("'target' must be a number, got the text 'lots'", f.message());
  }

  @Test
  void aValueThatDoesNotBindIsNullAndItsPathRemembered() {
    RecordBinder.Result<Plan> r =
        bind("objectives:\n  - id: a\n    target: x\n  - 5\n  - id: c\n", Plan.class);
    assertEquals(2, r.findings().size(), r.findings().toString());
    List<Objective> list = r.value().objectives();
    assertEquals(3, list.size());
    assertNull(list.get(0).target());
    assertNull(list.get(1));
    assertEquals("c", list.get(2).id());
    assertEquals(Set.of("objectives[0].target", "objectives[1]"), r.failedPaths());
  }

  @Test
  void anItemThatDoesNotBindInAListOfTextIsReportedNotACrash() {
    // regression (fuzz input crash-bd3a93...): the null of the bad item made the record refuse its
    // list
    RecordBinder.Result<Action> r =
        bind("id: a\nobjectives: [o1, {x: 1}, ~]\nsteps:\n  - one\n  -\n", Action.class);
    assertEquals(3, r.findings().size(), r.findings().toString());
    at(r.findings().get(0), Rule.SCHEMA_TYPE, 2, 18);
    at(r.findings().get(1), Rule.SCHEMA_TYPE, 2, 26);
    at(r.findings().get(2), Rule.SCHEMA_TYPE, 5, 4);
    assertEquals(Arrays.asList("o1", null, null), r.value().objectives());
    assertEquals(Arrays.asList("one", null), r.value().steps());
    assertEquals(Set.of("objectives[1]", "objectives[2]", "steps[1]"), r.failedPaths());
    RecordBinder.Result<Objective> m = bind("id: o\nmilestones:\n  - 5\n", Objective.class);
    at(only(m), Rule.SCHEMA_TYPE, 3, 5);
    assertEquals(1, m.value().milestones().size());
  }

  @Test
  void malformedDatesAndTooBigIntegersAreRangeErrors() {
    at(only(bind("deadline: 2027-02-29\n", Objective.class)), Rule.SCHEMA_RANGE, 1, 11);
    at(only(bind("deadline: 2027-2-3\n", Objective.class)), Rule.SCHEMA_RANGE, 1, 11);
    at(only(bind("deadline: 27-02-03\n", Objective.class)), Rule.SCHEMA_RANGE, 1, 11);
    at(only(bind("pac: 99999999999\n", Plan.class)), Rule.SCHEMA_RANGE, 1, 6);
    at(only(bind("budget: .inf\n", Plan.class)), Rule.SCHEMA_RANGE, 1, 9);
  }

  @Test
  void enumsListTheAllowedValuesAndSuggestTheNearest() {
    Finding f = only(bind("unit: ration\n", Kpi.class));
    at(f, Rule.SCHEMA_ENUM, 1, 7);
    assertEquals(
        "'unit' is 'ration'; allowed: count, currency, ratio, days, score (did you mean `ratio`?)",
        f.message());
    Finding upper = only(bind("rollup: SUM\n", Kpi.class));
    assertTrue(upper.message().contains("(did you mean `sum`?)"), upper.message());
    Finding far = only(bind("type: webinar\n", Action.class));
    assertTrue(far.message().endsWith("enablement, other"), far.message());
    at(only(bind("unit: 5\n", Kpi.class)), Rule.SCHEMA_ENUM, 1, 7);
  }

  @Test
  void unknownKeysAreLocatedAtTheKeyWithASuggestion() {
    RecordBinder.Result<Objective> r = bind("id: o\n  \ndeadlin: 2027-01-01\n", Objective.class);
    Finding f = only(r);
    at(f, Rule.SCHEMA_UNKNOWN_KEY, 3, 1);
    assertEquals("unknown key 'deadlin' (did you mean `deadline`?)", f.message());
    Finding none = only(bind("colour: red\n", Kpi.class));
    assertEquals("unknown key 'colour'", none.message());
  }

  @Test
  void unknownCriteriaInWeightsAreUnknownKeys() {
    RecordBinder.Result<Scoring> r =
        bind("segments: {sam: 1, ltv_to_cac: 2, clos_rate: 1}\n", Scoring.class);
    Finding f = only(r);
    at(f, Rule.SCHEMA_UNKNOWN_KEY, 1, 35);
    assertTrue(f.message().contains("`close_rate`"), f.message());
    assertEquals(2, r.value().segments().size());
    assertEquals(2.0, r.value().segments().get(Criterion.LTV_TO_CAC));
  }

  @Test
  void allFindingsAreCollected() {
    RecordBinder.Result<Plan> r =
        bind(
            "pac: x\nid: [5]\nbudget: y\nzzz: 1\nperiod: {start: 2027-01-01, end: soon}\n",
            Plan.class);
    assertEquals(5, r.findings().size(), r.findings().toString());
  }
}
