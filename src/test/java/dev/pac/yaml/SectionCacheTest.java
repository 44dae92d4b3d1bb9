package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionCacheTest {
  @Test
  void onlyPlainKeysAtTheMarginAreCut() {
    assertEquals(
        List.of("# c\n\na: 1\n  # x\n", "b:\n  - 2\n"),
        SectionCache.sections("# c\n\na: 1\n  # x\nb:\n  - 2\n"));
    assertNull(SectionCache.sections("---\na: 1\n"));
    assertNull(SectionCache.sections("a: 1\n- 2\n"));
    assertNull(SectionCache.sections("  a: 1\n"));
    assertNull(SectionCache.sections("\"a\": 1\n"));
    assertNull(SectionCache.sections("a: 1\rb: 2\n"));
    assertNull(SectionCache.sections("a:\t1\n"));
    assertNull(SectionCache.sections(""));
  }
}
