package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordShapeTest {
  @Test
  void fieldsAreTheComponentsInOrderSpelledAsKeys() {
    RecordShape shape = RecordShape.of(Target.class);
    assertEquals("id", shape.keys().get(0));
    assertEquals("avg_mrr", shape.fields().get(5).key());
    assertEquals("avgMrr", shape.fields().get(5).name());
    assertSame(shape.fields().get(5), shape.field("avg_mrr"));
    assertNull(shape.field("avgMrr"));
    assertTrue(shape.field("id").rules().required());
    assertTrue(shape.field("name").rules().pattern().isEmpty());
  }

  @Test
  void oneShapeARecordTypeAndItBuildsAndReadsRecords() {
    assertSame(RecordShape.of(Objective.class), RecordShape.of(Objective.class));
    RecordShape m = RecordShape.of(Milestone.class);
    Object built = m.build(new Object[] {LocalDate.of(2027, 6, 30), 12.5});
    assertEquals(new Milestone(LocalDate.of(2027, 6, 30), 12.5), built);
    assertEquals(12.5, m.field("value").of(built));
    assertEquals(
        Milestone.class,
        RecordShape.raw(RecordShape.of(Objective.class).field("milestones").itemType()));
    assertNull(RecordShape.of(Kpi.class).field("id").itemType());
    assertThrows(IllegalArgumentException.class, () -> RecordShape.of(List.class));
  }
}
