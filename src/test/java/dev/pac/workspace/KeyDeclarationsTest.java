package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pac.model.ImportMapping;
import dev.pac.model.Key;
import dev.pac.model.Plan;
import dev.pac.model.WorkspaceSettings;
import dev.pac.yaml.RecordShape;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Key} of the model can become constraints; a misdeclared one is named, not
 * half-applied.
 */
class KeyDeclarationsTest {
  @Test
  void everyKeyOfTheModelIsWellDeclared() {
    Deque<Class<?>> todo =
        new ArrayDeque<>(List.of(Plan.class, WorkspaceSettings.class, ImportMapping.class));
    Set<Class<?>> seen = new HashSet<>();
    int keys = 0;
    while (!todo.isEmpty()) {
      Class<?> r = todo.pop();
      if (!seen.add(r)) {
        continue;
      }
      for (RecordShape.Field f : RecordShape.of(r).fields()) {
        if (f.rules() != null) {
          keys++;
          assertNull(FieldRules.misdeclared(f), r.getSimpleName() + "." + f.name());
        }
        if (f.raw().isRecord()) {
          todo.push(f.raw());
        } else if (f.type() instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> item
            && item.isRecord()) {
          todo.push(item);
        }
      }
    }
    assertEquals(15, seen.size(), "records reached from the roots: " + seen);
    assertEquals(true, keys > 60, keys + " keys");
  }

  record Bad(
      @Key(min = "0") Double noMessage,
      @Key(min = "1.5", message = "m") Integer fractionalBoundOnAnInteger,
      @Key(max = "ten", message = "m") Double notANumber,
      @Key(slug = true) Double slugOnANumber,
      @Key(min = "0", message = "m") String boundOnText,
      @Key(minItems = 1) String itemsOnText,
      @Key(required = true, min = "0", max = "10", message = "m") Double fine) {}

  @Test
  void misdeclaredKeysAreNamed() {
    List<RecordShape.Field> c = RecordShape.of(Bad.class).fields();
    assertEquals("a bound or pattern needs a message", misdeclared(c.get(0)));
    assertEquals("'1.5' is not an integer", misdeclared(c.get(1)));
    assertEquals("'ten' is not a decimal", misdeclared(c.get(2)));
    assertEquals("a pattern applies to text, not to Double", misdeclared(c.get(3)));
    assertEquals("min and max apply to numbers, not to String", misdeclared(c.get(4)));
    assertEquals("item rules apply to lists, not to String", misdeclared(c.get(5)));
    assertNull(misdeclared(c.get(6)));
  }

  private static String misdeclared(RecordShape.Field f) {
    return FieldRules.misdeclared(f);
  }
}
