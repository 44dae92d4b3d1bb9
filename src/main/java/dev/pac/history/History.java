package dev.pac.history;

import dev.pac.i18n.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The plans' history: every commit of HEAD's first-parent chain, oldest first, each compared with
 * its first parent. {@code missing} says, in one sentence with its fix, what history is not there
 * (no repository, no commit, a shallow clone), or is null when the history is whole.
 */
public record History(List<Step> steps, Text missing) {
  public History {
    steps = List.copyOf(steps);
  }

  /**
   * The state at the end of day {@code d}: the last commit of the chain dated on or before it, or
   * null when there is none.
   */
  public Step at(LocalDate d) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (!steps.get(i).commit().date().isAfter(d)) {
        return steps.get(i);
      }
    }
    return null;
  }

  /** No history at all, for the reason given. */
  public static History none(Text missing) {
    return new History(List.of(), missing);
  }
}
