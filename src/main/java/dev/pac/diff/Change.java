package dev.pac.diff;

import dev.pac.model.Keyword;

/**
 * One change to a plan between two revisions, in plan terms: an item added or removed, or one field
 * of an item changed from {@code before} to {@code after}. {@code field}, {@code before} and {@code
 * after} are set only for {@link Kind#CHANGED}. Values are plain: null, text, dates as text,
 * numbers (Double, or Integer for ranks), lists of plain values, maps of key to plain value.
 */
public record Change(
    String file, Kind change, Item item, String id, String field, Object before, Object after) {

  public static Change added(String file, Item item, String id) {
    return new Change(file, Kind.ADDED, item, id, null, null, null);
  }

  public static Change removed(String file, Item item, String id) {
    return new Change(file, Kind.REMOVED, item, id, null, null, null);
  }

  public static Change changed(
      String file, Item item, String id, String field, Object before, Object after) {
    return new Change(file, Kind.CHANGED, item, id, field, before, after);
  }

  /** What happened to the item. */
  public enum Kind implements Keyword {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** The kinds of item a plan holds. */
  public enum Item implements Keyword {
    PLAN,
    KPI,
    SEGMENT,
    CHANNEL,
    OBJECTIVE,
    ACTION
  }
}
