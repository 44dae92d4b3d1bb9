package dev.pac.yaml;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/**
 * What a file that does not parse is told: the parser's problem as one located line, or, for the
 * mistakes people make (a TAB in indentation, {@code ': '} inside an unquoted value, an apostrophe
 * in a single-quoted value, an unclosed bracket, a byte that is not UTF-8, a control character),
 * what is wrong in their words, where it is, and what to write instead.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /**
   * A syntax finding from a parser exception, located at the problem (or its context, for an
   * unclosed quote).
   */
  static Finding syntaxFinding(String file, String text, RuntimeException e) {
    if (e instanceof MarkedYamlEngineException m) {
      Finding common = commonMistake(file, text, m);
      if (common != null) {
        return common;
      }
      Optional<Mark> mark = m.getProblemMark();
      String problem = m.getProblem();
      if (problem == null) {
        Location at =
            mark.map(k -> new Location(k.getLine() + 1, k.getColumn() + 1)).orElse(Location.START);
        return YamlReader.finding(file, at, Rule.SYNTAX, Text.of("yaml.not-well-formed-bare"));
      }
      Text said = null;
      if (problem.contains("end of stream") && m.getContextMark().isPresent()) {
        mark = m.getContextMark();
        problem = (m.getContext() == null ? "" : m.getContext() + ": ") + problem;
      } else if (unclosedFlow(m)) {
        // an unclosed '[' or '{' is noticed lines later, where the next key is: point at the
        // bracket
        Mark open = m.getContextMark().get();
        Mark seen = mark.get();
        String got =
            problem.contains("but got ")
                ? problem.substring(problem.indexOf("but got ") + 8).trim()
                : "";
        Text before =
            got.isEmpty() || got.equals("<stream end>")
                ? Text.of("yaml.before-end")
                : Text.of("yaml.before-token", got);
        boolean square = problem.contains("']'");
        said =
            Text.of(
                "yaml.unclosed",
                square ? "[" : "{",
                square ? "]" : "}",
                before,
                seen.getLine() + 1,
                seen.getColumn() + 1);
        mark = Optional.of(open);
      }
      Location at =
          mark.map(k -> new Location(k.getLine() + 1, k.getColumn() + 1)).orElse(Location.START);
      return YamlReader.finding(
          file,
          at,
          Rule.SYNTAX,
          Text.of("yaml.not-well-formed", said != null ? said : Text.plain(oneLine(problem))));
    }
    return YamlReader.finding(
        file,
        Location.START,
        Rule.SYNTAX,
        Text.of("yaml.not-well-formed", Text.plain(oneLine(String.valueOf(e.getMessage())))));
  }

  /**
   * The mistakes people make writing French text in YAML, said with what to write instead: a {@code
   * " : "} inside an unquoted value ({@code title: Essai gratuit : 14 jours}), an apostrophe inside
   * a value in single quotes ({@code 'Lancer l'offre'}). Null when the error is something else.
   */
  private static Finding commonMistake(String file, String text, MarkedYamlEngineException m) {
    if (m.getProblemMark().isEmpty() || m.getProblem() == null) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    int problem = m.getProblemMark().get().getLine();
    for (int l = problem; l >= Math.max(0, problem - 1); l--) {
      if (l >= lines.length) {
        continue;
      }
      Matcher entry = Comments.PLAIN_ENTRY.matcher(lines[l]);
      if (!entry.matches()) {
        continue;
      }
      String key = entry.group(2);
      String value = entry.group(3);
      Location at = new Location(l + 1, entry.group(1).length() + key.length() + 3);
      if (m.getProblem().startsWith("mapping values are not allowed")
          && value.contains(": ")
          && !value.startsWith("'")
          && !value.startsWith("\"")) {
        return YamlReader.finding(
            file,
            at,
            Rule.SYNTAX,
            Text.of("yaml.colon-in-value", key, value.replace("\"", "\\\"")));
      }
      if (value.startsWith("'")
          && value.endsWith("'")
          && value.length() > 2
          && value.substring(1, value.length() - 1).replace("''", "").contains("'")) {
        String inner = value.substring(1, value.length() - 1);
        return YamlReader.finding(
            file,
            at,
            Rule.SYNTAX,
            Text.of(
                "yaml.apostrophe",
                key,
                inner.replace("''", "'").replace("'", "''"),
                inner.replace("''", "'").replace("\"", "\\\"")));
      }
    }
    return null;
  }

  /**
   * A flow collection's missing ',' or closing bracket, noticed on a later line than its opening
   * bracket.
   */
  private static boolean unclosedFlow(MarkedYamlEngineException m) {
    String p = m.getProblem();
    return p != null
        && (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'"))
        && m.getContextMark().isPresent()
        && m.getProblemMark().isPresent()
        && m.getProblemMark().get().getLine() > m.getContextMark().get().getLine();
  }

  /** A character YAML does not allow (a control character, say), at its position. */
  static Finding badCharacter(String file, String text, ReaderException e) {
    int line = 1;
    int col = 1;
    int cp = 0;
    for (int i = 0;
        i < text.length() && cp < e.getPosition();
        i += Character.charCount(text.codePointAt(i)), cp++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return YamlReader.finding(
        file,
        new Location(line, col),
        Rule.SYNTAX,
        Text.of("yaml.bad-character", String.format("%04X", e.getCodePoint())));
  }

  /** The location of the first TAB in a line's indentation up to line {@code lastLine}, or null. */
  static Location tabIndent(String text, int lastLine) {
    int line = 1;
    boolean inIndent = true;
    int col = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        if (line > lastLine) {
          return null;
        }
        col = 1;
        inIndent = true;
        continue;
      }
      if (inIndent) {
        if (c == '\t') {
          // a TAB before content on a line that holds more than blanks or a comment
          int j = i;
          while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < text.length()
              && text.charAt(j) != '\n'
              && text.charAt(j) != '\r'
              && text.charAt(j) != '#') {
            return new Location(line, col);
          }
        } else if (c != ' ') {
          inIndent = false;
        }
      }
      col++;
    }
    return null;
  }

  /** The line and column of the first byte that is not UTF-8. */
  static Location badByteLocation(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    d.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    int bad = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    return new Location(line, before.codePointCount(0, before.length()) + 1);
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
