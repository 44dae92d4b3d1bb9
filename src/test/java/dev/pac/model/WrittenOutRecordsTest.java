package dev.pac.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose toString, equals or hashCode is written out by hand give what a record derives:
 * the text is checked against one built from the record's components, so a component added to the
 * record and not to its text fails here.
 */
class WrittenOutRecordsTest {

  /** A record's derived text: {@code Name[a=1, b=null]}, each component by String.valueOf. */
  private static String derived(Record r) throws ReflectiveOperationException {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      parts.add(c.getName() + "=" + c.getAccessor().invoke(r));
    }
    return r.getClass().getSimpleName() + "[" + String.join(", ", parts) + "]";
  }

  @Test
  void reviewTextIsTheDerivedOne() throws ReflectiveOperationException {
    Review full = new Review(12.5, 2.0, 6, 0.9, 0.7, "cost", "pipeline", 4.0, 30.0);
    assertEquals(derived(full), full.toString());
    assertEquals(
        "Review[alertDropPct=12.5, minRoi=2.0, windowWeeks=6, onTrack=0.9, atRisk=0.7,"
            + " spendKpi=cost, returnKpi=pipeline, maxChange=4.0, staleDays=30.0]",
        full.toString());
    Review empty = new Review(null, null, null, null, null, null, null, null, null);
    assertEquals(derived(empty), empty.toString());
    assertEquals(derived(Review.DEFAULTS), Review.DEFAULTS.toString());
  }

  @Test
  void workspaceSettingsTextIsTheDerivedOne() throws ReflectiveOperationException {
    WorkspaceSettings full =
        new WorkspaceSettings(
            "plans/2027", "crm/actuals.csv", Lang.FR, Grain.MONTH, Review.DEFAULTS);
    assertEquals(derived(full), full.toString());
    WorkspaceSettings none = new WorkspaceSettings(null, null, null, null, null);
    assertEquals(derived(none), none.toString());
    assertEquals(derived(WorkspaceSettings.DEFAULTS), WorkspaceSettings.DEFAULTS.toString());
    // two settings that differ in any one component differ in text: the text keys cache files
    assertNotEquals(
        full.toString(),
        new WorkspaceSettings(
                "plans/2027", "crm/actuals.csv", Lang.EN, Grain.MONTH, Review.DEFAULTS)
            .toString());
  }

  @Test
  void ruleComparesByItsId() {
    Rule a = new Rule("smart.specific");
    Rule same = new Rule(new String("smart.specific"));
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertEquals("smart.specific".hashCode(), a.hashCode(), "as a derived hashCode of one field");
    assertNotEquals(a, new Rule("smart.measurable"));
    assertNotEquals(a, (Object) "smart.specific");
    assertEquals(new Rule(null), new Rule(null));
    assertEquals(0, new Rule(null).hashCode());
  }
}
