package dev.pac.score;

import static dev.pac.model.Criterion.EFFORT;
import static dev.pac.model.Criterion.SAM;
import static dev.pac.score.Targets.target;
import static dev.pac.score.Targets.weights;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Lang;
import dev.pac.model.ScoringMethod;
import dev.pac.model.Target;
import dev.pac.render.CsvDialect;
import dev.pac.render.Labels;
import dev.pac.render.ScoreCsv;
import dev.pac.render.ScoreRenderer;
import dev.pac.render.ScoreText;
import dev.pac.render.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the golden CLI cases cannot show: a terminal (bars and colours), and CSV cells a spreadsheet
 * would run.
 */
class ScoreRenderingTest {
  private static final Labels EN = Labels.of(Lang.EN);

  static ScoreResult result(List<Target> ts) {
    return new ScoreResult(
        "p",
        TargetKind.SEGMENTS,
        Scorer.rank(ts, weights(SAM, 1, EFFORT, 1), ScoringMethod.WEIGHTED_SUM),
        null);
  }

  static String render(ScoreRenderer r, ScoreResult result) {
    StringWriter s = new StringWriter();
    r.render(result, false, new PrintWriter(s));
    return s.toString();
  }

  @Test
  void barsOnlyOnATerminal() {
    // a: sam 0, effort 1 -> 50; b: 1, 1 -> 100: b has 20 full cells, a 10
    ScoreResult r = result(List.of(target("a", SAM, 1, EFFORT, 1), target("b", SAM, 2, EFFORT, 1)));
    String color = render(new ScoreText(new Style(true), EN), r);
    assertTrue(color.contains("█".repeat(20)), color);
    assertTrue(color.contains("█".repeat(10) + "\u001b[0m"), color);
    assertTrue(color.contains("\u001b["), color);
    String plain = render(new ScoreText(Style.PLAIN, EN), r);
    assertFalse(plain.contains("█"), plain);
    assertFalse(plain.contains("\u001b["), plain);
  }

  @Test
  void csvNeutralisesFormulaLikeNames() {
    List<Target> ts =
        List.of(
            new Target(
                "a", "=1+2", null, null, 5.0, null, null, null, null, null, null, null, null, null,
                1.0),
            new Target(
                "b", "-3", null, null, 4.0, null, null, null, null, null, null, null, null, null,
                1.0),
            new Target(
                "c",
                "@SUM(A1)",
                null,
                null,
                3.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1.0),
            new Target(
                "d",
                "+x, \"y\"",
                null,
                null,
                2.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1.0));
    String csv = render(new ScoreCsv(CsvDialect.RFC4180), result(ts));
    assertTrue(csv.contains(",'=1+2,"), csv);
    assertTrue(csv.contains(",'-3,"), csv);
    assertTrue(csv.contains(",'@SUM(A1),"), csv);
    assertTrue(csv.contains(",\"'+x, \"\"y\"\"\","), csv);
  }
}
