package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

class EventTreeTest {
  @Test
  void everyNumberOfTheCoreSchemaIsNumberShaped() {
    for (String n :
        new String[] {
          "0", "-12", "+3", "0x1F", "0o17", "1.5", ".5", "1e-3", "-1E+9", ".inf", "-.Inf", "+.INF",
          ".nan", ".NaN", "12."
        }) {
      assertTrue(
          CoreScalarResolver.INT.matcher(n).matches()
              || CoreScalarResolver.FLOAT.matcher(n).matches(),
          n);
      assertTrue(EventTree.numberShaped(n), n);
    }
    Random random = new Random(11);
    String alphabet = "0123456789+-.eEoxXaAfFiInN_ :";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      if (CoreScalarResolver.INT.matcher(text).matches()
          || CoreScalarResolver.FLOAT.matcher(text).matches()) {
        assertTrue(EventTree.numberShaped(text), text);
      }
    }
  }

  @Test
  void datesAndWordsAreNot() {
    assertFalse(EventTree.numberShaped("2027-03-31"));
    assertFalse(EventTree.numberShaped("12-4"));
    assertFalse(EventTree.numberShaped("Q1"));
  }
}
