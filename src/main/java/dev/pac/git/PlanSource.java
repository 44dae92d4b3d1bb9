package dev.pac.git;

/**
 * The bytes of one plan file at one side of a diff, named by its path in the repository ('/'
 * separated), or, instead of bytes, why it was not read ({@code refusal}: too large, not a regular
 * file, a link out of the repository).
 */
public record PlanSource(String path, byte[] bytes, String refusal) {
  public PlanSource(String path, byte[] bytes) {
    this(path, bytes, null);
  }

  public static PlanSource refused(String path, String why) {
    return new PlanSource(path, null, why);
  }
}
