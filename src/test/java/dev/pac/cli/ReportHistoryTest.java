package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pac.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pac report}'s history fields and attention items, and {@code --from-history}, over a
 * repository built here. Report date D = 2027-03-31 (a Wednesday): the spend cut-off C is Sunday
 * 2027-03-28, C − 7 is 2027-03-21. Both actions spend 1,000 and return 500 a week from 2027-01-04:
 * ROI 0.5, adjust or stop.
 */
class ReportHistoryTest {
  static final String PLAN =
      """
      pac: 1
      id: growth
      title: Growth plan H1 2027
      owner: Ana
      period: {start: 2027-01-01, end: 2027-06-30}
      budget: 40000
      kpis:
        - {id: mql, name: MQLs, unit: count}
        - {id: spend, name: Spend, unit: currency}
        - {id: revenue, name: Revenue, unit: currency}
      objectives:
        - id: grow-mql
          title: Grow MQLs from webinars and ads this half
          kpi: mql
          target: 1200
          deadline: 2027-06-30
      actions:
        - id: webinars
          title: Monthly webinars for mid-market
          objectives: [grow-mql]
          type: promotion
          owner: Ana
          start: 2027-01-04
          due: 2027-06-15
          status: active
          budget: 15000
        - id: ads
          title: Search ads on the product keywords
          objectives: [grow-mql]
          type: promotion
          owner: Bob
          start: 2027-01-04
          due: 2027-06-15
          status: active
          budget: 15000
      """;

  @TempDir Path dir;
  List<String> ids = new ArrayList<>();

  static String store(LocalDate until) {
    StringBuilder b = new StringBuilder("date,kpi,value,segment,channel,action\n");
    for (LocalDate d = LocalDate.of(2027, 1, 4); !d.isAfter(until); d = d.plusWeeks(1)) {
      for (String a : List.of("ads", "webinars")) {
        b.append(d).append(",mql,50,,,").append(a).append('\n');
        b.append(d).append(",revenue,500,,,").append(a).append('\n');
        b.append(d).append(",spend,1000,,,").append(a).append('\n');
      }
    }
    return b.toString();
  }

  @BeforeEach
  void history() throws Exception {
    try (TestRepo r = TestRepo.init(dir)) {
      r.write("plans/growth.yaml", PLAN).write("data/actuals.csv", store(LocalDate.of(2027, 1, 4)));
      ids.add(r.commit("First plan", "Ana", "2027-01-04"));
      r.write(
              "plans/growth.yaml",
              r.read("plans/growth.yaml").replace("target: 1200", "target: 1000"))
          .write("data/actuals.csv", store(LocalDate.of(2027, 3, 8)));
      ids.add(r.commit("Lower the MQL target", "Chloé", "2027-03-15"));
      String p = r.read("plans/growth.yaml");
      int ads = p.indexOf("id: ads");
      r.write(
          "plans/growth.yaml",
          p.substring(0, ads) + p.substring(ads).replace("budget: 15000", "budget: 16000"));
      ids.add(r.commit("More for ads", "Bob", "2027-03-20"));
      r.write("data/actuals.csv", store(LocalDate.of(2027, 3, 22)));
      ids.add(
          r.commit(
              "Keep the ads\n\nDecision: ads continue\nWhy: they bring the enterprise leads\n",
              "Bob",
              "2027-03-25"));
      r.write(
              "plans/growth.yaml",
              r.read("plans/growth.yaml").replace("target: 1000", "target: 900"))
          .write("data/actuals.csv", store(LocalDate.of(2027, 4, 26)));
      ids.add(r.commit("Lower again", "Chloé", "2027-04-28"));
    }
  }

  @Test
  void historyFieldsAndAttention() throws Exception {
    PacRun r = run("report", "--as-of", "2027-03-31", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode o = j.get("objectives").get(0);
    assertEquals(900.0, o.get("target").asDouble()); // the working tree's plan
    assertEquals(1200.0, o.get("original_target").asDouble());
    // the 2027-04-28 revision is after D
    assertEquals(
        "[{\"commit\":\""
            + ids.get(1).substring(0, 7)
            + "\",\"date\":\"2027-03-15\",\"author\":\"Chloé\","
            + "\"field\":\"target\",\"old\":1200.0,\"new\":1000.0}]",
        o.get("revisions").toString());
    assertTrue(o.get("retrofitted").asBoolean()); // set 2027-03-15: 73 days in, 4 × 73 > 180
    JsonNode webinars = action(j, "webinars");
    JsonNode ads = action(j, "ads");
    assertEquals("adjust-or-stop", webinars.get("decision").asText());
    assertEquals("2027-01-04", webinars.get("last_changed").asText());
    assertTrue(webinars.get("stale").asBoolean()); // 86 days > 21
    assertTrue(webinars.get("decision_pending").asBoolean());
    assertEquals("[]", webinars.get("decisions").toString());
    assertEquals("adjust-or-stop", ads.get("decision").asText());
    assertEquals("2027-03-20", ads.get("last_changed").asText());
    assertTrue(!ads.get("stale").asBoolean()); // 11 days
    // the 2027-03-20 change is not after C − 7 = 2027-03-21, but the 2027-03-25 decision is
    assertTrue(!ads.get("decision_pending").asBoolean());
    assertEquals(
        "[{\"commit\":\""
            + ids.get(3).substring(0, 7)
            + "\",\"date\":\"2027-03-25\",\"author\":\"Bob\","
            + "\"decision\":\"continue\",\"why\":\"they bring the enterprise leads\"}]",
        ads.get("decisions").toString());
    List<String> kinds = new ArrayList<>();
    j.get("attention").forEach(a -> kinds.add(a.get("kind").asText() + " " + a.get("id").asText()));
    assertEquals(
        List.of(
            "adjust-or-stop webinars",
            "adjust-or-stop ads",
            "target-lowered grow-mql",
            "retrofitted grow-mql",
            "stale-action webinars",
            "decision-pending webinars"),
        kinds.stream()
            .filter(
                k ->
                    !k.startsWith("off-track")
                        && !k.startsWith("at-risk")
                        && !k.startsWith("alert")
                        && !k.startsWith("stale "))
            .toList());
    assertTrue(
        r.out()
            .contains(
                "\"message\": \"Objective grow-mql: target lowered from 1,200 to 1,000 by Chloé on"
                    + " 2027-03-15\""),
        r.out());
  }

  @Test
  void textShowsTheOriginalTargetAndTheRevisions() {
    PacRun r = run("report", "--as-of", "2027-03-31");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("900 (first 1,200)"), r.out());
    assertTrue(
        r.out()
            .contains(
                "grow-mql: target 1,200 → 1,000 by Chloé on 2027-03-15 ("
                    + ids.get(1).substring(0, 7)
                    + ")"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "ads: decided continue by Bob on 2027-03-25 ("
                    + ids.get(3).substring(0, 7)
                    + "): they bring the enterprise leads"),
        r.out());
    PacRun html = run("report", "--as-of", "2027-03-31", "--format", "html");
    assertTrue(html.out().contains("<path class=\"revision\""), html.out());
  }

  @Test
  void fromHistoryIsTheReportAsOfThatDayAndReproducible() throws Exception {
    PacRun a = run("report", "--as-of", "2027-03-31", "--from-history", "--format", "json");
    PacRun b = run("report", "--as-of", "2027-03-31", "--from-history", "--format", "json");
    assertEquals(0, a.code(), a.err());
    assertEquals(a.out(), b.out());
    assertEquals(
        "pac: note: --from-history: plans and actuals as committed at "
            + ids.get(3).substring(0, 7)
            + " (2027-03-25)\n",
        a.err());
    JsonNode j = new ObjectMapper().readTree(a.out());
    assertEquals(1000.0, j.get("objectives").get(0).get("target").asDouble());
    // the store as committed then: 12 weeks to 2027-03-22, 50 MQLs a week for each action
    assertEquals(1200.0, j.get("objectives").get(0).get("actual").asDouble());
    PacRun text = run("report", "--as-of", "2027-03-31", "--from-history");
    assertEquals(text.out(), run("report", "--as-of", "2027-03-31", "--from-history").out());
  }

  @Test
  void fromHistoryRefusesABrokenPacYamlAsTheReportDoes() throws Exception {
    Files.writeString(dir.resolve("pac.yaml"), "review:\n  alert_drop_pct: -5\n");
    PacRun now = run("report", "--as-of", "2027-03-31");
    PacRun past = run("report", "--as-of", "2027-03-31", "--from-history");
    assertEquals(1, now.code(), now.err());
    assertEquals(1, past.code(), past.err());
    assertEquals("", past.out());
    String refusal = now.err().substring(now.err().indexOf("pac.yaml:"));
    assertTrue(past.err().endsWith(refusal), past.err());
  }

  @Test
  void fromHistoryBeforeTheFirstCommitReadsTheWorkingTreeWithANote() {
    PacRun r = run("report", "--as-of", "2026-12-31", "--from-history", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "pac: note: --from-history: no commit of HEAD's history is dated on or before"
                    + " 2026-12-31 (the oldest here is 2027-01-04), so the report reads the working"
                    + " tree\n"),
        r.err());
  }

  @Test
  void aShallowCloneHasEmptyHistoryFieldsAndOneNote() throws Exception {
    try (TestRepo r = TestRepo.init(dir)) {
      r.shallowAt(ids.get(2));
    }
    PacRun r = run("report", "--as-of", "2027-03-31", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "pac: note: the clone is shallow: the history before "
                    + ids.get(2).substring(0, 7)),
        r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertTrue(j.get("objectives").get(0).get("original_target").isNull());
    assertEquals("[]", j.get("objectives").get(0).get("revisions").toString());
    assertTrue(action(j, "webinars").get("last_changed").isNull());
    assertTrue(!action(j, "webinars").get("stale").asBoolean());
  }

  private static JsonNode action(JsonNode report, String id) {
    for (JsonNode a : report.get("actions")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no action " + id);
  }

  private PacRun run(String... args) {
    return PacRun.in(dir, "2027-05-03", args);
  }
}
