package dev.pac.render;

import static dev.pac.render.ScoreFormat.exact;
import static dev.pac.render.ScoreFormat.normalised;
import static dev.pac.render.ScoreFormat.pct;
import static dev.pac.render.ScoreFormat.points;

import dev.pac.model.ScoringMethod;
import dev.pac.score.CriterionScore;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Sensitivity;
import java.io.PrintWriter;
import java.util.List;

/** The ranking as a table for a terminal, with score bars when colours are on; then the explanation and the sensitivity. */
public final class ScoreText implements ScoreRenderer {
  private static final int BAR = 20;
  private final Style style;

  public ScoreText(Style style) {
    this.style = style;
  }

  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    out.println(style.bold(ScoreFormat.title(result)));
    out.println("weights: " + ScoreFormat.weights(r));
    out.println();
    ranking(result, out);
    if (!r.excluded().isEmpty()) {
      out.println();
      out.println("Not ranked: TOPSIS needs every weighted criterion, and these lack some:");
      int idWidth = width(r.excluded(), true);
      int nameWidth = width(r.excluded(), false);
      for (ScoredTarget t : r.excluded()) {
        out.println("  " + pad(t.id(), idWidth) + "  " + pad(t.target().name(), nameWidth) + "  "
            + style.yellow("missing " + ScoreFormat.ids(t.missing())));
      }
    }
    boolean anyMissing = r.ranked().stream().anyMatch(t -> !t.missing().isEmpty());
    if (anyMissing) {
      out.println();
      out.println(style.yellow("A missing criterion scores 0 for that " + ScoreFormat.singular(result)
          + ": give its value in the plan for a fair rank."));
    }
    if (explain) {
      explain(result, out);
    }
    if (result.sensitivity() != null) {
      sensitivity(result, out);
    }
  }

  private void ranking(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    if (r.ranked().isEmpty()) {
      out.println("No " + ScoreFormat.singular(result) + " could be ranked.");
      return;
    }
    int idWidth = Math.max(ScoreFormat.singular(result).length(), width(r.ranked(), true));
    int nameWidth = Math.max(4, width(r.ranked(), false));
    StringBuilder head = new StringBuilder("rank  ").append(pad(ScoreFormat.singular(result), idWidth)).append("  ")
        .append(pad("name", nameWidth)).append("  score");
    out.println(style.dim(head.toString()));
    for (ScoredTarget t : r.ranked()) {
      StringBuilder line = new StringBuilder();
      line.append(left(String.valueOf(t.rank()), 4)).append("  ").append(pad(t.id(), idWidth)).append("  ")
          .append(pad(t.target().name(), nameWidth)).append("  ").append(left(points(t.score()), 5));
      if (style.color()) {
        String bar = bar(t.score());
        line.append("  ").append(style.green(bar)).append(" ".repeat(BAR + 1 - bar.length()));
      }
      if (!t.missing().isEmpty()) {
        line.append("  ").append(style.yellow("missing " + ScoreFormat.ids(t.missing()) + " (scored 0)"));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private void explain(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println(style.bold("Why this order"));
    if (r.method() == ScoringMethod.WEIGHTED_SUM) {
      out.println("normalised: 0 for the worst value of the criterion, 1 for the best (1 for all when they are equal);");
      out.println("contribution = 100 × weight × normalised / " + exact(ScoreFormat.sumOfWeights(r))
          + " (the sum of the weights); the contributions add up to the score.");
    } else {
      out.println("normalised: the value divided by √(sum of the squared values of the criterion);");
      out.println("score = 100 × d- / (d+ + d-), d+ and d- the distances to the ideal and the anti-ideal;");
      out.println("contribution: the score split by each criterion's share of d-² (how far it carries the "
          + ScoreFormat.singular(result) + " from the worst).");
    }
    int critWidth = "criterion".length();
    for (var c : r.used()) {
      critWidth = Math.max(critWidth, c.id().length());
    }
    for (ScoredTarget t : r.ranked()) {
      out.println();
      out.println(style.bold(t.rank() + ". " + t.id()) + "  " + t.target().name() + "  " + points(t.score()));
      if (t.distanceToIdeal() != null) {
        out.println("   d+ " + String.format(java.util.Locale.ROOT, "%.4f", t.distanceToIdeal())
            + ", d- " + String.format(java.util.Locale.ROOT, "%.4f", t.distanceToAntiIdeal()));
      }
      out.println(style.dim("   " + pad("criterion", critWidth) + "  weight         value   normalised  contribution"));
      for (CriterionScore cs : t.criteria()) {
        out.println("   " + pad(cs.criterion().id(), critWidth) + "  " + left(exact(cs.weight()), 6) + "  "
            + left(cs.value() == null ? "missing" : ScoreFormat.value(cs.value()), 12) + "  "
            + left(cs.normalised() == null ? "0 (missing)" : normalised(cs.normalised()), 11) + "  "
            + left(points(cs.contribution()), 12));
      }
      out.println("   " + pad("", critWidth) + "  " + pad("", 6) + "  " + pad("", 12) + "  " + left("score", 11) + "  "
          + left(points(t.score()), 12));
    }
  }

  private void sensitivity(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println(style.bold("Sensitivity"));
    out.println(r.top().isEmpty()
        ? "Nothing is ranked now; how much one weight alone must change for some " + ScoreFormat.singular(result) + " to be ranked first:"
        : "How much one weight alone must change for another " + ScoreFormat.singular(result) + " to take the top from "
            + r.top().get().id() + ":");
    int critWidth = "criterion".length();
    for (Sensitivity s : result.sensitivity()) {
      critWidth = Math.max(critWidth, s.criterion().id().length());
    }
    out.println(style.dim("  " + pad("criterion", critWidth) + "  weight  " + pad("decrease", 24) + "  increase"));
    for (Sensitivity s : result.sensitivity()) {
      out.println(("  " + pad(s.criterion().id(), critWidth) + "  " + left(exact(s.weight()), 6) + "  "
          + flip(s.flipDownPct(), s.downChallenger(), "-", 24) + "  " + flip(s.flipUpPct(), s.upChallenger(), "+", 0))
          .stripTrailing());
    }
    out.println("none: no change of that weight within 100 % changes the top. A threshold under 10 % (in yellow on");
    out.println("a terminal) means the top place depends on that weight being set just so.");
  }

  /** "-12.5 % → smb" padded to width, yellow when under 10 %; "none" when no flip. */
  private String flip(Double pct, String challenger, String sign, int width) {
    String s = pct == null ? "none" : sign + pct(pct) + " % → " + challenger;
    String padded = pad(s, width);
    return pct != null && pct < 10 ? style.yellow(s) + padded.substring(s.length()) : padded;
  }

  static String bar(double score) {
    double cells = Math.max(0, Math.min(100, score)) / 100 * BAR;
    int full = (int) Math.floor(cells);
    int eighths = (int) Math.round((cells - full) * 8);
    if (eighths == 8) {
      full++;
      eighths = 0;
    }
    StringBuilder b = new StringBuilder("█".repeat(Math.min(full, BAR)));
    if (eighths > 0) {
      b.append("▏▎▍▌▋▊▉".charAt(eighths - 1));
    }
    return b.toString();
  }

  private static int width(List<ScoredTarget> ts, boolean id) {
    int w = 0;
    for (ScoredTarget t : ts) {
      w = Math.max(w, (id ? t.id() : t.target().name()).length());
    }
    return w;
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
