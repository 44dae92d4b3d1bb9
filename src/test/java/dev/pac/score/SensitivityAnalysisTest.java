package dev.pac.score;

import static dev.pac.model.Criterion.CAC;
import static dev.pac.model.Criterion.CHURN_RATE;
import static dev.pac.model.Criterion.CLOSE_RATE;
import static dev.pac.model.Criterion.EFFORT;
import static dev.pac.model.Criterion.SAM;
import static dev.pac.score.Targets.target;
import static dev.pac.score.Targets.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {
  private static final double EPS = 1e-6;

  static List<Sensitivity> sensitivity(List<Target> ts, Map<Criterion, Double> w, ScoringMethod m) {
    return SensitivityAnalysis.of(ts, Scorer.rank(ts, w, m));
  }

  static Sensitivity get(List<Sensitivity> l, Criterion c) {
    return l.stream().filter(s -> s.criterion() == c).findFirst().orElseThrow();
  }

  @Test
  void weightedSumThresholdsSolvedByHand() {
    // x: sam 100, effort 1; y: sam 200, effort 3; weights sam 1, effort 2 (Σw = 3)
    // sam n: x 0, y 1; effort (lower) n: x 1, y 0
    // numerators Σw·n: x = 2, y = 1 -> x 66.7, y 33.3; top x
    // sam by δ: x = 2, y = 1 + δ: equal at δ = 1 = +100 % of 1. There they tie and x sorts first,
    // so
    //   the top never changes within +100 %: null. Decreasing sam only widens the gap: null.
    // effort by δ: x = 2 + δ, y = 1: equal at δ = -1 = -50 % of 2 -> flip_down 50, challenger y.
    List<Sensitivity> s =
        sensitivity(
            List.of(target("x", SAM, 100, EFFORT, 1), target("y", SAM, 200, EFFORT, 3)),
            weights(SAM, 1, EFFORT, 2),
            ScoringMethod.WEIGHTED_SUM);
    assertNull(get(s, SAM).flipUpPct());
    assertNull(get(s, SAM).flipDownPct());
    assertEquals(50, get(s, EFFORT).flipDownPct(), EPS);
    assertEquals("y", get(s, EFFORT).downChallenger());
    assertNull(get(s, EFFORT).flipUpPct());
  }

  @Test
  void aTieAtPlusHundredFlipsOnlyWhenTheChallengerSortsFirst() {
    // the same numbers with the ids swapped: "b" is on top, "a" catches up exactly at +100 % of
    // sam, and
    // at that tie "a" sorts first, so the top changes there: flip_up 100
    List<Sensitivity> s =
        sensitivity(
            List.of(target("b", SAM, 100, EFFORT, 1), target("a", SAM, 200, EFFORT, 3)),
            weights(SAM, 1, EFFORT, 2),
            ScoringMethod.WEIGHTED_SUM);
    assertEquals(100, get(s, SAM).flipUpPct(), EPS);
    assertEquals("a", get(s, SAM).upChallenger());
    assertEquals(50, get(s, EFFORT).flipDownPct(), EPS);
  }

  @Test
  void aTieAtMinusHundredIsNotAFlipBecauseOfRoundingNoise() {
    // a and b are equal on sam and effort (n = 1 each) and a is better on churn_rate (n 1 against
    // 0);
    // z is worst everywhere. Numerators: a = 3 + 1 + 0.1, b = 3 + 1. Dropping churn_rate (-100 %)
    // makes
    // a and b tie exactly, and a sorts first: no flip. In floating point, (4.1 - 4) / 0.1 is
    // 99.9999…,
    // which must not count as a crossing inside the range.
    List<Target> ts =
        List.of(
            target("a", SAM, 10, EFFORT, 1, CHURN_RATE, 0.01),
            target("b", SAM, 10, EFFORT, 1, CHURN_RATE, 0.05),
            target("z", SAM, 1, EFFORT, 5, CHURN_RATE, 0.05));
    Map<Criterion, Double> w = weights(SAM, 3, EFFORT, 1, CHURN_RATE, 0.1);
    assertNull(get(sensitivity(ts, w, ScoringMethod.WEIGHTED_SUM), CHURN_RATE).flipDownPct());
    // with b renamed "0b", sorting before a, the tie at -100 % does put it first
    List<Target> swapped =
        List.of(ts.get(0), target("0b", SAM, 10, EFFORT, 1, CHURN_RATE, 0.05), ts.get(2));
    assertEquals(
        100,
        get(sensitivity(swapped, w, ScoringMethod.WEIGHTED_SUM), CHURN_RATE).flipDownPct(),
        EPS);
  }

  @Test
  void threeTargetsByHand() {
    // the WeightedSumTest example: weights sam 2, cac 1, close_rate 1; n (sam, cac, close_rate):
    //   a (0, 1, 1/3), b (1, 0, 1), c (0.5, 0.5, 0); numerators a 4/3, b 3, c 1.5; top b
    // sam, δ on its weight 2: a = 4/3 (slope 0), b = 3 + δ (slope 1), c = 1.5 + 0.5δ
    //   a meets b at δ = -5/3 -> 83.33 % of 2; c meets b at δ = -3 -> 150 %, out of range
    //   nobody has a steeper sam slope than b: no increase flips
    // cac (weight 1): a meets b at δ = +5/3 (167 %), c at δ = +3 (300 %): none; decrease helps b:
    // none
    // close_rate (weight 1): a meets b at δ = -2.5 (250 %), c at -1.5 (150 %): none
    List<Sensitivity> s =
        sensitivity(
            List.of(
                target("a", SAM, 100, CAC, 10, CLOSE_RATE, 0.2),
                target("b", SAM, 300, CAC, 30, CLOSE_RATE, 0.4),
                target("c", SAM, 200, CAC, 20, CLOSE_RATE, 0.1)),
            weights(SAM, 2, CAC, 1, CLOSE_RATE, 1),
            ScoringMethod.WEIGHTED_SUM);
    assertEquals(List.of(SAM, CAC, CLOSE_RATE), s.stream().map(Sensitivity::criterion).toList());
    assertEquals(250.0 / 3, get(s, SAM).flipDownPct(), EPS);
    assertEquals("a", get(s, SAM).downChallenger());
    assertNull(get(s, SAM).flipUpPct());
    assertNull(get(s, CAC).flipUpPct());
    assertNull(get(s, CAC).flipDownPct());
    assertNull(get(s, CLOSE_RATE).flipUpPct());
    assertNull(get(s, CLOSE_RATE).flipDownPct());
  }

  @Test
  void alreadyTiedTopFlipsAtZero() {
    // a: sam 2, effort 2; b: sam 1, effort 1; weights 1, 1. n: a (1, 0), b (0, 1): both 50, a first
    // by id.
    // Any decrease of sam, or any increase of effort, puts b first: 0 %.
    List<Sensitivity> s =
        sensitivity(
            List.of(target("a", SAM, 2, EFFORT, 2), target("b", SAM, 1, EFFORT, 1)),
            weights(SAM, 1, EFFORT, 1),
            ScoringMethod.WEIGHTED_SUM);
    assertEquals(0, get(s, SAM).flipDownPct(), EPS);
    assertNull(get(s, SAM).flipUpPct());
    assertEquals(0, get(s, EFFORT).flipUpPct(), EPS);
    assertNull(get(s, EFFORT).flipDownPct());
  }

  @Test
  void soleCriterionNeverFlips() {
    List<Sensitivity> s =
        sensitivity(
            List.of(target("a", SAM, 2), target("b", SAM, 1)),
            weights(SAM, 1, EFFORT, 0),
            ScoringMethod.WEIGHTED_SUM);
    assertEquals(1, s.size(), "zero weights are left out");
    assertNull(s.get(0).flipDownPct());
    assertNull(s.get(0).flipUpPct());
    List<Sensitivity> t =
        sensitivity(
            List.of(target("a", SAM, 2), target("b", SAM, 1)),
            weights(SAM, 1),
            ScoringMethod.TOPSIS);
    assertNull(t.get(0).flipDownPct());
    assertNull(t.get(0).flipUpPct());
  }

  @Test
  void topsisThresholdSolvedByHand() {
    // x: sam 4, effort 4; y: sam 3, effort 3. Both columns have norm √(9 + 16) = 5: r = 0.8 and
    // 0.6.
    // x is the ideal on sam and the anti-ideal on effort (lower better); y the reverse. Gaps 0.2
    // each.
    // With weights ws, we and W = ws + we: d-(x) = 0.2·ws/W, d+(x) = 0.2·we/W, so x = 100 ws/(ws +
    // we),
    // y = 100 we/(ws + we). Weights sam 2, effort 1: x 66.7 on top. They tie when ws = we:
    //   sam 2 -> 1 is -50 %; effort 1 -> 2 is +100 %, a tie where x sorts first: no flip within 100
    // %.
    List<Target> ts = List.of(target("x", SAM, 4, EFFORT, 4), target("y", SAM, 3, EFFORT, 3));
    List<Sensitivity> s = sensitivity(ts, weights(SAM, 2, EFFORT, 1), ScoringMethod.TOPSIS);
    assertEquals(50, get(s, SAM).flipDownPct(), EPS);
    assertEquals("y", get(s, SAM).downChallenger());
    assertNull(get(s, SAM).flipUpPct());
    assertNull(get(s, EFFORT).flipUpPct());
    assertNull(get(s, EFFORT).flipDownPct());
  }

  @Test
  void topsisDroppingAWeightCanLetAnExcludedTargetIn() {
    // e has no close_rate, so TOPSIS excludes it while close_rate has a weight. At -100 %
    // close_rate
    // is no longer used, e is ranked and, having the best sam, takes the top: flip_down 100.
    List<Target> ts =
        List.of(
            target("a", SAM, 2, CLOSE_RATE, 0.5),
            target("b", SAM, 1, CLOSE_RATE, 0.1),
            target("e", SAM, 9));
    List<Sensitivity> s = sensitivity(ts, weights(SAM, 1, CLOSE_RATE, 1), ScoringMethod.TOPSIS);
    assertEquals(100, get(s, CLOSE_RATE).flipDownPct(), EPS);
    assertEquals("e", get(s, CLOSE_RATE).downChallenger());
  }

  @Test
  void topsisWithNothingRankedCountsTheFirstRankingAsAChange() {
    // nobody gives close_rate: TOPSIS ranks nobody. Dropping close_rate (-100 %) ranks both on sam
    // alone,
    // b first: that is the change. Dropping sam leaves close_rate, which still nobody gives: none.
    List<Target> ts = List.of(target("a", SAM, 1), target("b", SAM, 2));
    List<Sensitivity> s = sensitivity(ts, weights(SAM, 1, CLOSE_RATE, 1), ScoringMethod.TOPSIS);
    assertEquals(100, get(s, CLOSE_RATE).flipDownPct(), EPS);
    assertEquals("b", get(s, CLOSE_RATE).downChallenger());
    assertNull(get(s, CLOSE_RATE).flipUpPct());
    assertNull(get(s, SAM).flipDownPct());
    assertNull(get(s, SAM).flipUpPct());
  }

  @Test
  void topsisThresholdIsTheBoundary() {
    // on random plans, just inside a threshold the top is unchanged, and at it the top is another
    Random rnd = new Random(7);
    for (int k = 0; k < 25; k++) {
      List<Target> ts = randomTargets(rnd, 3 + rnd.nextInt(4));
      Map<Criterion, Double> w =
          weights(
              SAM,
              1 + rnd.nextInt(5),
              CAC,
              1 + rnd.nextInt(5),
              CLOSE_RATE,
              1 + rnd.nextInt(5),
              EFFORT,
              1 + rnd.nextInt(5));
      Ranking base = Scorer.rank(ts, w, ScoringMethod.TOPSIS);
      String top = base.top().orElseThrow().id();
      for (Sensitivity s : SensitivityAnalysis.of(ts, base)) {
        if (s.flipUpPct() != null) {
          assertNotEquals(
              top, SensitivityAnalysis.topAt(ts, base, s.criterion(), s.flipUpPct() / 100));
          assertEquals(
              top, SensitivityAnalysis.topAt(ts, base, s.criterion(), s.flipUpPct() / 100 - 1e-5));
        }
        if (s.flipDownPct() != null) {
          assertNotEquals(
              top, SensitivityAnalysis.topAt(ts, base, s.criterion(), -s.flipDownPct() / 100));
          assertEquals(
              top,
              SensitivityAnalysis.topAt(ts, base, s.criterion(), -s.flipDownPct() / 100 + 1e-5));
        }
      }
    }
  }

  @Test
  void weightedSumClosedFormAgreesWithScanning() {
    // the closed form against the scan-and-bisect used for TOPSIS, on random plans
    Random rnd = new Random(42);
    int compared = 0;
    for (int k = 0; k < 80; k++) {
      List<Target> ts = randomTargets(rnd, 2 + rnd.nextInt(5));
      Map<Criterion, Double> w =
          weights(
              SAM,
              rnd.nextInt(4),
              CAC,
              1 + rnd.nextInt(4),
              CLOSE_RATE,
              rnd.nextDouble() * 3,
              EFFORT,
              1 + rnd.nextInt(4));
      Ranking base = Scorer.rank(ts, w, ScoringMethod.WEIGHTED_SUM);
      for (Criterion c : base.used()) {
        Sensitivity exact = SensitivityAnalysis.weightedSum(base, c);
        Sensitivity scanned = SensitivityAnalysis.scanned(ts, base, c);
        assertClose(scanned.flipDownPct(), exact.flipDownPct(), k + " " + c + " down");
        assertClose(scanned.flipUpPct(), exact.flipUpPct(), k + " " + c + " up");
        compared++;
      }
    }
    assertEquals(true, compared > 200, "compared " + compared);
  }

  private static void assertClose(Double expected, Double actual, String what) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
    } else {
      assertEquals(expected, actual, 1e-6, what);
    }
  }

  /** Targets with sam, cac, close_rate and effort, some close_rate missing. */
  static List<Target> randomTargets(Random rnd, int n) {
    List<Target> ts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "t" + i;
      double sam = 1000 * (1 + rnd.nextInt(50));
      double cac = 100 + rnd.nextInt(900);
      double effort = 1 + rnd.nextInt(5);
      ts.add(
          rnd.nextInt(6) == 0
              ? target(id, SAM, sam, CAC, cac, EFFORT, effort)
              : target(id, SAM, sam, CAC, cac, CLOSE_RATE, rnd.nextDouble(), EFFORT, effort));
    }
    return ts;
  }
}
