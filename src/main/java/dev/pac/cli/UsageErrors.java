package dev.pac.cli;

import dev.pac.i18n.Text;
import dev.pac.text.Excerpt;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What picocli's usage errors say, as the catalogue says it: each kind of {@link
 * CommandLine.ParameterException} has its sentence ({@code errors.usage.*}), built from what the
 * exception holds (the unknown words, the option, the value), not from picocli's English.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The message of {@code ex}, without the {@code pac: error: } prefix and the suggestion. */
  static Text text(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> words = u.getUnmatched();
      if (u.isUnknownOption()) {
        List<String> options = words.stream().filter(w -> w.startsWith("-")).toList();
        return Text.of(
            options.size() == 1 ? "errors.usage.unknown-option" : "errors.usage.unknown-options",
            quoted(options.isEmpty() ? words : options));
      }
      if (u.getCommandLine().getParent() == null
          && !u.getCommandLine().getSubcommands().isEmpty()
          && !words.isEmpty()
          && !words.get(0).startsWith("-")) {
        return Text.of("errors.usage.unknown-command", quoted(words.subList(0, 1)));
      }
      return Text.of(
          words.size() == 1 ? "errors.usage.unmatched" : "errors.usage.unmatched-several",
          quoted(words));
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      ArgSpec arg = m.getMissing().size() == 1 ? m.getMissing().get(0) : null;
      // an option typed without its value (a required option not typed at all is missing)
      if (arg != null
          && arg.isOption()
          && (!arg.required() || !ex.getMessage().startsWith("Missing required option"))) {
        return Text.of("errors.usage.missing-value", name(arg), label(arg));
      }
      List<String> missing = new ArrayList<>();
      for (ArgSpec a : m.getMissing()) {
        missing.add(
            a instanceof OptionSpec o ? "'" + o.longestName() + " " + label(a) + "'" : label(a));
      }
      return Text.of(
          missing.size() == 1 ? "errors.usage.missing" : "errors.usage.missing-several",
          String.join(", ", missing));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return Text.of("errors.usage.twice", name(o.getOverwritten()));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return Text.of("errors.usage.too-many-values");
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      Text why =
          ex.getCause() instanceof TextConversion t
              ? t.text()
              : Text.of("errors.usage.not-a-value", Excerpt.of(ex.getValue()), type(arg));
      return Text.of(
          arg.isOption() ? "errors.usage.invalid-option" : "errors.usage.invalid-parameter",
          name(arg),
          why);
    }
    if (arg == null
        && ex.getValue() != null
        && !ex.getCommandLine().getSubcommands().containsKey(ex.getValue())) {
      // pac help COMMAND, of a command pac does not have
      return Text.of("errors.usage.unknown-command", quoted(List.of(ex.getValue())));
    }
    // the usage errors pac raises itself are said already (a missing command)
    return new Text(null, List.of(Excerpt.of(ex.getMessage())));
  }

  /** {@code '--as-of'}, or a parameter's label. */
  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : label(a);
  }

  private static String label(ArgSpec a) {
    return a instanceof PositionalParamSpec p ? p.paramLabel() : a.paramLabel();
  }

  /** What a value of a type picocli converts itself must be. */
  private static Text type(ArgSpec a) {
    Class<?> t = a.type();
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return Text.of("errors.usage.type.integer");
    }
    if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) {
      return Text.of("errors.usage.type.number");
    }
    return Text.of("errors.usage.type.other", a.paramLabel());
  }

  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(w -> "'" + Excerpt.of(w) + "'").toList());
  }
}
