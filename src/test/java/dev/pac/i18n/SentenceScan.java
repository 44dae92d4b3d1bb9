package dev.pac.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds, in Java source, the string literals that build a sentence for a person outside the message
 * catalogue. The source is read token by token (comments, string and character literals, text
 * blocks), keeping the open parentheses with the name before each, so a literal is judged by where
 * it stands:
 *
 * <ul>
 *   <li>inside an annotation (picocli's help, whose French is the {@code help} bundle) or inside
 *       the construction of an exception that reports a bug of pac ({@link #INTERNAL}: exit 4, read
 *       by the maintainers), a literal is allowed;
 *   <li>the argument of {@code Text.plain(…)} may hold no letter at all ({@code Text.plain("")}): a
 *       sentence of pac's own belongs in the catalogue, {@code Text.plain} is for what is already
 *       written (user text, a library's words);
 *   <li>{@code "pac: note: "} and {@code "pac: warning: "} are printed by {@code cli.Notices}
 *       alone, which takes only texts;
 *   <li>anywhere else, a literal that reads as words of a sentence (two words of letters, the
 *       second in lower case, once HTML tags and pac command lines such as {@code pac score
 *       --explain} are taken out) is a finding.
 * </ul>
 */
final class SentenceScan {
  /** Exceptions that report a bug of pac, never an error of its user. */
  static final Set<String> INTERNAL =
      Set.of(
          "IllegalStateException",
          "IllegalArgumentException",
          "UncheckedIOException",
          "UnsupportedOperationException",
          "AssertionError",
          "InternalError");

  /** Two words of a sentence: a word, a space, a word in lower case. */
  private static final Pattern WORDS = Pattern.compile("\\b[A-Za-z][a-z]*'?[a-z]* [a-z]{2,}\\b");

  /**
   * What a sentence test skips: HTML tags, a pac command and its options ("pac score --explain").
   */
  private static final Pattern NOT_WORDS =
      Pattern.compile("<[^>]*(>|$)|\\bpac [a-z]+\\b|--[a-z-]+");

  /** One literal found where a sentence may not be built. */
  record Hit(String file, int line, String literal, String why) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + why + ": \"" + literal + "\"";
    }
  }

  /** An open parenthesis: the name written before it, and whether it opens an annotation. */
  private record Frame(String callee, boolean annotation) {}

  private SentenceScan() {}

  static List<Hit> scan(String file, String src) {
    List<Hit> hits = new ArrayList<>();
    Deque<Frame> open = new ArrayDeque<>();
    int line = 1;
    int i = 0;
    int n = src.length();
    String lastWord = "";
    boolean lastWasAnnotationName = false;
    boolean annotationPending = false;
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (src.startsWith("//", i)) {
        while (i < n && src.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(src, i, end);
        i = end;
        continue;
      }
      if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        String literal = src.substring(i + 3, Math.max(i + 3, end - 3));
        judge(file, line, literal, open, hits);
        line += count(src, i, end);
        i = end;
        lastWord = "";
        continue;
      }
      if (c == '"' || c == '\'') {
        int j = i + 1;
        StringBuilder literal = new StringBuilder();
        while (j < n && src.charAt(j) != c) {
          if (src.charAt(j) == '\\' && j + 1 < n) {
            literal.append(src, j, j + 2);
            j += 2;
          } else {
            literal.append(src.charAt(j));
            j++;
          }
        }
        if (c == '"') {
          judge(file, line, literal.toString(), open, hits);
        }
        i = j + 1;
        lastWord = "";
        continue;
      }
      if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(src.charAt(i + 1))) {
        annotationPending = true;
        i++;
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < n && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) == '.')) {
          j++;
        }
        String word = src.substring(i, j);
        lastWord = word.substring(word.lastIndexOf('.') + 1);
        lastWasAnnotationName = annotationPending && !"interface".equals(word);
        annotationPending = false;
        i = j;
        continue;
      }
      if (c == '(') {
        open.push(new Frame(lastWord, lastWasAnnotationName));
        lastWasAnnotationName = false;
      } else if (c == ')') {
        if (!open.isEmpty()) {
          open.pop();
        }
      } else if (!Character.isWhitespace(c)) {
        lastWasAnnotationName = false;
      }
      if (!Character.isWhitespace(c)) {
        lastWord = "";
      }
      i++;
    }
    return hits;
  }

  private static void judge(
      String file, int line, String literal, Deque<Frame> open, List<Hit> hits) {
    for (Frame f : open) {
      if (f.annotation() || INTERNAL.contains(f.callee())) {
        return;
      }
    }
    Frame inner = open.peek();
    if (inner != null && inner.callee().equals("plain")) {
      if (literal.chars().anyMatch(Character::isLetter)) {
        hits.add(new Hit(file, line, literal, "Text.plain of pac's own words"));
      }
      return;
    }
    if ((literal.startsWith("pac: note:") || literal.startsWith("pac: warning:"))
        && !file.endsWith("cli/Notices.java")) {
      hits.add(new Hit(file, line, literal, "a note or warning printed outside cli.Notices"));
      return;
    }
    if (WORDS.matcher(NOT_WORDS.matcher(literal).replaceAll(" ")).find()) {
      hits.add(new Hit(file, line, literal, "a sentence outside the catalogue"));
    }
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
