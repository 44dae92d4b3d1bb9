package dev.pac.git;

import dev.pac.i18n.Text;

/**
 * The bytes of one plan file at one side of a diff, named by its path in the repository ('/'
 * separated), or, instead of bytes, why it was not read ({@code refusal}: too large, not a regular
 * file, a link out of the repository).
 */
public record PlanSource(String path, byte[] bytes, Text refusal) {
  public PlanSource(String path, byte[] bytes) {
    this(path, bytes, null);
  }

  public static PlanSource refused(String path, Text why) {
    return new PlanSource(path, null, why);
  }
}
