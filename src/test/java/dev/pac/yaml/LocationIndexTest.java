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
}
