package dev.pac.score;

import static dev.pac.model.Criterion.CAC;
import static dev.pac.model.Criterion.CLOSE_RATE;
import static dev.pac.model.Criterion.EFFORT;
import static dev.pac.model.Criterion.SAM;
import static dev.pac.score.Targets.target;
import static dev.pac.score.Targets.weights;
import static dev.pac.score.WeightedSumTest.byId;
import static dev.pac.score.WeightedSumTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopsisTest {
  private static final double EPS = 1e-9;

  static Ranking rank(List<Target> targets, Map<Criterion, Double> w) {
    return Scorer.rank(targets, w, ScoringMethod.TOPSIS);
  }

  @Test
  void threeTargetsByHand() {
    // weights sam 1 (higher), cac 1 (lower); Σw = 2, so each weighted column is r × 1/2
    //        sam  cac
    //   a    3    2
    //   b    4    3
    //   c    0    6
    // √Σsam² = √(9 + 16 + 0) = 5;  √Σcac² = √(4 + 9 + 36) = 7
    // r: sam a 3/5, b 4/5, c 0;     cac a 2/7, b 3/7, c 6/7
    // v: sam a 0.3, b 0.4, c 0;     cac a 1/7, b 3/14, c 3/7
    // ideal (sam max, cac min): (0.4, 1/7); anti-ideal (sam min, cac max): (0, 3/7)
    // a: d+ = √((0.3-0.4)² + 0) = 0.1 = 7/70;   d- = √(0.3² + (2/7)²) = √(841/4900) = 29/70
    //    score = 100 × 29 / (7 + 29) = 80.555…
    // b: d+ = √(0 + (3/14 - 1/7)²) = 1/14;       d- = √(0.4² + (3/14)²) = √(40.36)/14
    //    score = 100 × √40.36 / (1 + √40.36) = 86.400…
    // c: d+ = √(0.4² + (2/7)²) > 0;             d- = 0: score 0
    Ranking r =
        rank(
            List.of(
                target("a", SAM, 3, CAC, 2),
                target("b", SAM, 4, CAC, 3),
                target("c", SAM, 0, CAC, 6)),
            weights(SAM, 1, CAC, 1));
    assertEquals(List.of("b", "a", "c"), r.ranked().stream().map(ScoredTarget::id).toList());
    ScoredTarget a = byId(r, "a");
    assertEquals(0.1, a.distanceToIdeal(), EPS);
    assertEquals(29.0 / 70, a.distanceToAntiIdeal(), EPS);
    assertEquals(100.0 * 29 / 36, a.score(), EPS);
    assertEquals(0.6, of(a, SAM).normalised(), EPS);
    assertEquals(2.0 / 7, of(a, CAC).normalised(), EPS);
    ScoredTarget b = byId(r, "b");
    assertEquals(1.0 / 14, b.distanceToIdeal(), EPS);
    assertEquals(100 * Math.sqrt(40.36) / (1 + Math.sqrt(40.36)), b.score(), EPS);
    assertEquals(86.40002014810102, b.score(), 1e-9);
    assertEquals(0, byId(r, "c").score(), EPS);
    // contributions split the score by the share of d-²: a's d-² = 0.09 (sam) + 4/49 (cac) =
    // 841/4900
    // sam: 80.555… × 0.09 / (841/4900) = 80.555… × 441/841; cac: 80.555… × 400/841
    assertEquals(100.0 * 29 / 36 * 441 / 841, of(a, SAM).contribution(), EPS);
    assertEquals(100.0 * 29 / 36 * 400 / 841, of(a, CAC).contribution(), EPS);
    for (ScoredTarget t : r.ranked()) {
      assertEquals(
          t.score(), t.criteria().stream().mapToDouble(CriterionScore::contribution).sum(), EPS);
    }
  }

  @Test
  void targetsMissingAUsedCriterionAreExcludedAndReported() {
    // m has no close_rate: excluded, and the columns are normalised over a and b only.
    // sam: √(1² + 2²) = √5, v = 1/√5 × 1/2 and 2/√5 × 1/2: b is the ideal, a the anti-ideal;
    // close_rate 0.5 for both: ideal = anti-ideal there. So b: d+ = 0 -> 100; a: d- = 0 -> 0.
    Ranking r =
        rank(
            List.of(
                target("a", SAM, 1, CLOSE_RATE, 0.5),
                target("m", SAM, 9),
                target("b", SAM, 2, CLOSE_RATE, 0.5)),
            weights(SAM, 1, CLOSE_RATE, 1));
    assertEquals(List.of("b", "a"), r.ranked().stream().map(ScoredTarget::id).toList());
    assertEquals(100, byId(r, "b").score(), EPS);
    assertEquals(0, byId(r, "a").score(), EPS);
    assertEquals(1, r.excluded().size());
    ScoredTarget m = r.excluded().get(0);
    assertEquals("m", m.id());
    assertEquals(0, m.rank());
    assertNull(m.score());
    assertEquals(List.of(CLOSE_RATE), m.missing());
    assertEquals(9, of(m, SAM).value(), EPS);
  }

  @Test
  void singleTargetIsTheIdealAndScoresHundred() {
    // one target: ideal = anti-ideal = itself, d+ = d- = 0; defined as 100 (it is the ideal)
    Ranking r = rank(List.of(target("solo", SAM, 5, EFFORT, 3)), weights(SAM, 1, EFFORT, 2));
    assertEquals(100, r.ranked().get(0).score(), EPS);
    // contributions are then 100 × w / Σw: 33.3… and 66.6…
    assertEquals(100.0 / 3, of(r.ranked().get(0), SAM).contribution(), EPS);
    assertEquals(200.0 / 3, of(r.ranked().get(0), EFFORT).contribution(), EPS);
  }

  @Test
  void identicalTargetsTieAtHundredById() {
    Ranking r = rank(List.of(target("b", SAM, 5), target("a", SAM, 5)), weights(SAM, 1));
    assertEquals(List.of("a", "b"), r.ranked().stream().map(ScoredTarget::id).toList());
    assertEquals(100, r.ranked().get(1).score(), EPS);
  }

  @Test
  void allZeroColumnNormalisesToZeroAndDoesNotDiscriminate() {
    // sam 0 for all: √Σx² = 0, r = 0 for all, ideal = anti-ideal on sam; effort decides
    // effort 1 and 3 (lower better): √(1 + 9) = √10; v = 1/√10 × 1/2, 3/√10 × 1/2
    // x is the ideal: score 100; y is the anti-ideal: score 0
    Ranking r =
        rank(
            List.of(target("x", SAM, 0, EFFORT, 1), target("y", SAM, 0, EFFORT, 3)),
            weights(SAM, 1, EFFORT, 1));
    assertEquals(0, of(byId(r, "x"), SAM).normalised(), EPS);
    assertEquals(1 / Math.sqrt(10), of(byId(r, "x"), EFFORT).normalised(), EPS);
    assertEquals(100, byId(r, "x").score(), EPS);
    assertEquals(0, byId(r, "y").score(), EPS);
  }

  @Test
  void noTargetGivesEveryCriterion() {
    Ranking r =
        rank(List.of(target("a", SAM, 1), target("b", EFFORT, 2)), weights(SAM, 1, EFFORT, 1));
    assertEquals(List.of(), r.ranked());
    assertEquals(List.of("a", "b"), r.excluded().stream().map(ScoredTarget::id).toList());
    assertEquals(List.of(EFFORT), r.excluded().get(0).missing());
  }
}
