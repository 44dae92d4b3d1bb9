package dev.pac.history;

import dev.pac.git.TestRepo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan's scripted history, every commit at noon UTC on its day. The plan runs 2027-01-01 to
 * 2027-06-30, so a quarter of its objectives' span (180 days) ends on 2027-02-15.
 *
 * <ol>
 *   <li>first: 2027-01-04, Ana: the plan (grow-mql target 1200, deadline 2027-05-31; webinars,
 *       cold-calls)
 *   <li>raise: 2027-01-20, Bob: grow-mql target 1200 → 1500
 *   <li>side: 2027-02-20, Dana, on a side branch: cold-calls budget 3000 → 4000
 *   <li>lower: 2027-03-01, Chloé: grow-mql target 1500 → 1300
 *   <li>deadline: 2027-03-05, Chloé: grow-mql deadline 2027-05-31 → 2027-06-30
 *   <li>retrofit: 2027-03-10, Ana: objective win-rate added (target 0.3)
 *   <li>merge: 2027-03-11, Ana: the side branch merged
 *   <li>rename: 2027-03-12, Ana: plans/growth.yaml moved to plans/sales/growth-2027.yaml, unchanged
 *   <li>decision: 2027-03-16, Bob: no file change; Decision: webinars continue, with a Why
 *   <li>broken: 2027-03-18, Eve: the plan no longer parses
 *   <li>fixed: 2027-03-19, Eve: parses again, with cold-calls' owner changed (Bob → Eve)
 *   <li>unknown: 2027-03-20, Bob: Decision about "webinar" (no such action)
 *   <li>later: 2027-04-02, Chloé: grow-mql target 1300 → 1100 (after a report dated 2027-03-31)
 * </ol>
 */
public final class Scenario {
  public static final String PLAN =
      """
      pac: 1
      id: growth
      title: Growth plan H1 2027
      owner: Ana
      period: {start: 2027-01-01, end: 2027-06-30}
      budget: 20000
      kpis:
        - id: mql
          name: Marketing-qualified leads
          unit: count
        - id: win
          name: Win rate
          unit: ratio
      objectives:
        - id: grow-mql
          title: Grow MQLs from webinars and calls this half
          kpi: mql
          baseline: 800
          target: 1200
          deadline: 2027-05-31
      actions:
        - id: webinars
          title: Monthly webinars for mid-market
          objectives: [grow-mql]
          type: promotion
          owner: Ana
          start: 2027-01-15
          due: 2027-06-15
          status: active
          budget: 5000
        - id: cold-calls
          title: Cold calls to the top accounts
          objectives: [grow-mql]
          type: promotion
          owner: Bob
          start: 2027-02-01
          due: 2027-05-31
          budget: 3000
      """;

  static final String WIN_RATE =
      """
        - id: win-rate
          title: Raise the win rate on qualified deals
          kpi: win
          baseline: 0.2
          target: 0.3
          deadline: 2027-06-30
      """;

  private Scenario() {}

  /** Builds the history in {@code dir}; the commit ids by name, in the order made. */
  public static Map<String, String> build(Path dir) throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    try (TestRepo r = TestRepo.init(dir)) {
      String f = "plans/growth.yaml";
      r.write(f, PLAN);
      ids.put("first", r.commit("First plan for H1", "Ana", "2027-01-04"));
      r.write(f, r.read(f).replace("target: 1200", "target: 1500"));
      ids.put("raise", r.commit("Raise the MQL target", "Bob", "2027-01-20"));
      r.branch("side");
      r.write(f, r.read(f).replace("budget: 3000", "budget: 4000"));
      ids.put("side", r.commit("More budget for cold calls", "Dana", "2027-02-20"));
      r.checkout("main");
      r.write(f, r.read(f).replace("target: 1500", "target: 1300"));
      ids.put(
          "lower", r.commit("Lower the MQL target after a slow February", "Chloé", "2027-03-01"));
      r.write(f, r.read(f).replace("deadline: 2027-05-31", "deadline: 2027-06-30"));
      ids.put("deadline", r.commit("Give the MQL objective one more month", "Chloé", "2027-03-05"));
      r.write(f, r.read(f).replace("actions:\n", WIN_RATE + "actions:\n"));
      ids.put("retrofit", r.commit("Add a win-rate objective", "Ana", "2027-03-10"));
      ids.put("merge", r.merge("side", "Merge the cold-call budget", "Ana", "2027-03-11"));
      String g = "plans/sales/growth-2027.yaml";
      r.move(f, g);
      ids.put("rename", r.commit("File the plan under sales", "Ana", "2027-03-12"));
      ids.put(
          "decision",
          r.commit(
              "Keep the webinars\n\nThe ROI alert fired, we keep them for Q2.\n\n"
                  + "Decision: webinars continue\nWhy: the pipeline they bring closes in Q2\n",
              "Bob",
              "2027-03-16"));
      String good = r.read(g);
      r.write(g, good.replace("owner: Bob", "owner: [Eve"));
      ids.put("broken", r.commit("Hand cold calls to Eve", "Eve", "2027-03-18"));
      r.write(g, good.replace("owner: Bob", "owner: Eve"));
      ids.put("fixed", r.commit("Fix the YAML", "Eve", "2027-03-19"));
      ids.put(
          "unknown", r.commit("Stop the webinar\n\nDecision: webinar stop\n", "Bob", "2027-03-20"));
      r.write(g, r.read(g).replace("target: 1300", "target: 1100"));
      ids.put("later", r.commit("Lower the MQL target again", "Chloé", "2027-04-02"));
    }
    return ids;
  }
}
