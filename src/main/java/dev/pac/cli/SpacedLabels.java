package dev.pac.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Help shows an option and its value as they are usually typed, {@code -C DIR} and {@code --format
 * FORMAT}, rather than picocli's {@code -C=DIR}. Only the help changes: {@code --format=json} is
 * still accepted.
 */
final class SpacedLabels {
  private SpacedLabels() {}

  /** For the command and every subcommand it has now. */
  static void apply(CommandLine cl) {
    cl.setHelpFactory(
        (spec, colors) ->
            new Help(spec, colors) {
              private final IParamLabelRenderer spaced =
                  spaced(createDefaultParamLabelRenderer(), colorScheme());

              @Override
              public IParamLabelRenderer parameterLabelRenderer() {
                return spaced;
              }
            });
  }

  private static IParamLabelRenderer spaced(IParamLabelRenderer labels, Help.ColorScheme colors) {
    return new IParamLabelRenderer() {
      @Override
      public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
        Text label = labels.renderParameterLabel(arg, ansi, styles);
        String plain = label.plainString();
        // rebuilt from the plain text, styled by the help's own colour scheme (a terminal's, or the
        // man page generator's markup): picocli's Text cannot be cut and joined again
        if (arg.isOption() && plain.startsWith("=")) {
          return colors.text(" ").concat(colors.apply(plain.substring(1), styles));
        }
        if (arg.isOption() && plain.startsWith("[=")) {
          return colors
              .text(" [")
              .concat(colors.apply(plain.substring(2, plain.length() - 1), styles))
              .concat("]");
        }
        return label;
      }

      @Override
      public String separator() {
        return " ";
      }
    };
  }
}
