package dev.pac.render;

import static dev.pac.render.ScoreFormat.pct;
import static dev.pac.render.ScoreFormat.points;

import dev.pac.model.Criterion;
import dev.pac.score.CriterionScore;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Sensitivity;
import dev.pac.text.PlainNumber;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row a target: {@code rank,id,name,score,missing}, then {@code <criterion>_contribution} for
 * each weighted criterion (with explain also {@code <criterion>_value} and {@code
 * <criterion>_normalised}); scores and contributions with one decimal, empty cells where undefined.
 * With the sensitivity, the sensitivity table instead ({@code
 * criterion,weight,flip_down_pct,flip_up_pct}): one table a CSV, so a spreadsheet opens each as it
 * is (the ranking comes from the same command without {@code --sensitivity}). Written with Commons
 * CSV in a {@link CsvDialect}; a text cell starting with = + - @ (or a tab or carriage return) gets
 * a leading ' so that a spreadsheet does not run it as a formula.
 */
public final class ScoreCsv implements ScoreRenderer {
  private final CsvDialect dialect;

  public ScoreCsv(CsvDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    out.print(dialect.preamble());
    if (result.sensitivity() != null) {
      CSVPrinter csv = printer(out, "criterion", "weight", "flip_down_pct", "flip_up_pct");
      for (Sensitivity s : result.sensitivity()) {
        row(
            csv,
            List.of(
                s.criterion().id(),
                num(PlainNumber.of(s.weight())),
                s.flipDownPct() == null ? "" : num(pct(s.flipDownPct())),
                s.flipUpPct() == null ? "" : num(pct(s.flipUpPct()))));
      }
      out.flush();
      return;
    }
    Ranking r = result.ranking();
    List<String> head = new ArrayList<>(List.of("rank", "id", "name", "score", "missing"));
    for (Criterion c : r.used()) {
      if (explain) {
        head.add(c.id() + "_value");
        head.add(c.id() + "_normalised");
      }
      head.add(c.id() + "_contribution");
    }
    CSVPrinter csv = printer(out, head.toArray(String[]::new));
    for (ScoredTarget t : r.all()) {
      List<String> cells = new ArrayList<>();
      cells.add(t.ranked() ? String.valueOf(t.rank()) : "");
      cells.add(cell(t.id()));
      cells.add(cell(t.target().name()));
      cells.add(t.ranked() ? num(points(t.score())) : "");
      cells.add(t.missing().stream().map(Criterion::id).collect(Collectors.joining(" ")));
      for (CriterionScore cs : t.criteria()) {
        if (explain) {
          cells.add(cs.value() == null ? "" : num(PlainNumber.of(cs.value())));
          cells.add(cs.normalised() == null ? "" : num(ScoreFormat.normalised(cs.normalised())));
        }
        cells.add(cs.contribution() == null ? "" : num(points(cs.contribution())));
      }
      row(csv, cells);
    }
    out.flush();
  }

  private String num(String plain) {
    return dialect.number(plain);
  }

  private CSVPrinter printer(PrintWriter out, String... header) {
    try {
      return new CSVPrinter(out, dialect.format(header)); // not closed: the writer is picocli's
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter does not throw
    }
  }

  private static void row(CSVPrinter csv, List<String> cells) {
    try {
      csv.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell with formula-like text neutralised (a leading '), so that a spreadsheet shows it as
   * text.
   */
  static String cell(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
