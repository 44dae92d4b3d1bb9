package dev.pac.yaml;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/** The two ways a {@code #} misleads in a file the parser accepts. */
final class Comments {
  private Comments() {}

  /** {@code key: value} at the start of a line (maybe a list item's), the value not quoted. */
  static final Pattern PLAIN_ENTRY =
      Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w-]*):\\s+(.*?)\\s*$");

  /**
   * Warnings for values that a {@code #} cuts without the writer meaning it: in {@code title: Plan
   * #2} everything from {@code #2} on is a comment. A {@code #} followed by a space reads as a
   * comment meant as such and is left alone.
   */
  static List<Finding> cutByComment(String file, String text) {
    if (!hasCut(text)) {
      return List.of(); // the common case, checked in one pass: no value can be cut
    }
    List<Finding> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      Matcher entry = PLAIN_ENTRY.matcher(lines[l]);
      if (!entry.matches()
          || entry.group(3).isEmpty()
          || "'\"[{|>#&*!".indexOf(entry.group(3).charAt(0)) >= 0) {
        continue;
      }
      String value = entry.group(3);
      int cut = cutAt(value);
      if (cut >= 0) {
        String kept = value.substring(0, cut).strip();
        int col = entry.group(1).length() + entry.group(2).length() + 3 + cut + 1;
        out.add(
            Finding.of(
                file,
                l + 1,
                col,
                Severity.WARNING,
                Rule.SYNTAX,
                Text.of(
                    "yaml.comment-cut",
                    entry.group(2),
                    SyntaxErrors.oneLine(kept),
                    value.replace("\"", "\\\""))));
      }
    }
    return out;
  }

  /**
   * Whether a {@code #} follows white space and precedes something else ({@code \s#\S}): a comment
   * that may cut a value. A loop over the {@code #}s rather than a regular expression over every
   * character: most plans have a few, and a workspace may have hundreds of plans.
   */
  static boolean hasCut(String text) {
    return cutAt(text) >= 0;
  }

  /** Where the first {@code \s#\S} of {@code text} starts (its white space), or -1. */
  private static int cutAt(String text) {
    for (int i = text.indexOf('#', 1); i > 0; i = text.indexOf('#', i + 1)) {
      if (space(text.charAt(i - 1)) && i + 1 < text.length() && !space(text.charAt(i + 1))) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * Whether a {@code #} comes right after what closes a quoted value, a bracket, a brace or a comma
   * ({@code [\]},'"]#}).
   */
  static boolean hasGlued(String text) {
    for (int i = text.indexOf('#', 1); i > 0; i = text.indexOf('#', i + 1)) {
      if ("]},'\"".indexOf(text.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** White space as {@code \s} means it. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Where a {@code #} follows a closing quote, bracket, brace or a comma with no space between,
   * which YAML forbids (a comment starts after white space) but the parser lets through; null if
   * nowhere.
   */
  static Location commentWithoutSpace(LoadSettings settings, String text) {
    if (!hasGlued(text)) {
      return null; // the common case, checked in one pass without scanning the YAML again
    }
    String[] lines = text.split("\n", -1);
    ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
    while (scanner.hasNext()) {
      Token t = scanner.next();
      boolean closing =
          switch (t.getTokenId()) {
            case FlowSequenceEnd, FlowMappingEnd, FlowEntry -> true;
            case Scalar ->
                ((ScalarToken) t).getStyle() == ScalarStyle.DOUBLE_QUOTED
                    || ((ScalarToken) t).getStyle() == ScalarStyle.SINGLE_QUOTED;
            default -> false;
          };
      if (closing && t.getEndMark().isPresent() && t.getEndMark().get().getColumn() > 0) {
        Mark end = t.getEndMark().get();
        if (end.getLine() < lines.length) {
          String line = lines[end.getLine()];
          int at =
              end.getColumn() < line.codePointCount(0, line.length())
                  ? line.offsetByCodePoints(0, end.getColumn())
                  : -1;
          if (at >= 0 && line.charAt(at) == '#') {
            return new Location(end.getLine() + 1, end.getColumn() + 1);
          }
        }
      }
    }
    return null;
  }
}
