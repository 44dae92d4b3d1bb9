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
import java.util.List;
import java.util.Locale;

/**
 * The ranking as a table for a terminal, with score bars when colours are on; then the explanation
 * and the sensitivity.
 */
public final class ScoreText implements ScoreRenderer {
  private static final int BAR = 20;
  private final Style style;
  private final Labels l;

  public ScoreText(Style style, Labels labels) {
    this.style = style;
    this.l = labels;
  }

  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    out.println(style.bold(ScoreFormat.title(result, l)));
    out.println(l.get("score.text.weights", ScoreFormat.weights(r, l)));
    out.println();
    ranking(result, out);
    if (!r.excluded().isEmpty()) {
      out.println();
      out.println(l.get("score.text.not-ranked"));
      int idWidth = width(r.excluded(), true);
      int nameWidth = width(r.excluded(), false);
      for (ScoredTarget t : r.excluded()) {
        out.println(
            "  "
                + pad(t.id(), idWidth)
                + "  "
                + pad(t.target().name(), nameWidth)
                + "  "
                + style.yellow(l.get("score.missing", ScoreFormat.ids(t.missing()))));
      }
    }
    boolean anyMissing = r.ranked().stream().anyMatch(t -> !t.missing().isEmpty());
    if (anyMissing) {
      out.println();
      out.println(
          style.yellow(l.get("score.missing-scores-zero", ScoreFormat.singular(result, l))));
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
      out.println(l.get("score.none-ranked", ScoreFormat.singular(result, l)));
      return;
    }
    String kind = ScoreFormat.singular(result, l);
    String rank = l.get("score.col.rank");
    int rankWidth = Math.max(4, rank.length());
    int idWidth = Math.max(kind.length(), width(r.ranked(), true));
    int nameWidth = Math.max(l.get("score.col.name").length(), width(r.ranked(), false));
    StringBuilder head =
        new StringBuilder(pad(rank, rankWidth))
            .append("  ")
            .append(pad(kind, idWidth))
            .append("  ")
            .append(pad(l.get("score.col.name"), nameWidth))
            .append("  ")
            .append(l.get("score.col.score"));
    out.println(style.dim(head.toString()));
    for (ScoredTarget t : r.ranked()) {
      StringBuilder line = new StringBuilder();
      line.append(left(String.valueOf(t.rank()), rankWidth))
          .append("  ")
          .append(pad(t.id(), idWidth))
          .append("  ")
          .append(pad(t.target().name(), nameWidth))
          .append("  ")
          .append(left(l.plain(points(t.score())), 5));
      if (style.color()) {
        String bar = bar(t.score());
        line.append("  ").append(style.green(bar)).append(" ".repeat(BAR + 1 - bar.length()));
      }
      if (!t.missing().isEmpty()) {
        line.append("  ")
            .append(
                style.yellow(
                    l.get("score.missing", ScoreFormat.ids(t.missing()))
                        + " ("
                        + l.get("score.scored-zero")
                        + ")"));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private void explain(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println(style.bold(l.get("score.why")));
    if (r.method() == ScoringMethod.WEIGHTED_SUM) {
      out.println(l.get("score.text.why.sum.1"));
      out.println(
          l.get("score.text.why.sum.2", l.plain(PlainNumber.of(ScoreFormat.sumOfWeights(r)))));
    } else {
      out.println(l.get("score.text.why.topsis.1"));
      out.println(l.get("score.text.why.topsis.2"));
      out.println(l.get("score.text.why.topsis.3", ScoreFormat.singular(result, l)));
    }
    String criterion = l.get("score.col.criterion");
    int critWidth = criterion.length();
    for (var c : r.used()) {
      critWidth = Math.max(critWidth, c.id().length());
    }
    for (ScoredTarget t : r.ranked()) {
      out.println();
      out.println(
          style.bold(t.rank() + ". " + t.id())
              + "  "
              + t.target().name()
              + "  "
              + l.plain(points(t.score())));
      if (t.distanceToIdeal() != null) {
        out.println(
            "   "
                + l.get(
                    "score.text.distances",
                    l.plain(String.format(Locale.ROOT, "%.4f", t.distanceToIdeal())),
                    l.plain(String.format(Locale.ROOT, "%.4f", t.distanceToAntiIdeal()))));
      }
      out.println(
          style.dim(
              "   "
                  + pad(criterion, critWidth)
                  + "  "
                  + pad(l.get("score.col.weight"), 6)
                  + "  "
                  + left(l.get("score.col.value"), 12)
                  + "  "
                  + left(l.get("score.col.normalised"), 11)
                  + "  "
                  + left(l.get("score.col.contribution"), 12)));
      for (CriterionScore cs : t.criteria()) {
        out.println(
            "   "
                + pad(cs.criterion().id(), critWidth)
                + "  "
                + left(l.plain(PlainNumber.of(cs.weight())), 6)
                + "  "
                + left(
                    cs.value() == null
                        ? l.get("score.value-missing")
                        : l.plain(ScoreFormat.value(cs.value())),
                    12)
                + "  "
                + left(
                    cs.normalised() == null
                        ? "0 (" + l.get("score.value-missing") + ")"
                        : l.plain(normalised(cs.normalised())),
                    11)
                + "  "
                + left(l.plain(points(cs.contribution())), 12));
      }
      out.println(
          "   "
              + pad("", critWidth)
              + "  "
              + pad("", 6)
              + "  "
              + pad("", 12)
              + "  "
              + left(l.get("score.col.score"), 11)
              + "  "
              + left(l.plain(points(t.score())), 12));
    }
  }

  private void sensitivity(ScoreResult result, PrintWriter out) {
    Ranking r = result.ranking();
    out.println();
    out.println(style.bold(l.get("score.sensitivity")));
    out.println(
        r.top().isEmpty()
            ? l.get("score.sensitivity.none-ranked", ScoreFormat.singular(result, l))
                + l.get("score.colon")
            : l.get("score.sensitivity.top", ScoreFormat.singular(result, l), r.top().get().id())
                + l.get("score.colon"));
    String criterion = l.get("score.col.criterion");
    int critWidth = criterion.length();
    for (Sensitivity s : result.sensitivity()) {
      critWidth = Math.max(critWidth, s.criterion().id().length());
    }
    out.println(
        style.dim(
            "  "
                + pad(criterion, critWidth)
                + "  "
                + pad(l.get("score.col.weight"), 6)
                + "  "
                + pad(l.get("score.col.decrease"), 24)
                + "  "
                + l.get("score.col.increase")));
    for (Sensitivity s : result.sensitivity()) {
      out.println(
          ("  "
                  + pad(s.criterion().id(), critWidth)
                  + "  "
                  + left(l.plain(PlainNumber.of(s.weight())), 6)
                  + "  "
                  + flip(s.flipDownPct(), s.downChallenger(), "-", 24)
                  + "  "
                  + flip(s.flipUpPct(), s.upChallenger(), "+", 0))
              .stripTrailing());
    }
    out.println(l.get("score.text.sensitivity.note.1"));
    out.println(l.get("score.text.sensitivity.note.2"));
  }

  /** "-12.5 % → smb" padded to width, yellow when under 10 %; "none" when no flip. */
  private String flip(Double pct, String challenger, String sign, int width) {
    String s =
        pct == null
            ? l.get("score.flip-none")
            : sign + l.percent(l.plain(pct(pct))) + " → " + challenger;
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
