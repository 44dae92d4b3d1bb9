package dev.pac.render;

import dev.pac.text.ControlChars;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything pac prints, in every format, passes through here: control characters that reached the
 * text from a file name, a plan value or a store line are written as {@code \u001b}-style escapes
 * ({@link ControlChars}). On a terminal the colour codes of {@link Style} (ESC {@code [} digits
 * {@code m}) are let through, since pac writes them itself; a CR is kept before an LF (a line end).
 */
public final class SafeWriter extends Writer {
  private final Writer out;
  private final boolean colours;
  private boolean pendingCr;

  /** {@code colours}: whether the output is a terminal, where {@link Style} may colour it. */
  public SafeWriter(Writer out, boolean colours) {
    this.out = out;
    this.colours = colours;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int end = off + len;
    // the common case: nothing to escape, the characters go on as they are
    int clean = off;
    if (!pendingCr) {
      while (clean < end && !ControlChars.escaped(buf[clean])) {
        clean++;
      }
    }
    if (clean > off) {
      out.write(buf, off, clean - off);
    }
    if (clean == end) {
      return;
    }
    StringBuilder sb = new StringBuilder(end - clean + 16);
    for (int i = clean; i < end; i++) {
      char c = buf[i];
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          sb.append("\r\n");
          continue;
        }
        ControlChars.appendEscape(sb, '\r');
      }
      if (!ControlChars.escaped(c)) {
        sb.append(c);
      } else if (c == '\r') {
        pendingCr = true;
      } else if (c == '\u001b' && colours) {
        int n = sgrLength(buf, i, end);
        if (n > 0) {
          sb.append(buf, i, n);
          i += n - 1;
        } else {
          ControlChars.appendEscape(sb, c);
        }
      } else {
        ControlChars.appendEscape(sb, c);
      }
    }
    out.write(sb.toString());
  }

  /** The length of a colour code {@code ESC [ digits(;digits)* m} at {@code i}, or 0. */
  private static int sgrLength(char[] b, int i, int end) {
    int k = i + 1;
    if (k >= end || b[k] != '[') {
      return 0;
    }
    k++;
    int start = k;
    while (k < end && ((b[k] >= '0' && b[k] <= '9') || b[k] == ';') && k - start < 16) {
      k++;
    }
    return k < end && b[k] == 'm' && k > start ? k - i + 1 : 0;
  }

  @Override
  public void flush() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write("\\u000d");
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write("\\u000d");
    }
    out.close();
  }
}
