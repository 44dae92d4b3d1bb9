package dev.pac.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One run of pac through {@link Main#run}, in a folder, on a fixed day (midnight UTC), with no
 * environment.
 */
record PacRun(int code, String out, String err) {
  static PacRun in(Path cwd, String today, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse(today + "T00:00:00Z"), ZoneOffset.UTC);
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new Env(cwd, Map.of(), clock, false, false),
            args);
    return new PacRun(code, out.toString(), err.toString());
  }
}
