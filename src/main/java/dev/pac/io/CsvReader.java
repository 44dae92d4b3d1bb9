package dev.pac.io;

import java.nio.charset.StandardCharsets;

/**
 * An RFC 4180 record reader over UTF-8 bytes (quoted fields with {@code ""} escapes and line breaks,
 * CRLF or LF), giving each record's fields as byte ranges and the line it starts on. It works on bytes
 * because delimiters, quotes and line ends are ASCII, which never occur inside a UTF-8 multi-byte
 * sequence; fields are decoded only when text is needed. A record with bad quoting is still returned,
 * with {@link #problem()} saying what is wrong, so the import can reject it with its line and go on.
 */
final class CsvReader {
  private final byte[] b;
  private final byte delimiter;
  private int pos;
  private int nextLine;

  private int line;
  private int count;
  private int[] from = new int[16];
  private int[] to = new int[16];
  private boolean[] escaped = new boolean[16];
  private String problem;

  CsvReader(byte[] bytes, int start, int end, byte delimiter, int firstLine) {
    this.b = bytes;
    this.pos = start;
    this.limit = end;
    this.delimiter = delimiter;
    this.nextLine = firstLine;
  }

  private final int limit;

  /** Reads the next record; false at the end of the input. */
  boolean next() {
    if (pos >= limit) {
      return false;
    }
    line = nextLine;
    count = 0;
    problem = null;
    while (true) {
      if (count == from.length) {
        grow();
      }
      int i = pos;
      if (i < limit && b[i] == '"') {
        i++;
        int start = i;
        boolean esc = false;
        while (true) {
          if (i >= limit) {
            problem = "a quoted field is not closed (a '\"' is missing)";
            from[count] = start;
            to[count] = limit;
            escaped[count] = esc;
            count++;
            pos = limit;
            return true;
          }
          byte c = b[i];
          if (c == '"') {
            if (i + 1 < limit && b[i + 1] == '"') {
              esc = true;
              i += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            nextLine++;
          }
          i++;
        }
        from[count] = start;
        to[count] = i;
        escaped[count] = esc;
        count++;
        i++; // the closing quote
        if (i < limit && b[i] != delimiter && b[i] != '\n' && b[i] != '\r') {
          if (problem == null) {
            problem = "text after the closing quote of field " + count;
          }
          while (i < limit && b[i] != delimiter && b[i] != '\n') {
            i++;
          }
        }
      } else {
        int start = i;
        while (i < limit && b[i] != delimiter && b[i] != '\n') {
          i++;
        }
        int end = i;
        if (end > start && i < limit && b[i] == '\n' && b[end - 1] == '\r') {
          end--;
        } else if (end > start && i == limit && b[end - 1] == '\r') {
          end--;
        }
        from[count] = start;
        to[count] = end;
        escaped[count] = false;
        count++;
      }
      if (i < limit && b[i] == '\r' && (i + 1 >= limit || b[i + 1] == '\n')) {
        i++;
      }
      if (i >= limit) {
        pos = limit;
        return true;
      }
      if (b[i] == '\n') {
        nextLine++;
        pos = i + 1;
        return true;
      }
      pos = i + 1; // a delimiter: another field follows
    }
  }

  private void grow() {
    from = java.util.Arrays.copyOf(from, from.length * 2);
    to = java.util.Arrays.copyOf(to, to.length * 2);
    escaped = java.util.Arrays.copyOf(escaped, escaped.length * 2);
  }

  /** The line the current record starts on (1-based, counted in the whole file). */
  int line() {
    return line;
  }

  int fields() {
    return count;
  }

  String problem() {
    return problem;
  }

  /** Where reading has got to, in bytes (for progress). */
  int position() {
    return pos;
  }

  byte[] bytes() {
    return b;
  }

  /** Start of field {@code i}'s content (inside quotes). */
  int from(int i) {
    return from[i];
  }

  int to(int i) {
    return to[i];
  }

  /** Field {@code i} holds {@code ""} escapes: read it with {@link #text}. */
  boolean escaped(int i) {
    return escaped[i];
  }

  /** Field {@code i} as text, escapes resolved. */
  String text(int i) {
    String s = new String(b, from[i], to[i] - from[i], StandardCharsets.UTF_8);
    return escaped[i] ? s.replace("\"\"", "\"") : s;
  }

  /** Whether field {@code i} holds only blanks (spaces, tabs, NBSP). */
  boolean blank(int i) {
    for (int k = from[i]; k < to[i]; k++) {
      byte c = b[k];
      if (c == ' ' || c == '\t') {
        continue;
      }
      if ((c & 0xFF) == 0xC2 && k + 1 < to[i] && (b[k + 1] & 0xFF) == 0xA0) {
        k++;
        continue;
      }
      return false;
    }
    return true;
  }

  /** Whether every field of the record is blank (an empty line, or {@code ;;;} in a spreadsheet export). */
  boolean blankRecord() {
    for (int i = 0; i < count; i++) {
      if (!blank(i)) {
        return false;
      }
    }
    return true;
  }
}
