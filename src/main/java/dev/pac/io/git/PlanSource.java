package dev.pac.io.git;

/** The bytes of one plan file at one side of a diff, named by its path in the repository ('/' separated). */
public record PlanSource(String path, byte[] bytes) {}
