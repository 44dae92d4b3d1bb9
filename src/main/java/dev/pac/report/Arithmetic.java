package dev.pac.report;

import dev.pac.model.Better;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The report's formulas (docs/report.md, "How each figure is computed"), one method each, exactly
 * as written there.
 */
public final class Arithmetic {
  private Arithmetic() {}

  /** x(d) = d − start + 1, in days: x(start) = 1, the window's start itself is position 0. */
  public static long position(LocalDate start, LocalDate d) {
    return ChronoUnit.DAYS.between(start, d) + 1;
  }

  /** t = clamp(x(D) / x(deadline), 0, 1). */
  public static double elapsed(long xD, long xDeadline) {
    return Math.max(0.0, Math.min(1.0, (double) xD / xDeadline));
  }

  /**
   * expected: piecewise linear through (0, s₀), each (x(m), value) and (x(deadline), target),
   * evaluated at x clamped to [0, x(deadline)]. {@code xs}/{@code vs} are those points in order.
   */
  public static double expected(List<Long> xs, List<Double> vs, long x) {
    long last = xs.get(xs.size() - 1);
    long at = Math.max(0, Math.min(last, x));
    for (int i = 0; i + 1 < xs.size(); i++) {
      long x0 = xs.get(i);
      long x1 = xs.get(i + 1);
      if (at == x0) {
        return vs.get(i);
      }
      if (at < x1) {
        double v0 = vs.get(i);
        double v1 = vs.get(i + 1);
        return v0 + (v1 - v0) * (at - x0) / (x1 - x0);
      }
    }
    return vs.get(vs.size() - 1);
  }

  /** variance = actual − expected. */
  public static Double variance(Double actual, double expected) {
    return actual == null ? null : actual - expected;
  }

  /** variance_pct = 100 × variance / |expected| (null when expected = 0). */
  public static Double variancePct(Double variance, double expected) {
    return variance == null || expected == 0 ? null : 100 * variance / Math.abs(expected);
  }

  /**
   * attainment: sum → actual / target; otherwise (actual − baseline) / (target − baseline); null
   * when the divisor is 0.
   */
  public static Double attainment(boolean sum, Double actual, Double baseline, double target) {
    if (actual == null) {
      return null;
    }
    if (sum) {
      return target == 0 ? null : actual / target;
    }
    return target == baseline ? null : (actual - baseline) / (target - baseline);
  }

  /** pace = attainment / t (null when t = 0). */
  public static Double pace(Double attainment, double t) {
    return attainment == null || t == 0 ? null : attainment / t;
  }

  /**
   * projection: sum → actual / t; otherwise baseline + (actual − baseline) / t (null when t = 0).
   */
  public static Double projection(boolean sum, Double actual, Double baseline, double t) {
    if (actual == null || t == 0) {
      return null;
    }
    return sum ? actual / t : baseline + (actual - baseline) / t;
  }

  /**
   * status, the first that applies: not-started when E &lt; start; no-data without an actual or an
   * attainment; once the window is over (C ≥ deadline) achieved or missed; for a ceiling (a summed
   * KPI where lower is better) off-track above the target, else by projection; else by attainment
   * and pace.
   */
  public static Status status(
      boolean notStarted,
      boolean over,
      boolean ceiling,
      Double actual,
      Double attainment,
      Double pace,
      Double projection,
      double target,
      double onTrack,
      double atRisk) {
    if (notStarted) {
      return Status.NOT_STARTED;
    }
    if (actual == null || attainment == null) {
      return Status.NO_DATA;
    }
    if (over) {
      return (ceiling ? actual <= target : attainment >= 1) ? Status.ACHIEVED : Status.MISSED;
    }
    if (ceiling) {
      if (actual > target) {
        return Status.OFF_TRACK;
      }
      if (projection <= target) {
        return Status.ON_TRACK;
      }
      return projection <= target / atRisk ? Status.AT_RISK : Status.OFF_TRACK;
    }
    if (attainment >= 1) {
      return Status.ACHIEVED;
    }
    if (pace >= onTrack) {
      return Status.ON_TRACK;
    }
    if (pace >= atRisk) {
      return Status.AT_RISK;
    }
    return Status.OFF_TRACK;
  }

  /** change_pct = 100 × (W − P) / |P| (null when P = 0). */
  public static Double changePct(double previous, double current) {
    return previous == 0 ? null : 100 * (current - previous) / Math.abs(previous);
  }

  /**
   * An alert fires when change_pct &lt; −threshold for better: higher, or &gt; +threshold for
   * better: lower.
   */
  public static boolean alert(Better better, double changePct, double thresholdPct) {
    return better == Better.LOWER ? changePct > thresholdPct : changePct < -thresholdPct;
  }

  /** The review window's first day: max(start, C − 7·window_weeks + 1). */
  public static LocalDate windowStart(LocalDate start, LocalDate cutOff, int windowWeeks) {
    LocalDate w = cutOff.minusDays(7L * windowWeeks - 1);
    return w.isAfter(start) ? w : start;
  }

  /** roi = return / spend (null when spend ≤ 0). */
  public static Double roi(double spend, double ret) {
    return spend <= 0 ? null : zero(ret / spend);
  }

  /**
   * decision, first that applies: no-data when spend and return are both 0; too-early when C −
   * start + 1 &lt; 7·window_weeks; continue when spend ≤ 0 or roi ≥ min_roi; else adjust-or-stop.
   */
  public static Decision decision(
      LocalDate start, LocalDate cutOff, int windowWeeks, double spend, double ret, double minRoi) {
    if (spend == 0 && ret == 0) {
      return Decision.NO_DATA;
    }
    if (position(start, cutOff) < 7L * windowWeeks) {
      return Decision.TOO_EARLY;
    }
    if (spend <= 0 || ret / spend >= minRoi) {
      return Decision.CONTINUE;
    }
    return Decision.ADJUST_OR_STOP;
  }

  /** −0.0 as 0.0, so that no figure prints as "−0". */
  public static double zero(double x) {
    return x + 0.0;
  }

  /** burn = spend_to_date / budget (null when budget = 0). */
  public static Double burn(double spendToDate, double budget) {
    return budget == 0 ? null : spendToDate / budget;
  }
}
