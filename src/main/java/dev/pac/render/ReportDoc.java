package dev.pac.render;

import dev.pac.report.ObjectiveResult;
import java.util.List;

/**
 * The human-readable report of one plan, built once ({@link ReportDocs}) as sections of words and
 * cells, and written thinly by {@link ReportText}, {@link ReportMarkdown} and {@link ReportHtml}:
 * every number, word and note is decided here, so the three formats say the same thing.
 */
record ReportDoc(String title, String id, List<String> meta, List<Section> sections) {
  /** How a cell or an item should catch the eye: colour in a terminal, a badge colour in HTML. */
  enum Tone {
    PLAIN,
    GOOD,
    WARN,
    BAD,
    DIM
  }

  /**
   * A section: a heading, a short qualifier (may be empty), its blocks. {@code key} names it for
   * HTML.
   */
  record Section(String key, String heading, String qualifier, List<Block> blocks) {}

  sealed interface Block permits Items, Table, Notes, Text, Charts {}

  /** A list of short sentences, each with its tone (what needs attention). */
  record Items(List<Item> items) implements Block {}

  record Item(Tone tone, String text) {}

  /** A table; {@code caption} titles it when a section holds several (may be empty). */
  record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {}

  /** A column title; {@code number} right-aligns it. */
  record Column(String title, boolean number) {}

  /**
   * A cell: its text, its tone, a second line ({@code detail}, may be empty) that HTML shows small
   * and the other formats leave out, a badge class for HTML (a status id, or null), and values for
   * a sparkline (null unless the cell is a trend).
   */
  record Cell(String text, Tone tone, String detail, String badge, List<Double> spark) {
    static Cell of(String text) {
      return new Cell(text, Tone.PLAIN, "", null, null);
    }

    static Cell of(String text, Tone tone) {
      return new Cell(text, tone, "", null, null);
    }
  }

  /**
   * Notes that qualify the figures above them: roll-ups, stale KPIs, ignored rows, missing data.
   */
  record Notes(List<String> notes) implements Block {}

  /** A sentence of its own. */
  record Text(String text, Tone tone) implements Block {}

  /**
   * A chart per objective (actual against the planned trajectory): drawn by HTML, left out
   * elsewhere.
   */
  record Charts(List<ObjectiveResult> objectives, String currency) implements Block {}
}
