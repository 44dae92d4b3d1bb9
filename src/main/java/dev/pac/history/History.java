package dev.pac.history;

import java.util.List;

/**
 * The plans' history: every commit of HEAD's first-parent chain, oldest first, each compared with its
 * first parent. {@code missing} says, in one sentence with its fix, what history is not there (no
 * repository, no commit, a shallow clone), or is null when the history is whole.
 */
public record History(List<Step> steps, String missing) {
  public History {
    steps = List.copyOf(steps);
  }

  /** No history at all, for the reason given. */
  public static History none(String missing) {
    return new History(List.of(), missing);
  }
}
