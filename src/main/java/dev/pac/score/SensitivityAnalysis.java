package dev.pac.score;

import dev.pac.model.Better;
import dev.pac.model.Criterion;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * For each used criterion (weight &gt; 0), the smallest relative decrease and increase of its
 * weight alone, within 100 %, that changes the top-ranked target.
 *
 * <p>The weight w becomes w·(1 + s), s in [−1, 1]; at s = −1 the criterion has weight 0 and is no
 * longer used (with TOPSIS, targets missing only that criterion then become eligible). The top at s
 * is the first target of the ranking at s, ties going by id as always. The threshold is inf{|s| :
 * top(s) ≠ top(0)} in percent: the point where another target catches up with the top one. Exactly
 * at that point the two tie, and the other target is first only if its id sorts first; the
 * threshold is the same either way.
 *
 * <p>Weighted-sum is solved in closed form: the scores share the denominator Σw + δ, so the ranking
 * is the ranking of the numerators Nₜ + δ·nₜc, lines in δ = w·s; the top changes where the first
 * line crosses the top one's. TOPSIS is scanned in 0.1 % steps and the first step where the top
 * changes is bisected down to 10⁻⁶ %.
 */
public final class SensitivityAnalysis {
  static final int STEPS = 1000;
  private static final int BISECTIONS = 40;

  private SensitivityAnalysis() {}

  public static List<Sensitivity> of(List<Target> targets, Ranking base) {
    List<Sensitivity> out = new ArrayList<>();
    for (Criterion c : base.used()) {
      out.add(
          base.method() == ScoringMethod.WEIGHTED_SUM
              ? weightedSum(base, c)
              : scanned(targets, base, c));
    }
    return out;
  }

  /** Closed form for weighted-sum (see the class comment). */
  static Sensitivity weightedSum(Ranking base, Criterion c) {
    double w = base.weights().get(c);
    if (base.ranked().size() < 2) {
      return new Sensitivity(c, w, null, null, null, null);
    }
    boolean canDrop = base.used().size() > 1;
    ScoredTarget top = base.ranked().get(0);
    double nTop = numerator(top);
    double sTop = slope(top, c);
    Double down = null;
    String downBy = null;
    Double up = null;
    String upBy = null;
    for (ScoredTarget u : base.ranked().subList(1, base.ranked().size())) {
      double gap = Math.max(0, nTop - numerator(u));
      double s = slope(u, c);
      if (s > sTop) {
        double pct = 100 * gap / (s - sTop) / w;
        pct = snap(pct);
        if (within(pct, u, top)
            && (up == null || pct < up || pct == up && u.id().compareTo(upBy) < 0)) {
          up = pct;
          upBy = u.id();
        }
      } else if (s < sTop) {
        double pct = 100 * gap / (sTop - s) / w;
        pct = snap(pct);
        if ((canDrop || pct < 100)
            && within(pct, u, top)
            && (down == null || pct < down || pct == down && u.id().compareTo(downBy) < 0)) {
          down = pct;
          downBy = u.id();
        }
      }
    }
    return new Sensitivity(c, w, down, downBy, up, upBy);
  }

  /**
   * Whether a crossing at pct lies within ±100 %. A crossing exactly at 100 % is a tie there: it
   * changes the top only when the challenger's id sorts first.
   */
  private static boolean within(double pct, ScoredTarget challenger, ScoredTarget top) {
    return pct < 100 || pct == 100 && challenger.id().compareTo(top.id()) < 0;
  }

  /**
   * A crossing within floating-point noise of ±100 % (a tie exactly at the end of the range) is at
   * 100 %.
   */
  private static double snap(double pct) {
    return Math.abs(pct - 100) <= 1e-9 ? 100 : pct;
  }

  private static double numerator(ScoredTarget t) {
    double s = 0;
    for (CriterionScore cs : t.criteria()) {
      s += cs.normalised() == null ? 0 : cs.weight() * cs.normalised();
    }
    return s;
  }

  private static double slope(ScoredTarget t, Criterion c) {
    for (CriterionScore cs : t.criteria()) {
      if (cs.criterion() == c) {
        return cs.normalised() == null ? 0 : cs.normalised();
      }
    }
    return 0;
  }

  /** Scan and bisection, for methods without a closed form (TOPSIS). */
  static Sensitivity scanned(List<Target> targets, Ranking base, Criterion c) {
    double w = base.weights().get(c);
    Scan scan = new Scan(targets, base, c);
    String top = base.top().map(ScoredTarget::id).orElse(null);
    Double down = threshold(scan, top, -1);
    Double up = threshold(scan, top, 1);
    return new Sensitivity(
        c,
        w,
        down == null ? null : 100 * down,
        down == null ? null : scan.topAt(-down),
        up == null ? null : 100 * up,
        up == null ? null : scan.topAt(up));
  }

  /**
   * The smallest |s| in direction sign where the top differs from {@code top} (null when nothing is
   * ranked at s = 0: then any ranking at all is a change), or null when there is no such s.
   */
  private static Double threshold(Scan scan, String top, int sign) {
    double previous = 0;
    for (int k = 1; k <= STEPS; k++) {
      double s = (double) k / STEPS;
      String at = scan.topAt(sign * s);
      if (at != null && !at.equals(top)) {
        double lo = previous;
        double hi = s;
        for (int i = 0; i < BISECTIONS; i++) {
          double mid = (lo + hi) / 2;
          String t = scan.topAt(sign * mid);
          if (t != null && !t.equals(top)) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        return hi;
      }
      previous = s;
    }
    return null;
  }

  /**
   * The id of the top target with the weight of c scaled by (1 + s); null when nothing can be
   * ranked.
   */
  static String topAt(List<Target> targets, Ranking base, Criterion c, double s) {
    return new Scan(targets, base, c).topAt(s);
  }

  /**
   * The top target as one weight varies, on plain arrays: TOPSIS recomputed from the values;
   * weighted-sum from the normalised values of the base ranking, which do not depend on the
   * weights.
   */
  private static final class Scan {
    private final List<String> ids = new ArrayList<>();
    private final boolean topsis;
    private final double[][] x;
    private final double[] w;
    private final boolean[] higher;
    private final int varied;

    Scan(List<Target> targets, Ranking base, Criterion c) {
      List<Criterion> used = base.used();
      this.topsis = base.method() == ScoringMethod.TOPSIS;
      this.w = new double[used.size()];
      this.higher = new boolean[used.size()];
      for (int j = 0; j < used.size(); j++) {
        w[j] = base.weights().get(used.get(j));
        higher[j] = used.get(j).better() == Better.HIGHER;
      }
      this.varied = used.indexOf(c);
      if (topsis) {
        targets.forEach(t -> ids.add(t.id()));
        this.x = Topsis.matrix(targets, used);
      } else {
        this.x = new double[base.ranked().size()][];
        for (int i = 0; i < x.length; i++) {
          ScoredTarget t = base.ranked().get(i);
          ids.add(t.id());
          x[i] =
              t.criteria().stream()
                  .mapToDouble(cs -> cs.normalised() == null ? 0 : cs.normalised())
                  .toArray();
        }
      }
    }

    String topAt(double s) {
      double[] ws = w.clone();
      ws[varied] = s <= -1 ? 0 : w[varied] * (1 + s);
      double sumW = 0;
      for (double v : ws) {
        sumW += v;
      }
      if (sumW == 0) {
        return null;
      }
      double[] score;
      boolean[] ranked;
      if (topsis) {
        Topsis.Solution sol = new Topsis.Solution(x, ws, higher);
        score = sol.score;
        ranked = sol.eligible;
      } else {
        score = new double[x.length];
        ranked = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
          double sum = 0;
          for (int j = 0; j < ws.length; j++) {
            sum += ws[j] * x[i][j];
          }
          score[i] = 100 * sum / sumW;
          ranked[i] = true;
        }
      }
      String best = null;
      long bestKey = Long.MIN_VALUE;
      for (int i = 0; i < score.length; i++) {
        if (!ranked[i]) {
          continue;
        }
        long key = Scorer.key(score[i]);
        String id = ids.get(i);
        if (best == null || key > bestKey || key == bestKey && id.compareTo(best) < 0) {
          best = id;
          bestKey = key;
        }
      }
      return best;
    }
  }
}
