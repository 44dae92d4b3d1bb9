package dev.pac.imports;

/**
 * The physical lines of a text: the line of a character offset, asked in increasing order (one pass
 * over the text).
 */
final class PhysicalLines {
  private final String text;
  private final int firstLine;
  private int pos;
  private int line;

  PhysicalLines(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
    this.line = firstLine;
  }

  int at(int offset) {
    if (offset < pos) {
      pos = 0;
      line = firstLine;
    }
    for (int i = text.indexOf('\n', pos); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      pos = i + 1;
    }
    pos = Math.max(pos, Math.min(offset, text.length()));
    return line;
  }
}
