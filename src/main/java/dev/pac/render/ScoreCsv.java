package dev.pac.render;

import dev.pac.text.PlainNumber;
import static dev.pac.render.ScoreFormat.pct;
import static dev.pac.render.ScoreFormat.points;

import dev.pac.model.Criterion;
import dev.pac.score.CriterionScore;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Sensitivity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row a target: {@code rank,id,name,score,missing}, then {@code <criterion>_contribution} for each
 * weighted criterion (with explain also {@code <criterion>_value} and {@code <criterion>_normalised});
 * scores and contributions with one decimal, empty cells where undefined. With the sensitivity, a blank
 * line then a second table {@code criterion,weight,flip_down_pct,flip_up_pct}, printed with Commons CSV's
 * {@code CSVPrinter}: RFC 4180 quoting, LF line ends; a text cell starting with = + - @ (or a tab or carriage return) gets a leading ' so that a
 * spreadsheet does not run it as a formula.
 */
public final class ScoreCsv implements ScoreRenderer {
  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    List<String> head = new ArrayList<>(List.of("rank", "id", "name", "score", "missing"));
    for (Criterion c : r.used()) {
      if (explain) {
        head.add(c.id() + "_value");
        head.add(c.id() + "_normalised");
      }
      head.add(c.id() + "_contribution");
    }
    row(out, head);
    for (ScoredTarget t : r.all()) {
      List<String> cells = new ArrayList<>();
      cells.add(t.ranked() ? String.valueOf(t.rank()) : "");
      cells.add(t.id());
      cells.add(t.target().name());
      cells.add(t.ranked() ? points(t.score()) : "");
      cells.add(t.missing().stream().map(Criterion::id).collect(Collectors.joining(" ")));
      for (CriterionScore cs : t.criteria()) {
        if (explain) {
          cells.add(cs.value() == null ? "" : PlainNumber.of(cs.value()));
          cells.add(cs.normalised() == null ? "" : ScoreFormat.normalised(cs.normalised()));
        }
        cells.add(cs.contribution() == null ? "" : points(cs.contribution()));
      }
      row(out, cells);
    }
    if (result.sensitivity() != null) {
      out.print("\n");
      row(out, List.of("criterion", "weight", "flip_down_pct", "flip_up_pct"));
      for (Sensitivity s : result.sensitivity()) {
        row(out, List.of(s.criterion().id(), PlainNumber.of(s.weight()), s.flipDownPct() == null ? "" : pct(s.flipDownPct()),
            s.flipUpPct() == null ? "" : pct(s.flipUpPct())));
      }
    }
  }

  /** RFC 4180 with LF line ends; Commons CSV quotes a cell that needs it. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private static void row(PrintWriter out, List<String> cells) {
    try {
      // a printer a record: the writer is picocli's, and the printer must not close it
      new CSVPrinter(out, FORMAT).printRecord(cells.stream().map(ScoreCsv::cell).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter does not throw
    }
  }

  /** A cell with formula-like text neutralised (a leading '), so that a spreadsheet shows it as text. */
  static String cell(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
