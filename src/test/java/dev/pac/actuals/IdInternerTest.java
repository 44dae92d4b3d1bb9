package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Ids given to the interner before reading are the very objects the reading returns. */
class IdInternerTest {
  private static String read(IdInterner ids, String text) {
    byte[] b = ("," + text + ",").getBytes(StandardCharsets.UTF_8);
    return ids.get(b, 1, b.length - 1);
  }

  @Test
  void addedIdsAreReadAsThemselvesAndJudgedAsReadOnes() {
    for (String id : new String[] {"mql", "", "mid-market", "Not An Id", "x1", "a,b"}) {
      IdInterner seeded = new IdInterner();
      String given = new String(id.toCharArray()); // an object of its own
      seeded.add(given);
      String read = read(seeded, id);
      assertSame(given, read, id);
      boolean valid = seeded.lastValid;
      IdInterner plain = new IdInterner();
      assertEquals(id, read(plain, id));
      assertEquals(plain.lastValid, valid, id);
    }
  }

  @Test
  void manyAddedIdsSurviveTheTableGrowing() {
    IdInterner ids = new IdInterner();
    String[] given = new String[500];
    for (int i = 0; i < given.length; i++) {
      given[i] = "id-" + i;
      ids.add(given[i]);
      ids.add(new String(given[i].toCharArray())); // added twice: the first object stays
    }
    for (int i = 0; i < given.length; i++) {
      assertSame(given[i], read(ids, "id-" + i));
    }
    assertEquals("other", read(ids, "other"));
  }

  @Test
  void idsDifferingInOneByteAnywhereAreTold() {
    IdInterner ids = new IdInterner();
    for (char c = 'a'; c <= 'z'; c++) {
      ids.add(c + "-x");
      ids.add("x-" + c);
    }
    for (char c = 'a'; c <= 'z'; c++) {
      assertEquals(c + "-y", read(ids, c + "-y"));
      assertEquals("y-" + c, read(ids, "y-" + c));
      assertEquals(c + "-x", read(ids, c + "-x"));
      assertEquals("x-" + c, read(ids, "x-" + c));
    }
  }

  @Test
  void textBeyondAsciiIsNotAdded() {
    IdInterner ids = new IdInterner();
    String given = "équipe";
    ids.add(given);
    String read = read(ids, "équipe");
    assertEquals(given, read);
    assertNotSame(given, read);
    ids.add("\uD800"); // a lone surrogate, which UTF-8 would write as "?"
    assertEquals("?", read(ids, "?"));
  }
}
