package dev.pac.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
    return new Env(Path.of("").toAbsolutePath(), System.getenv(), Clock.systemDefaultZone(), tty, tty);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public String var(String name) {
    return vars.get(name);
  }
}
