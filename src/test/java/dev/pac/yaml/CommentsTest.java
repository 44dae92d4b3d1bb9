package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommentsTest {
  /** The definitions the loops implement, as regular expressions. */
  private static final Pattern CUT = Pattern.compile("\\s#\\S");

  private static final Pattern GLUED = Pattern.compile("[\\]},'\"]#");

  @Test
  void cutNeedsSpaceBeforeAndSomethingAfter() {
    assertTrue(Comments.hasCut("title: Plan #2"));
    assertTrue(Comments.hasCut("a:\t#x"));
    assertFalse(Comments.hasCut("title: Plan # 2"));
    assertFalse(Comments.hasCut("title: Plan#2"));
    assertFalse(Comments.hasCut("#2 at the start"));
    assertFalse(Comments.hasCut("ends with #"));
    assertFalse(Comments.hasCut("x #\n"));
  }

  @Test
  void gluedNeedsAClosingCharacterRightBefore() {
    assertTrue(Comments.hasGlued("a: \"x\"#c"));
    assertTrue(Comments.hasGlued("a: [1]#c"));
    assertTrue(Comments.hasGlued("a: {b: 1},#c"));
    assertFalse(Comments.hasGlued("a: \"x\" #c"));
    assertFalse(Comments.hasGlued("#"));
  }

  @Test
  void loopsAgreeWithTheExpressionsOnRandomText() {
    Random random = new Random(7);
    String alphabet = "#  \t\n\r\u000B\f]},'\"ab1é";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertEquals(CUT.matcher(text).find(), Comments.hasCut(text), text);
      assertEquals(GLUED.matcher(text).find(), Comments.hasGlued(text), text);
    }
  }
}
