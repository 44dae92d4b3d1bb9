package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  @Test
  void aListSectionIsCutIntoItsKeyLineAndItsItems() {
    assertEquals(
        List.of("b:\n", "  - {x: 1,\n     y: 2}\n\n", "  - id: a\n    n:\n    - 3\n"),
        SectionCache.items("b:\n  - {x: 1,\n     y: 2}\n\n  - id: a\n    n:\n    - 3\n"));
    assertEquals(
        List.of("b: \r\n", "  - 1\r\n", "  - 2"), SectionCache.items("b: \r\n  - 1\r\n  - 2"));
    assertNull(SectionCache.items("b: [1]\n")); // a value on the key's line
    assertNull(SectionCache.items("b: # c\n  - 1\n"));
    assertNull(SectionCache.items("b: &a\n  - 1\n"));
    assertNull(SectionCache.items("b:\n  c: 1\n")); // a mapping, not a list
    assertNull(SectionCache.items("b:\n  - 1\n  # c\n  - 2\n")); // a comment line
    assertNull(SectionCache.items("b:\n  - 1\n\t- 2\n"));
    assertNull(SectionCache.items("b:\n\n  - 1\n")); // a blank line before the first item
    assertNull(SectionCache.items("b:\n  - 1\n x\n")); // a line left of the items
    assertNull(SectionCache.items("b:\n  - 1\n  x: 2\n")); // not an item at the items' margin
    assertNull(SectionCache.items("b:\n"));
    assertNull(SectionCache.items("# c:\nb:\n  - 1\n")); // a comment before the key
  }

  /** A tree as nested lists and maps of its kinds and texts, without where each node is. */
  private static Object shape(YamlNode node) {
    if (node == null) {
      return "nothing";
    }
    if (node instanceof YamlNode.Mapping m) {
      List<Object> out = new ArrayList<>(); // keys in their order
      m.entries().forEach(e -> out.add(List.of(e.key(), shape(e.value()))));
      return out;
    }
    if (node instanceof YamlNode.Sequence s) {
      List<Object> out = new ArrayList<>();
      s.items().forEach(i -> out.add(shape(i)));
      return out;
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return List.of(s.kind(), String.valueOf(s.text()), String.valueOf(s.number()));
  }

  private static void sameAsWhole(SectionCache cache, String text, boolean cut) {
    YamlReader reader = new YamlReader();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    SectionCache.Parsed parsed = cache.parse(reader, bytes, "p.yaml");
    YamlDocument whole = reader.parse(bytes, "p.yaml");
    assertEquals(!cut, parsed.whole(), text);
    assertEquals(whole.findings(), parsed.whole() ? parsed.document().findings() : List.of());
    assertEquals(shape(whole.root()), shape(parsed.document().root()), text);
  }

  @Test
  void aSectionPutTogetherFromItsItemsIsTheSectionParsedWhole() {
    SectionCache cache = new SectionCache();
    String plan =
        """
        id: p
        objectives:
          - {id: o1, target: 10}
          - id: o2
            target: 20.5
            note: |
              two
              lines
          - {id: o3, tags: [a, b],
             target: 30}
        actions:
          - id: a1
            objectives:
            - o1
            budget: 100
        """;
    sameAsWhole(cache, plan, true);
    // one item changed: the others come from the cache, and the result is still the whole parse
    sameAsWhole(cache, plan.replace("target: 20.5", "target: 21"), true);
    sameAsWhole(cache, plan.replace("  - {id: o1, target: 10}\n", ""), true);
    // an alias (which pac reports) to an anchor of another item: the file is parsed whole
    sameAsWhole(
        cache, plan.replace("{id: o1,", "&one {id: o1,").replace("{id: o3,", "{id: *one,"), false);
    // an item that does not close (its next line at the items' margin) gives the whole file's error
    sameAsWhole(
        cache, plan.replace("[a, b],", "[a, b,").replace("     target: 30}", "  - x"), false);
  }

  private static List<YamlNode> objectives(SectionCache cache, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    YamlNode.Mapping root =
        (YamlNode.Mapping) cache.parse(new YamlReader(), bytes, "p.yaml").document().root();
    return ((YamlNode.Sequence) root.entry("objectives").value()).items();
  }

  @Test
  void anItemUnchangedBetweenVersionsIsParsedOnce() {
    SectionCache cache = new SectionCache();
    String v1 = "id: p\nobjectives:\n  - {id: o1, target: 10}\n  - {id: o2, target: 20}\n";
    String v2 = v1.replace("target: 20", "target: 25");
    List<YamlNode> first = objectives(cache, v1);
    List<YamlNode> second = objectives(cache, v2);
    assertTrue(first.get(0) == second.get(0), "the unchanged item's tree, shared");
    assertFalse(first.get(1) == second.get(1));
    assertEquals(
        shape(new YamlReader().parse(v2.getBytes(StandardCharsets.UTF_8), "p").root()),
        shape(
            new YamlNode.Mapping(
                null,
                List.of(
                    new YamlNode.Entry(
                        "id", null, new YamlNode.Scalar(null, YamlNode.Scalar.Kind.STRING, "p")),
                    new YamlNode.Entry("objectives", null, new YamlNode.Sequence(null, second))))));
  }

  @Test
  void whatRunsAcrossAnItemsLineIsReadAsTheWholeSectionReadsIt() {
    SectionCache cache = new SectionCache();
    // a quoted scalar over a line at the items' margin: one item for the whole parse, so the
    // first piece, left open, makes the section parsed whole
    sameAsWhole(cache, "id: p\nobjectives:\n  - \"a\n  - b\"\n  - c\n", true);
    // a block scalar keeping its trailing blank lines, between items
    sameAsWhole(cache, "id: p\nobjectives:\n  - |+\n    text\n\n  - x\n", true);
    // CRLF line ends, a bare '-' item, items nested deeper
    sameAsWhole(cache, "id: p\r\nobjectives:\r\n  - a: 1\r\n    b:\r\n    - 2\r\n  - c\r\n", true);
    sameAsWhole(cache, "id: p\nobjectives:\n  -\n  - a\n  - - b\n    - c\n", true);
  }

  @Test
  void theCutFindsNothingTheWholeParseWouldReport() {
    SectionCache cache = new SectionCache();
    String text = "a:\n  - {x: 1, x: 2}\n  - 3\n";
    YamlReader reader = new YamlReader();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertFalse(reader.parse(bytes, "p.yaml").findings().isEmpty()); // a key twice
    assertTrue(cache.parse(reader, bytes, "p.yaml").whole());
  }
}
