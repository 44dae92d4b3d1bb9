package dev.pac.report;

import java.util.List;

/**
 * Action budget and effort grouped by one dimension. {@code key} "" means "not set" (no segment, no
 * channel).
 */
public record Allocation(By by, List<Share> shares) {
  public enum By {
    OBJECTIVE,
    SEGMENT,
    CHANNEL,
    TYPE,
    OWNER
  }

  public record Share(String key, double budget, double effortDays) {}

  public Allocation {
    shares = List.copyOf(shares);
  }
}
