package dev.pac.score;

import static dev.pac.model.Criterion.CAC;
import static dev.pac.model.Criterion.CLOSE_RATE;
import static dev.pac.model.Criterion.CYCLE_DAYS;
import static dev.pac.model.Criterion.EFFORT;
import static dev.pac.model.Criterion.LTV;
import static dev.pac.model.Criterion.LTV_TO_CAC;
import static dev.pac.model.Criterion.MATURITY_FIT;
import static dev.pac.model.Criterion.SAM;
import static dev.pac.score.Targets.target;
import static dev.pac.score.Targets.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedSumTest {
  private static final double EPS = 1e-9;

  static Ranking rank(List<Target> targets, Map<Criterion, Double> w) {
    return Scorer.rank(targets, w, ScoringMethod.WEIGHTED_SUM);
  }

  static ScoredTarget byId(Ranking r, String id) {
    return r.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  static CriterionScore of(ScoredTarget t, Criterion c) {
    return t.criteria().stream().filter(x -> x.criterion() == c).findFirst().orElseThrow();
  }

  @Test
  void threeTargetsByHand() {
    // weights: sam 2 (higher), cac 1 (lower), close_rate 1 (higher); Σw = 4
    //        sam   cac   close_rate
    //   a    100   10    0.2
    //   b    300   30    0.4
    //   c    200   20    0.1
    // sam: min 100, max 300, n = (x - 100) / 200        -> a 0,   b 1,   c 0.5
    // cac: min 10, max 30, lower is better, n = (30 - x) / 20 -> a 1, b 0, c 0.5
    // close_rate: min 0.1, max 0.4, n = (x - 0.1) / 0.3 -> a 1/3, b 1,   c 0
    // a = 100 × (2×0 + 1×1 + 1×1/3) / 4 = 100 × (4/3) / 4 = 33.333…
    // b = 100 × (2×1 + 1×0 + 1×1) / 4   = 75
    // c = 100 × (2×0.5 + 1×0.5 + 1×0) / 4 = 37.5
    Ranking r =
        rank(
            List.of(
                target("a", SAM, 100, CAC, 10, CLOSE_RATE, 0.2),
                target("b", SAM, 300, CAC, 30, CLOSE_RATE, 0.4),
                target("c", SAM, 200, CAC, 20, CLOSE_RATE, 0.1)),
            weights(SAM, 2, CAC, 1, CLOSE_RATE, 1));
    assertEquals(List.of("b", "c", "a"), r.ranked().stream().map(ScoredTarget::id).toList());
    assertEquals(List.of(1, 2, 3), r.ranked().stream().map(ScoredTarget::rank).toList());
    assertEquals(75, byId(r, "b").score(), EPS);
    assertEquals(37.5, byId(r, "c").score(), EPS);
    assertEquals(100.0 / 3, byId(r, "a").score(), EPS);
    // normalised values as above
    assertEquals(0.5, of(byId(r, "c"), SAM).normalised(), EPS);
    assertEquals(1, of(byId(r, "a"), CAC).normalised(), EPS);
    assertEquals(1.0 / 3, of(byId(r, "a"), CLOSE_RATE).normalised(), EPS);
    // contributions of b: sam 100×2×1/4 = 50, cac 100×1×0/4 = 0, close_rate 100×1×1/4 = 25; 50 + 0
    // + 25 = 75
    assertEquals(50, of(byId(r, "b"), SAM).contribution(), EPS);
    assertEquals(0, of(byId(r, "b"), CAC).contribution(), EPS);
    assertEquals(25, of(byId(r, "b"), CLOSE_RATE).contribution(), EPS);
    // contributions of a: 0, 25, 8.333…; they add up to the score
    assertEquals(25, of(byId(r, "a"), CAC).contribution(), EPS);
    assertEquals(25.0 / 3, of(byId(r, "a"), CLOSE_RATE).contribution(), EPS);
    for (ScoredTarget t : r.ranked()) {
      assertEquals(
          t.score(), t.criteria().stream().mapToDouble(CriterionScore::contribution).sum(), EPS);
    }
  }

  @Test
  void lowerIsBetterReversesTheScale() {
    // cycle_days and effort are better lower: the smallest value normalises to 1, the largest to 0.
    // cycle_days 30, 60, 90 -> (90 - x) / 60 = 1, 0.5, 0; score = 100 × n (one criterion)
    Ranking r =
        rank(
            List.of(
                target("fast", CYCLE_DAYS, 30),
                target("mid", CYCLE_DAYS, 60),
                target("slow", CYCLE_DAYS, 90)),
            weights(CYCLE_DAYS, 1));
    assertEquals(
        List.of("fast", "mid", "slow"), r.ranked().stream().map(ScoredTarget::id).toList());
    assertEquals(100, byId(r, "fast").score(), EPS);
    assertEquals(50, byId(r, "mid").score(), EPS);
    assertEquals(0, byId(r, "slow").score(), EPS);
    // the same numbers as maturity_fit (higher is better) rank the other way round
    Ranking up =
        rank(
            List.of(
                target("fast", MATURITY_FIT, 1),
                target("mid", MATURITY_FIT, 3),
                target("slow", MATURITY_FIT, 5)),
            weights(MATURITY_FIT, 1));
    assertEquals(
        List.of("slow", "mid", "fast"), up.ranked().stream().map(ScoredTarget::id).toList());
  }

  @Test
  void ltvToCacIsDerivedFromLtvAndCac() {
    // x: 12000 / 3000 = 4; y: 10000 / 2000 = 5 -> y 1, x 0
    Ranking r =
        rank(
            List.of(target("x", LTV, 12000, CAC, 3000), target("y", LTV, 10000, CAC, 2000)),
            weights(LTV_TO_CAC, 3));
    assertEquals(4, of(byId(r, "x"), LTV_TO_CAC).value(), EPS);
    assertEquals(5, of(byId(r, "y"), LTV_TO_CAC).value(), EPS);
    assertEquals("y", r.top().orElseThrow().id());
    // without cac it cannot be derived: missing
    Ranking m =
        rank(
            List.of(target("x", LTV, 12000), target("y", LTV, 10000, CAC, 2000)),
            weights(LTV_TO_CAC, 3));
    assertEquals(List.of(LTV_TO_CAC), byId(m, "x").missing());
  }

  @Test
  void allEqualCriterionGivesOneToEveryone() {
    // effort 3 for all: max = min, n = 1 for all; sam 100/200 -> 0/1
    // p = 100 × (1×0 + 1×1) / 2 = 50; q = 100 × (1×1 + 1×1) / 2 = 100
    Ranking r =
        rank(
            List.of(target("p", SAM, 100, EFFORT, 3), target("q", SAM, 200, EFFORT, 3)),
            weights(SAM, 1, EFFORT, 1));
    assertEquals(1, of(byId(r, "p"), EFFORT).normalised(), EPS);
    assertEquals(50, byId(r, "p").score(), EPS);
    assertEquals(100, byId(r, "q").score(), EPS);
  }

  @Test
  void oneTargetScoresHundred() {
    Ranking r = rank(List.of(target("only", SAM, 5, EFFORT, 2)), weights(SAM, 3, EFFORT, 1));
    assertEquals(100, r.ranked().get(0).score(), EPS);
    assertEquals(1, r.ranked().get(0).rank());
  }

  @Test
  void missingValueScoresZeroAndIsReported() {
    // close_rate: a 0.1, b missing, c 0.3 -> min-max over the given values: a 0, c 1; b scores 0
    // sam: a 10, b 20, c 30 -> 0, 0.5, 1. Σw = 2
    // a = 100 × (0 + 0) / 2 = 0; b = 100 × (0.5 + 0) / 2 = 25; c = 100 × (1 + 1) / 2 = 100
    Ranking r =
        rank(
            List.of(
                target("a", SAM, 10, CLOSE_RATE, 0.1),
                target("b", SAM, 20),
                target("c", SAM, 30, CLOSE_RATE, 0.3)),
            weights(SAM, 1, CLOSE_RATE, 1));
    ScoredTarget b = byId(r, "b");
    assertEquals(List.of(CLOSE_RATE), b.missing());
    assertEquals(25, b.score(), EPS);
    assertNull(of(b, CLOSE_RATE).value());
    assertNull(of(b, CLOSE_RATE).normalised());
    assertEquals(0, of(b, CLOSE_RATE).contribution(), EPS);
    assertEquals(List.of(), byId(r, "a").missing());
    assertEquals(List.of("c", "b", "a"), r.ranked().stream().map(ScoredTarget::id).toList());
  }

  @Test
  void criterionNobodyGivesScoresZeroForAll() {
    Ranking r =
        rank(List.of(target("a", SAM, 10), target("b", SAM, 20)), weights(SAM, 1, EFFORT, 1));
    // sam: 0, 1; effort missing everywhere: 0. a = 0, b = 100 × 1 / 2 = 50
    assertEquals(50, byId(r, "b").score(), EPS);
    assertEquals(List.of(EFFORT), byId(r, "a").missing());
  }

  @Test
  void tiesGoById() {
    // equal values: both score 100, ordered by id
    Ranking r =
        rank(
            List.of(target("zeta", SAM, 7), target("alpha", SAM, 7), target("mid", SAM, 7)),
            weights(SAM, 1));
    assertEquals(
        List.of("alpha", "mid", "zeta"), r.ranked().stream().map(ScoredTarget::id).toList());
    assertEquals(List.of(1, 2, 3), r.ranked().stream().map(ScoredTarget::rank).toList());
    // equal scores reached by different criteria (and floating-point normalisation of 0.1 .. 0.3):
    // u: sam n 1, effort n 0 -> 50; v: sam n 0, effort n 1 -> 50; tie, u before v
    Ranking t =
        rank(
            List.of(target("v", SAM, 0.1, EFFORT, 1), target("u", SAM, 0.3, EFFORT, 5)),
            weights(SAM, 1, EFFORT, 1));
    assertEquals(List.of("u", "v"), t.ranked().stream().map(ScoredTarget::id).toList());
  }

  @Test
  void zeroWeightsAreNotUsed() {
    // sam weight 0: not a criterion; b's missing sam is not reported
    Ranking r =
        rank(
            List.of(target("a", SAM, 1, EFFORT, 1), target("b", EFFORT, 2)),
            weights(SAM, 0, EFFORT, 1));
    assertEquals(List.of(EFFORT), r.used());
    assertEquals(List.of(), byId(r, "b").missing());
    assertEquals(1, byId(r, "a").criteria().size());
    assertEquals(100, byId(r, "a").score(), EPS);
  }

  @Test
  void refusesWeightsThatCannotRank() {
    List<Target> ts = List.of(target("a", SAM, 1));
    assertThrows(IllegalArgumentException.class, () -> rank(ts, weights(SAM, 0)));
    assertThrows(IllegalArgumentException.class, () -> rank(ts, weights(SAM, -1, EFFORT, 1)));
  }
}
