package dev.pac.render;

/** Escaping for the Markdown renderers (GitHub-flavoured: pull-request comments, job summaries). */
final class Markdown {
  private Markdown() {}

  /**
   * Free text (names, titles, owners) shown as itself: whatever Markdown or HTML would read as markup is
   * escaped, a '|' cannot end a table cell, and line breaks become spaces, so a table row stays one line.
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
   * A table cell whose own Markdown is kept (a finding's message quotes ids in code spans): only what
   * would break the table is escaped, '|' and line breaks.
   */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
