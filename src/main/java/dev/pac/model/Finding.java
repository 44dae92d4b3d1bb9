package dev.pac.model;

/** One problem found in a file: where (1-based line and column), how serious, which rule, and why. */
public record Finding(String file, int line, int column, Severity severity, Rule rule, String message) {}
