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

/** The ranking as GitHub-flavoured Markdown tables, for a pull request or a wiki page. */
public final class ScoreMarkdown implements ScoreRenderer {
  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    String kind = ScoreFormat.singular(result);
    out.println("## " + cell(ScoreFormat.title(result)));
    out.println();
    out.println("Weights: " + ScoreFormat.weights(r) + ".");
    out.println();
    out.println("| Rank | " + ScoreFormat.capitalised(kind) + " | Name | Score | Missing |");
    out.println("|---:|---|---|---:|---|");
    for (ScoredTarget t : r.ranked()) {
      out.println("| " + t.rank() + " | " + cell(t.id()) + " | " + cell(t.target().name()) + " | " + points(t.score())
          + " | " + (t.missing().isEmpty() ? "" : cell(ScoreFormat.ids(t.missing())) + " (scored 0)") + " |");
    }
    for (ScoredTarget t : r.excluded()) {
      out.println("| — | " + cell(t.id()) + " | " + cell(t.target().name()) + " | — | "
          + cell(ScoreFormat.ids(t.missing())) + " (not ranked) |");
    }
    if (!r.excluded().isEmpty()) {
      out.println();
      out.println("TOPSIS ranks only the " + result.of().id() + " that give every weighted criterion.");
    }
    if (r.ranked().stream().anyMatch(t -> !t.missing().isEmpty())) {
      out.println();
      out.println("A missing criterion scores 0 for that " + kind + ": give its value in the plan for a fair rank.");
    }
    if (explain) {
      explain(result, out);
    }
    if (result.sensitivity() != null) {
      sensitivity(result, out);
    }
  }

  private static void explain(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println("### Why this order");
    out.println();
    if (r.method() == ScoringMethod.WEIGHTED_SUM) {
      out.println("Normalised: 0 for the worst value of the criterion, 1 for the best. Contribution = 100 × weight × "
          + "normalised / " + exact(ScoreFormat.sumOfWeights(r)) + " (the sum of the weights); the contributions add up to the score.");
    } else {
      out.println("Normalised: the value divided by √(sum of the squared values of the criterion). Score = 100 × d⁻ / (d⁺ + d⁻), "
          + "the distances to the ideal and the anti-ideal. Contribution: the score split by each criterion's share of d⁻².");
    }
    for (ScoredTarget t : r.ranked()) {
      out.println();
      out.println("#### " + t.rank() + ". " + cell(t.id()) + " — " + cell(t.target().name()) + ": " + points(t.score()));
      out.println();
      out.println("| Criterion | Weight | Value | Normalised | Contribution |");
      out.println("|---|---:|---:|---:|---:|");
      for (CriterionScore cs : t.criteria()) {
        out.println("| " + cs.criterion().id() + " | " + exact(cs.weight()) + " | "
            + (cs.value() == null ? "missing" : ScoreFormat.value(cs.value())) + " | "
            + (cs.normalised() == null ? "0 (missing)" : normalised(cs.normalised())) + " | " + points(cs.contribution()) + " |");
      }
      out.println("| **score** | | | | **" + points(t.score()) + "** |");
    }
  }

  private static void sensitivity(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println("### Sensitivity");
    out.println();
    out.println((r.top().isEmpty()
        ? "Nothing is ranked now; how much one weight alone must change for some " + ScoreFormat.singular(result) + " to be ranked first"
        : "How much one weight alone must change for another " + ScoreFormat.singular(result)
            + " to take the top from " + cell(r.top().get().id())) + " (none: no change within 100 % does).");
    out.println();
    out.println("| Criterion | Weight | Decrease | Increase |");
    out.println("|---|---:|---|---|");
    for (Sensitivity s : result.sensitivity()) {
      out.println("| " + s.criterion().id() + " | " + exact(s.weight()) + " | " + flip(s.flipDownPct(), s.downChallenger(), "-")
          + " | " + flip(s.flipUpPct(), s.upChallenger(), "+") + " |");
    }
  }

  private static String flip(Double pct, String challenger, String sign) {
    return pct == null ? "none" : sign + pct(pct) + " % → " + cell(challenger);
  }

  /** Text made safe for a table cell: pipes escaped, line breaks as spaces. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
