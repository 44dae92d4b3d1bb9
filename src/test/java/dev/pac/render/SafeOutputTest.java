package dev.pac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What reaches a terminal or a Markdown page of text pac did not write itself. */
class SafeOutputTest {
  private static String through(boolean colours, String text) {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(new SafeWriter(out, colours))) {
      w.print(text);
    }
    return out.toString();
  }

  @Test
  void controlCharactersAreShownAsEscapes() {
    assertEquals(
        "a\\u001b]0;title\\u0007b\\u0000c", through(false, "a\u001b]0;title\u0007b\u0000c"));
    assertEquals("line\nnext\tcell", through(false, "line\nnext\tcell"));
    assertEquals("end\r\nx", through(false, "end\r\nx"), "a line end keeps its CR");
    assertEquals("over\\u000dwrite", through(false, "over\rwrite"));
    assertEquals(
        "\\u009b\\u202eevil",
        through(false, "\u009b\u202eevil"),
        "C1 controls and bidi overrides too");
  }

  @Test
  void onATerminalOnlyColourCodesPass() {
    assertEquals("\u001b[31merror\u001b[0m", through(true, "\u001b[31merror\u001b[0m"));
    assertEquals(
        "\\u001b[31merror",
        through(false, "\u001b[31merror"),
        "not a terminal: no colour is pac's");
    assertEquals("\\u001b[2J", through(true, "\u001b[2J"), "clearing the screen is no colour");
  }

  @Test
  void markdownCellsEscapeHtmlOutsideCodeSpans() {
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt;", Markdown.cell("<img src=x onerror=alert(1)>"));
    assertEquals("unknown key `<b>` in &lt;b&gt;", Markdown.cell("unknown key `<b>` in <b>"));
    assertEquals("a ` &lt;b&gt;", Markdown.cell("a ` <b>"), "an unmatched backtick opens no span");
    assertEquals("``a`b`` &amp; `x\\|y`", Markdown.cell("``a`b`` & `x|y`"));
  }
}
