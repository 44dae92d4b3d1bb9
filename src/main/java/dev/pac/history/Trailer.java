package dev.pac.history;

/**
 * A {@code Decision: ACTION-ID continue|adjust|stop} trailer of a commit, with its {@code Why:}
 * text or null.
 */
public record Trailer(String action, Verdict decision, String why) {}
