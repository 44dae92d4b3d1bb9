package dev.pac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The subcommands of {@code pac}: the table in the resource {@code dev/pac/cli/commands}, which the
 * launcher reads too (the JVM flags each command starts with). Building a command's picocli model
 * means reading the annotations of its class and of its options' types (about 5 ms a command on a
 * cold JVM, 40–50 ms for all of them), so a run builds only the commands its arguments name, and
 * all of them when that does not parse to one command to run: help, completion, a missing or
 * unknown command, a usage error (whose message and suggestions need them all).
 */
final class Commands {
  private Commands() {}

  /** How the launcher starts the JVM for a command (see the table). */
  enum Jvm {
    QUICK,
    BULK
  }

  /** A line of the table. */
  record Command(String name, String className, Jvm jvm, boolean readsPlans, boolean listsOthers) {
    Class<?> type() {
      String qualified =
          className.contains(".") ? className : Commands.class.getPackageName() + "." + className;
      try {
        return Class.forName(qualified, false, Commands.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "the command table names a class pac does not have: " + qualified, e);
      }
    }
  }

  private static final String TABLE = "commands";
  private static final List<Command> ALL = read();

  /** Every command, in the order help lists them. */
  static List<Command> all() {
    return ALL;
  }

  /**
   * pac's command line for {@code args}, as users type and read it: the commands they name when
   * that parses to one of them to run, else all of them (no arguments: all of them, for help and
   * man pages). Each try has a {@link Pac} of its own, since parsing sets the options of the
   * objects it parses into.
   */
  static CommandLine commandLine(Env env, PrintWriter rawErr, String... args) {
    List<Command> named = named(args);
    if (named.size() < ALL.size()) {
      CommandLine cl = build(new Pac(env, rawErr), named);
      if (runsACommand(cl, args)) {
        return cl;
      }
    }
    return build(new Pac(env, rawErr), ALL);
  }

  private static CommandLine build(Pac pac, List<Command> commands) {
    Factory factory = new Factory(pac);
    CommandLine cl = new CommandLine(pac, factory);
    for (Command c : commands) {
      cl.addSubcommand(c.name(), new CommandLine(c.type(), factory));
    }
    cl.setAllowSubcommandsAsOptionParameters(
        true); // -C report validate: a folder may be named like a command
    EnumOptions.lowerCase(cl);
    SpacedLabels.apply(cl);
    return cl;
  }

  /**
   * The commands {@code args} name (an argument equal to a command's name), or all of them when
   * they name none, or one that lists the others.
   */
  static List<Command> named(String... args) {
    List<String> words = Arrays.asList(args);
    List<Command> named = ALL.stream().filter(c -> words.contains(c.name())).toList();
    return named.isEmpty() || named.stream().anyMatch(Command::listsOthers) ? ALL : named;
  }

  /**
   * Whether {@code args}, parsed by {@code cl}, run one of its commands (not help, version or a
   * usage error).
   */
  private static boolean runsACommand(CommandLine cl, String... args) {
    try {
      ParseResult r = cl.parseArgs(args);
      return r.hasSubcommand() && !r.isUsageHelpRequested() && !r.isVersionHelpRequested();
    } catch (ParameterException e) {
      return false;
    }
  }

  /**
   * Starts reading, on a thread of its own, the annotations picocli reads to build the model of
   * {@code pac} and of the commands {@code args} name (their classes, fields and methods, and those
   * of their mixins): the JVM makes a proxy class for each annotation type at its first read, about
   * 3 ms each on a cold JVM, which the command's thread then finds made.
   */
  static void warmUp(String... args) {
    List<Command> named = named(args);
    Thread t =
        new Thread(
            () -> {
              try {
                annotations(Pac.class);
                if (named.size() < ALL.size()) {
                  named.forEach(c -> annotations(c.type()));
                }
              } catch (RuntimeException e) {
                // only time is lost: the command's thread reads the same and reports what fails
              }
            },
            "pac-cli-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void annotations(Class<?> type) {
    type.getAnnotations();
    for (Field f : type.getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.Mixin.class)) { // all of the field's read at once
        annotations(f.getType());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      m.getDeclaredAnnotations();
    }
  }

  /** Whether a command {@code args} name reads the workspace's plans, and so checks them. */
  static boolean readsPlans(String... args) {
    List<Command> named = named(args);
    return named.size() < ALL.size() && named.stream().anyMatch(Command::readsPlans);
  }

  private static List<Command> read() {
    InputStream in = Commands.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(
          "the command table dev/pac/cli/" + TABLE + " is missing from the jar");
    }
    List<Command> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        if (f.length != 5) {
          throw new IllegalStateException(
              "the command table's line '" + line + "' has not 5 columns");
        }
        out.add(
            new Command(
                f[0], f[1], Jvm.valueOf(f[2].toUpperCase(Locale.ROOT)), yes(f[3]), yes(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** Builds the commands, giving each the run's {@link Pac} where it asks for one. */
  record Factory(Pac pac) implements IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Pac.class).newInstance(pac);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  private static boolean yes(String column) {
    if (!column.equals("yes") && !column.equals("no")) {
      throw new IllegalStateException(
          "the command table has '" + column + "' where yes or no goes");
    }
    return column.equals("yes");
  }
}
