package dev.pac.diff;

import java.util.List;

/** The plan changes from {@code base} to {@code head} (revision labels as the user gave them), and notes. */
public record DiffReport(String base, String head, List<Change> changes, List<DiffNote> notes) {
  /** The label of the working tree side (no git revision name has a space). */
  public static final String WORKING_TREE = "working tree";

  public DiffReport {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** How many distinct files the changes touch. */
  public long files() {
    return changes.stream().map(Change::file).distinct().count();
  }
}
