package dev.pac.history;

import dev.pac.diff.Change;
import dev.pac.diff.DiffNote;
import dev.pac.i18n.Text;
import dev.pac.workspace.LoadedPlan;
import java.util.List;
import java.util.Map;

/**
 * One commit of the chain compared with its first parent: the plan changes as {@code pac diff}
 * lists them (a plan moved to another file without a change to its content is no change), the plans
 * before and after (by file; a plan that does not load at this commit keeps its last version that
 * did), the plan files skipped because they did not load ({@code skipped}, one sentence each), and
 * the diff's own notes. A {@code boundary} step is the oldest commit of a shallow clone: its parent
 * is missing, so its changes are unknown.
 */
public record Step(
    HistoryCommit commit,
    List<Change> changes,
    Map<String, LoadedPlan> before,
    Map<String, LoadedPlan> after,
    List<Text> skipped,
    List<DiffNote> notes,
    boolean boundary) {
  public Step {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /**
   * The id of the plan a change belongs to (the plan as it is after the commit, or before it for a
   * removal).
   */
  public String planOf(Change c) {
    if (c.item() == Change.Item.PLAN) {
      return c.id();
    }
    LoadedPlan p =
        c.change() == Change.Kind.REMOVED && !after.containsKey(c.file())
            ? before.get(c.file())
            : after.get(c.file());
    if (p == null) {
      p = before.get(c.file());
    }
    return p == null || p.plan() == null ? null : p.plan().id();
  }
}
