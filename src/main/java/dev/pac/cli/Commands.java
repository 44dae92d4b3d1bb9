package dev.pac.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The subcommands of {@code pac}, in the order help lists them. Building a command's picocli model
 * means reading the annotations of its class and of its options' types (about 5 ms a command on a cold
 * JVM, 40–50 ms for all of them), so a run registers only the command its arguments name; help, completion, a missing or
 * unknown command, and anything this scan cannot tell, get all of them.
 */
final class Commands {
  private Commands() {}

  private static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("init", InitCommand.class);
    ALL.put("validate", ValidateCommand.class);
    ALL.put("score", ScoreCommand.class);
    ALL.put("import", ImportCommand.class);
    ALL.put("report", ReportCommand.class);
    ALL.put("diff", DiffCommand.class);
    ALL.put("log", LogCommand.class);
    ALL.put("schema", SchemaCommand.class);
    ALL.put("completion", CompletionCommand.class);
    ALL.put("help", CommandLine.HelpCommand.class);
  }

  /** Global options that take a value as the next argument (see {@link Pac}). */
  private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-C", "--lang");

  /** Commands that show or describe the others, and so need them all. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  /** Adds to {@code cl} the subcommands {@code args} may run. */
  static void register(CommandLine cl, CommandLine.IFactory factory, String... args) {
    String word = commandWord(args);
    for (Map.Entry<String, Class<?>> e : ALL.entrySet()) {
      if (word == null || NEED_ALL.contains(word) || !ALL.containsKey(word) || word.equals(e.getKey())) {
        cl.addSubcommand(e.getKey(), new CommandLine(e.getValue(), factory));
      }
    }
  }

  /**
   * The command {@code args} name: the first argument that is neither a global option nor its value;
   * null when there is none or when a global option's value cannot be told apart from it.
   */
  static String commandWord(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (GLOBAL_WITH_VALUE.contains(a)) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      } else if (!(a.startsWith("-C") || a.startsWith("--lang=") || a.equals("--no-color") || a.equals("--verbose"))) {
        return null; // -h, --help, -V, --, an option pac does not have here: let picocli see everything
      }
    }
    return null;
  }

  /** Whether the command named by {@code args} reads the workspace's plans, and so checks them. */
  static boolean readsPlans(String... args) {
    String word = commandWord(args);
    return word != null && Set.of("validate", "score", "import", "report", "diff").contains(word);
  }
}
