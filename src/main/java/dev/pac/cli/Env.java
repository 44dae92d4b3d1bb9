package dev.pac.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a run of pac sees of the world besides its arguments: the folder it starts in, the environment
 * variables, the clock, and whether stdout and stderr are terminals. Tests pass their own.
 */
public record Env(Path cwd, Map<String, String> vars, Clock clock, boolean stdoutTerminal, boolean stderrTerminal) {
  public Env {
    vars = Map.copyOf(vars);
  }

  public static Env system() {
    boolean tty = System.console() != null;
    return new Env(Path.of("").toAbsolutePath(), System.getenv(), new LocalClock(), tty, tty);
  }

  /**
   * The system clock in the default time zone, looked up when first needed: reading the time-zone
   * database costs about 15 ms of a cold start, and a command given its dates never needs it.
   */
  static final class LocalClock extends Clock {
    private ZoneId zone;

    @Override
    public ZoneId getZone() {
      if (zone == null) {
        zone = ZoneId.systemDefault();
      }
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return Clock.system(z);
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public String var(String name) {
    return vars.get(name);
  }
}
