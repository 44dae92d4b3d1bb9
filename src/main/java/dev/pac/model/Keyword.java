package dev.pac.model;

import java.util.Locale;

/**
 * An enum constant spelled in plan files as its lower-case name with '-' for '_' (unless
 * overridden).
 */
public interface Keyword {
  String name();

  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
