package dev.pac.cli;

import dev.pac.i18n.Text;
import dev.pac.model.Keyword;
import dev.pac.model.Lang;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options whose values are an enum are written as users type them: {@code --format json}, {@code
 * --lang fr}. Every such option of every command completes with, accepts and names in its errors
 * the lower-case spelling ({@code WEIGHTED_SUM} is {@code weighted-sum}); options with their own
 * converter are left as they are, and so are the global options, which declare theirs ({@link
 * Pac}).
 */
final class EnumOptions {
  private EnumOptions() {}

  static void lowerCase(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    for (OptionSpec o : new ArrayList<>(spec.options())) {
      Class<?> type = o.type();
      boolean ownConverter = o.converters() != null && o.converters().length > 0;
      if (!type.isEnum()
          || ownConverter
          || o.inherited()
          || o.scopeType() == CommandLine.ScopeType.INHERIT) {
        continue;
      }
      spec.remove(o);
      spec.addOption(
          OptionSpec.builder(o)
              .completionCandidates(ids(type))
              .converters(converter(type))
              .build());
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      lowerCase(sub);
    }
  }

  static List<String> ids(Class<?> type) {
    List<String> ids = new ArrayList<>();
    for (Object c : type.getEnumConstants()) {
      ids.add(id((Enum<?>) c));
    }
    return ids;
  }

  /** Reads an enum value by its lower-case spelling (any case, and the constant's name too). */
  static CommandLine.ITypeConverter<Object> converter(Class<?> type) {
    return value -> {
      for (Object c : type.getEnumConstants()) {
        if (id((Enum<?>) c).equalsIgnoreCase(value)
            || ((Enum<?>) c).name().equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new TextConversion(
          Text.of(
              "errors.usage.not-one-of",
              Excerpt.of(value),
              String.join(", ", ids(type)),
              Nearest.suggestionText(value, ids(type))));
    };
  }

  /** The values of {@code --lang}, for completion. */
  static final class Langs extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Langs() {
      super(ids(Lang.class));
    }
  }

  /** {@code --lang}: en or fr. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) throws Exception {
      return (Lang) converter(Lang.class).convert(value);
    }
  }

  private static String id(Enum<?> c) {
    return c instanceof Keyword k ? k.id() : c.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
