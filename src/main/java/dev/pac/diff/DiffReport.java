package dev.pac.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan changes from {@code base} to {@code head} (revision labels as the user gave them), and
 * notes; {@code projection}, what the edit does to the report's figures, is null unless asked for.
 */
public record DiffReport(
    String base,
    String head,
    List<Change> changes,
    List<DiffNote> notes,
    List<ProjectionChange> projection) {
  /** The label of the working tree side (no git revision name has a space). */
  public static final String WORKING_TREE = "working tree";

  public DiffReport {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
    projection = projection == null ? null : List.copyOf(projection);
  }

  public DiffReport(String base, String head, List<Change> changes, List<DiffNote> notes) {
    this(base, head, changes, notes, null);
  }

  /** This diff with the projection changes, and the notes computing them gave. */
  public DiffReport withProjection(List<ProjectionChange> changes, List<DiffNote> more) {
    List<DiffNote> all = new ArrayList<>(notes);
    all.addAll(more);
    return new DiffReport(base, head, this.changes, all, changes);
  }

  /** How many distinct files the changes touch. */
  public long files() {
    return changes.stream().map(Change::file).distinct().count();
  }
}
