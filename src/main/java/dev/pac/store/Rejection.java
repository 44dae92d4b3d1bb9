package dev.pac.store;

/** A row the import refused: the CSV file (as shown to the user), the line it starts on, and why. */
public record Rejection(String file, int line, String reason) {}
