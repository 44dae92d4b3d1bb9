package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocationIndexTest {
  static final String YAML =
      String.join(
          "\n",
          "pac: 1", // 1
          "period:", // 2
          "  start: 2027-01-01", // 3
          "objectives:", // 4
          "  - id: a", // 5
          "    target: 10", // 6
          "  - id: b", // 7
          "    milestones:", // 8
          "      - {date: 2027-02-01, value: 3}", // 9
          "    deadline:   2027-06-30", // 10
          "tags: [x, y]", // 11
          "");

  static LocationIndex index(String yaml) {
    YamlDocument doc = new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml");
    assertTrue(doc.findings().isEmpty(), doc.findings().toString());
    return new LocationIndex(doc.root());
  }

  @Test
  void valuesAreFoundByPath() {
    LocationIndex i = index(YAML);
    assertEquals(new Location(1, 6), i.value("pac"));
    assertEquals(new Location(3, 10), i.value("period.start"));
    assertEquals(new Location(6, 13), i.value("objectives[0].target"));
    assertEquals(new Location(10, 17), i.value("objectives[1].deadline"));
    assertEquals(new Location(9, 16), i.value("objectives[1].milestones[0].date"));
    assertEquals(new Location(9, 35), i.value("objectives[1].milestones[0].value"));
    assertEquals(new Location(11, 11), i.value("tags[1]"));
  }

  @Test
  void keysAreWhereTheKeyIsWritten() {
    LocationIndex i = index(YAML);
    assertEquals(new Location(10, 5), i.key("objectives[1].deadline"));
    assertEquals(new Location(3, 3), i.key("period.start"));
    assertEquals(new Location(9, 10), i.key("objectives[1].milestones[0].date"));
    assertEquals(new Location(4, 1), i.key("objectives"));
  }

  @Test
  void aListItemHasNoKeySoItsKeyIsItsValue() {
    LocationIndex i = index(YAML);
    assertEquals(new Location(7, 5), i.key("objectives[1]"));
    assertEquals(i.value("objectives[1]"), i.key("objectives[1]"));
  }

  @Test
  void aMissingPathFallsBackToItsNearestAncestor() {
    LocationIndex i = index(YAML);
    assertFalse(i.has("objectives[0].deadline"));
    assertEquals(new Location(5, 5), i.value("objectives[0].deadline"));
    assertEquals(new Location(5, 5), i.key("objectives[0].deadline"));
    assertEquals(new Location(9, 9), i.value("objectives[1].milestones[0].note"));
    assertEquals(new Location(5, 3), i.value("objectives[7].target")); // the list itself
    assertEquals(i.value("objectives"), i.value("objectives[7].target"));
    assertEquals(Location.START, i.value("review.max_change"));
  }

  @Test
  void theRootIsTheEmptyPath() {
    LocationIndex i = index("# comment\n\nid: x\n");
    assertTrue(i.has(""));
    assertEquals(new Location(3, 1), i.value(""));
    assertEquals(new Location(3, 1), i.value("title"));
  }

  @Test
  void anEmptyTreeLocatesEverythingAtTheStart() {
    LocationIndex i = new LocationIndex(null);
    assertFalse(i.has(""));
    assertEquals(Location.START, i.value("objectives[0].id"));
    assertEquals(Location.START, i.key("objectives[0].id"));
  }

  @Test
  void pathsAreBuiltLikeRecordBinderBuildsThem() {
    assertEquals(
        "objectives[2].deadline",
        LocationIndex.child(LocationIndex.item("objectives", 2), "deadline"));
    assertEquals("pac", LocationIndex.child("", "pac"));
    assertEquals("objectives[2]", LocationIndex.parent("objectives[2].deadline"));
    assertEquals("objectives", LocationIndex.parent("objectives[2]"));
    assertEquals("", LocationIndex.parent("objectives"));
  }

  @Test
  void aKeyWithADotOrABracketIsFoundWhereATableOfAllPathsWouldFindIt() {
    // "a.b" written as one key and as a key under "a": the same path, the one written last wins
    LocationIndex i = index("a.b: 1\na:\n  b: 2\n\"x[0]\": 3\nx: [4]\n");
    assertEquals(new Location(3, 6), i.value("a.b"));
    assertEquals(new Location(3, 3), i.key("a.b"));
    assertEquals(new Location(5, 5), i.value("x[0]"));
    assertEquals(new Location(4, 1), i.key("x[0]")); // a list item has no key: the quoted key's
    assertFalse(i.has("x[00]"));
    assertFalse(i.has("x[1]"));
  }

  /**
   * The walk against what a table of every path (each node's path put in file order, the last put
   * winning) answers, on random trees whose keys hold dots, brackets, digits and nothing.
   */
  @Test
  void theWalkAnswersAsATableOfEveryPathWould() {
    java.util.Random random = new java.util.Random(20261202);
    String[] keys = {"a", "b", "a.b", "b[0]", "", "0", "[0]", ".", "a.", "x]"};
    for (int round = 0; round < 3000; round++) {
      int[] line = {1};
      YamlNode root = randomNode(random, keys, 0, line);
      java.util.Map<String, Location> values = new java.util.HashMap<>();
      java.util.Map<String, Location> keyTable = new java.util.HashMap<>();
      table("", root, values, keyTable);
      LocationIndex index = new LocationIndex(root);
      java.util.List<String> paths = new java.util.ArrayList<>(values.keySet());
      for (int n = 0; n < 20; n++) {
        StringBuilder p = new StringBuilder();
        int parts = random.nextInt(4);
        for (int k = 0; k < parts; k++) {
          p.append(
              random.nextBoolean()
                  ? (k == 0 ? "" : ".") + keys[random.nextInt(keys.length)]
                  : "[" + random.nextInt(3) + "]");
        }
        paths.add(p.toString());
      }
      for (String path : paths) {
        assertEquals(values.containsKey(path), index.has(path), path);
        Location expected = null;
        for (String q = path; expected == null; q = LocationIndex.parent(q)) {
          expected = values.get(q);
          if (expected == null && q.isEmpty()) {
            expected = Location.START;
          }
        }
        assertEquals(expected, index.value(path), path);
        Location key = keyTable.get(path);
        assertEquals(key != null ? key : expected, index.key(path), path);
      }
    }
  }

  private static void table(
      String path,
      YamlNode node,
      java.util.Map<String, Location> values,
      java.util.Map<String, Location> keys) {
    values.put(path, node.at());
    if (node instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries()) {
        String p = LocationIndex.child(path, e.key());
        keys.put(p, e.keyAt());
        table(p, e.value(), values, keys);
      }
    } else if (node instanceof YamlNode.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        table(LocationIndex.item(path, i), s.items().get(i), values, keys);
      }
    }
  }

  private static YamlNode randomNode(
      java.util.Random random, String[] keys, int depth, int[] line) {
    Location at = new Location(line[0]++, 1 + depth);
    int kind = depth >= 4 ? 0 : random.nextInt(3);
    if (kind == 1) {
      java.util.List<YamlNode.Entry> entries = new java.util.ArrayList<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      for (int n = random.nextInt(4); n > 0; n--) {
        String k = keys[random.nextInt(keys.length)];
        if (used.add(k)) { // a mapping keeps each key once
          Location keyAt = new Location(line[0]++, 2 + depth);
          entries.add(new YamlNode.Entry(k, keyAt, randomNode(random, keys, depth + 1, line)));
        }
      }
      return new YamlNode.Mapping(at, entries);
    }
    if (kind == 2) {
      java.util.List<YamlNode> items = new java.util.ArrayList<>();
      for (int n = random.nextInt(3); n > 0; n--) {
        items.add(randomNode(random, keys, depth + 1, line));
      }
      return new YamlNode.Sequence(at, items);
    }
    return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, "v");
  }
}
