package dev.pac.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordCodec} reads back what it wrote, value for value, and nothing from bytes cut short
 * or followed by more.
 */
class RecordCodecTest {
  public enum Tone {
    LOW,
    HIGH
  }

  public record Item(String name, Double value, Tone tone) {}

  public record Everything(
      String text,
      Double number,
      Integer count,
      Boolean flag,
      LocalDate day,
      Tone tone,
      List<Item> items,
      Map<String, Double> weights,
      Object plain) {}

  private static Everything sample() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("size", 0.4);
    weights.put("cac", -1.5e-7);
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("column", "Montant");
    plain.put("rows", -3);
    return new Everything(
        "Équipe — 1 234,5 €",
        -0.1,
        Integer.MIN_VALUE,
        true,
        LocalDate.parse("2027-03-29"),
        Tone.HIGH,
        Arrays.asList(new Item("a", Double.MAX_VALUE, Tone.LOW), null, new Item(null, null, null)),
        weights,
        plain);
  }

  @Test
  void whatIsWrittenIsReadBack() {
    Everything v = sample();
    assertEquals(v, RecordCodec.value(RecordCodec.bytes(Everything.class, v), Everything.class));
    Everything nulls = new Everything(null, null, null, null, null, null, null, null, null);
    assertEquals(
        nulls, RecordCodec.value(RecordCodec.bytes(Everything.class, nulls), Everything.class));
    Everything big =
        new Everything(
            "",
            0.0,
            Integer.MAX_VALUE,
            false,
            LocalDate.MIN,
            Tone.LOW,
            List.of(),
            Map.of(),
            List.of());
    assertEquals(
        big, RecordCodec.value(RecordCodec.bytes(Everything.class, big), Everything.class));
  }

  @Test
  void bytesCutShortOrFollowedByMoreReadAsNothing() {
    byte[] b = RecordCodec.bytes(Everything.class, sample());
    assertNotNull(b);
    for (int n = 0; n < b.length; n++) {
      assertNull(RecordCodec.value(Arrays.copyOf(b, n), Everything.class), "cut at " + n);
    }
    assertNull(RecordCodec.value(Arrays.copyOf(b, b.length + 1), Everything.class));
  }
}
