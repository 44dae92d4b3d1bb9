package dev.pac.imports;

import dev.pac.actuals.Actual;

/**
 * A row read from a CSV, with where it came from: the index of its file and the line it starts on.
 */
record Incoming(Actual row, int file, int line, boolean percent) {}
