package dev.pac.history;

import dev.pac.i18n.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * A commit of the first-parent chain as history reads it: the full id, the committer date in pac's
 * time zone, the author's name, the subject, the decisions its trailers record, and the trailers
 * that could not be read ({@code problems}, each a sentence).
 */
public record HistoryCommit(
    String id,
    LocalDate date,
    String author,
    String subject,
    List<Trailer> decisions,
    List<Text> problems) {
  public HistoryCommit {
    decisions = List.copyOf(decisions);
    problems = List.copyOf(problems);
  }

  /** The abbreviated id (7 characters), as git shows it. */
  public String shortId() {
    return id.substring(0, Math.min(7, id.length()));
  }
}
