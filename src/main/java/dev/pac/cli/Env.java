package dev.pac.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run of pac sees of the world besides its arguments: the folder it starts in, the
 * environment variables, the clock, whether stdout and stderr are terminals, and standard input
 * (what a file argument {@code -} reads). Tests pass their own.
 */
public record Env(
    Path cwd,
    Map<String, String> vars,
    Clock clock,
    boolean stdoutTerminal,
    boolean stderrTerminal,
    Supplier<InputStream> stdin) {
  public Env {
    vars = Map.copyOf(vars);
  }

  /** An environment whose standard input is empty. */
  public Env(
      Path cwd,
      Map<String, String> vars,
      Clock clock,
      boolean stdoutTerminal,
      boolean stderrTerminal) {
    this(cwd, vars, clock, stdoutTerminal, stderrTerminal, () -> InputStream.nullInputStream());
  }

  /**
   * The running process's world. The folder it starts in is the process's own, or {@code PAC_CWD}
   * when the launcher sets it: the launcher of the self-contained archive starts the JVM in its
   * {@code lib} folder (where its class-data archive is valid) and names the user's folder there.
   */
  public static Env system() {
    boolean tty = System.console() != null;
    String launched = System.getenv("PAC_CWD");
    Path cwd =
        launched != null && !launched.isEmpty() && Path.of(launched).isAbsolute()
            ? Path.of(launched)
            : Path.of("").toAbsolutePath();
    return new Env(cwd, System.getenv(), new LocalClock(), tty, tty, () -> System.in);
  }

  /** The same environment reading {@code in} as standard input. */
  public Env withStdin(InputStream in) {
    return new Env(cwd, vars, clock, stdoutTerminal, stderrTerminal, () -> in);
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
