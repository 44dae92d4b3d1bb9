package dev.pac.cli;

import dev.pac.diff.GateRule;
import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.text.Nearest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The values of {@code pac diff --fail-on}: rule names as users type them, for parsing and
 * completion.
 */
final class GateRules extends ArrayList<String> {
  private static final long serialVersionUID = 1L;

  GateRules() {
    super(EnumOptions.ids(GateRule.class));
  }

  /**
   * The rules named, each once, in the order given; an unknown name is a usage error naming the
   * rules.
   */
  static List<GateRule> parse(List<String> names) {
    LinkedHashSet<GateRule> out = new LinkedHashSet<>();
    for (String n : names == null ? List.<String>of() : names) {
      if (n.isBlank()) {
        continue;
      }
      try {
        out.add((GateRule) EnumOptions.converter(GateRule.class).convert(n.trim()));
      } catch (Exception e) {
        List<String> ids = EnumOptions.ids(GateRule.class);
        throw PacException.usage(
            Text.of(
                "errors.fail-on.unknown",
                n.trim(),
                String.join(", ", ids),
                Nearest.suggestionText(n.trim(), ids)));
      }
    }
    return List.copyOf(out);
  }
}
