package dev.pac.render;

/** Escaping for the Markdown renderers (GitHub-flavoured: pull-request comments, job summaries). */
final class Markdown {
  private Markdown() {}

  /**
   * Free text (names, titles, owners) shown as itself: whatever Markdown or HTML would read as
   * markup is escaped, a '|' cannot end a table cell, and line breaks become spaces, so a table row
   * stays one line.
   */
  static String text(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> sb.append('\\').append(ch);
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * A table cell whose own Markdown is kept (a finding's message quotes ids in code spans): what
   * would break the table is escaped ('|' and line breaks), and so is HTML outside code spans
   * ({@code <}, {@code >}, {@code &}), so a plan value or a file name like {@code <img src=x
   * onerror=...>} is shown, never rendered. Inside a code span HTML is already shown as text, and
   * an entity would show as itself.
   */
  static String cell(String s) {
    String t = s.replace("\\", "\\\\").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    StringBuilder sb = new StringBuilder(t.length() + 16);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '`') {
        int run = runOf(t, i);
        int close = closing(t, i + run, run);
        if (close
            >= 0) { // a code span: kept as it is, but for '|', which GitHub reads as a cell end
          // even there
          sb.append(t, i, close + run);
          i = close + run;
          continue;
        }
        sb.append(t, i, i + run); // an unmatched run of backticks is literal text
        i += run;
        continue;
      }
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
      i++;
    }
    return sb.toString().replace("|", "\\|");
  }

  private static int runOf(String t, int i) {
    int n = 0;
    while (i + n < t.length() && t.charAt(i + n) == '`') {
      n++;
    }
    return n;
  }

  /**
   * Where the run of exactly {@code run} backticks that closes a code span opened before {@code
   * from} starts, or -1.
   */
  private static int closing(String t, int from, int run) {
    int i = from;
    while (i < t.length()) {
      if (t.charAt(i) == '`') {
        int n = runOf(t, i);
        if (n == run) {
          return i;
        }
        i += n;
      } else {
        i++;
      }
    }
    return -1;
  }
}
