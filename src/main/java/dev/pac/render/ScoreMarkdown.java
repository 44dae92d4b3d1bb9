package dev.pac.render;

import static dev.pac.render.ScoreFormat.normalised;
import static dev.pac.render.ScoreFormat.pct;
import static dev.pac.render.ScoreFormat.points;

import dev.pac.model.ScoringMethod;
import dev.pac.score.CriterionScore;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Sensitivity;
import dev.pac.text.PlainNumber;
import java.io.PrintWriter;

/** The ranking as GitHub-flavoured Markdown tables, for a pull request or a wiki page. */
public final class ScoreMarkdown implements ScoreRenderer {
  private final Labels l;

  public ScoreMarkdown(Labels labels) {
    this.l = labels;
  }

  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    String kind = ScoreFormat.singular(result, l);
    out.println("## " + Markdown.cell(ScoreFormat.title(result, l)));
    out.println();
    out.println(l.get("score.md.weights", ScoreFormat.weights(r, l)));
    out.println();
    out.println(
        "| "
            + l.get("score.md.rank")
            + " | "
            + ScoreFormat.capitalised(kind)
            + " | "
            + l.get("score.md.name")
            + " | "
            + l.get("score.md.score")
            + " | "
            + l.get("score.md.missing")
            + " |");
    out.println("|---:|---|---|---:|---|");
    for (ScoredTarget t : r.ranked()) {
      out.println(
          "| "
              + t.rank()
              + " | "
              + Markdown.cell(t.id())
              + " | "
              + Markdown.text(t.target().name())
              + " | "
              + l.plain(points(t.score()))
              + " | "
              + (t.missing().isEmpty()
                  ? ""
                  : Markdown.cell(ScoreFormat.ids(t.missing()))
                      + " ("
                      + l.get("score.scored-zero")
                      + ")")
              + " |");
    }
    for (ScoredTarget t : r.excluded()) {
      out.println(
          "| — | "
              + Markdown.cell(t.id())
              + " | "
              + Markdown.text(t.target().name())
              + " | — | "
              + Markdown.cell(ScoreFormat.ids(t.missing()))
              + " ("
              + l.get("score.md.not-ranked")
              + ") |");
    }
    if (!r.excluded().isEmpty()) {
      out.println();
      out.println(l.get("score.md.topsis-only", ScoreFormat.plural(result, l)));
    }
    if (r.ranked().stream().anyMatch(t -> !t.missing().isEmpty())) {
      out.println();
      out.println(l.get("score.missing-scores-zero", kind));
    }
    if (explain) {
      explain(result, out);
    }
    if (result.sensitivity() != null) {
      sensitivity(result, out);
    }
  }

  private void explain(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println("### " + l.get("score.why"));
    out.println();
    if (r.method() == ScoringMethod.WEIGHTED_SUM) {
      out.println(l.get("score.md.why.sum", l.plain(PlainNumber.of(ScoreFormat.sumOfWeights(r)))));
    } else {
      out.println(l.get("score.md.why.topsis"));
    }
    for (ScoredTarget t : r.ranked()) {
      out.println();
      out.println(
          "#### "
              + t.rank()
              + ". "
              + Markdown.cell(t.id())
              + " — "
              + Markdown.text(t.target().name())
              + l.get("score.colon")
              + " "
              + l.plain(points(t.score())));
      out.println();
      out.println(
          "| "
              + l.get("score.md.criterion")
              + " | "
              + l.get("score.md.weight")
              + " | "
              + l.get("score.md.value")
              + " | "
              + l.get("score.md.normalised")
              + " | "
              + l.get("score.md.contribution")
              + " |");
      out.println("|---|---:|---:|---:|---:|");
      for (CriterionScore cs : t.criteria()) {
        out.println(
            "| "
                + cs.criterion().id()
                + " | "
                + l.plain(PlainNumber.of(cs.weight()))
                + " | "
                + (cs.value() == null
                    ? l.get("score.value-missing")
                    : l.plain(ScoreFormat.value(cs.value())))
                + " | "
                + (cs.normalised() == null
                    ? "0 (" + l.get("score.value-missing") + ")"
                    : l.plain(normalised(cs.normalised())))
                + " | "
                + l.plain(points(cs.contribution()))
                + " |");
      }
      out.println(
          "| **"
              + l.get("score.col.score")
              + "** | | | | **"
              + l.plain(points(t.score()))
              + "** |");
    }
  }

  private void sensitivity(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println("### " + l.get("score.sensitivity"));
    out.println();
    out.println(
        (r.top().isEmpty()
                ? l.get("score.sensitivity.none-ranked", ScoreFormat.singular(result, l))
                : l.get(
                    "score.sensitivity.top",
                    ScoreFormat.singular(result, l),
                    Markdown.cell(r.top().get().id())))
            + l.get("score.md.sensitivity.note"));
    out.println();
    out.println(
        "| "
            + l.get("score.md.criterion")
            + " | "
            + l.get("score.md.weight")
            + " | "
            + l.get("score.md.decrease")
            + " | "
            + l.get("score.md.increase")
            + " |");
    out.println("|---|---:|---|---|");
    for (Sensitivity s : result.sensitivity()) {
      out.println(
          "| "
              + s.criterion().id()
              + " | "
              + l.plain(PlainNumber.of(s.weight()))
              + " | "
              + flip(s.flipDownPct(), s.downChallenger(), "-")
              + " | "
              + flip(s.flipUpPct(), s.upChallenger(), "+")
              + " |");
    }
  }

  private String flip(Double pct, String challenger, String sign) {
    return pct == null
        ? l.get("score.flip-none")
        : sign + l.percent(l.plain(pct(pct))) + " → " + Markdown.cell(challenger);
  }
}
