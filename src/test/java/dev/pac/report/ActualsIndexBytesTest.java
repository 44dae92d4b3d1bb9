package dev.pac.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ActualsIndex#bytes} and {@link ActualsIndex#of}: an index read back from its bytes is the
 * index written (the same dimension numbers, KPIs in the same order, the same rows), and bytes that
 * do not add up are no index.
 */
class ActualsIndexBytesTest {
  private static final String[] KPIS = {"mql", "revenue", "win-rate", "coût"};
  private static final String[] VALUES = {"", "smb", "enterprise", "web", "événements"};

  private static ActualsIndex random(Random random, int rows) {
    ActualsIndex.Builder b = new ActualsIndex.Builder();
    for (int i = 0; i < rows; i++) {
      b.row(
          20270101 + random.nextInt(28),
          KPIS[random.nextInt(KPIS.length)],
          VALUES[random.nextInt(VALUES.length)],
          VALUES[random.nextInt(VALUES.length)],
          VALUES[random.nextInt(VALUES.length)],
          random.nextInt(2) == 0 ? random.nextInt(1000) : random.nextDouble() * -1e6);
    }
    return b.build();
  }

  private static byte[] array(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  @Test
  void anIndexReadBackFromItsBytesIsTheIndexWritten() {
    Random random = new Random(20261202);
    for (int round = 0; round < 100; round++) {
      ActualsIndex written = random(random, random.nextInt(200));
      ActualsIndex read = ActualsIndex.of(written.bytes());
      assertNotNull(read);
      assertEquals(List.copyOf(written.kpis()), List.copyOf(read.kpis()));
      for (String v : VALUES) {
        assertEquals(written.id(v), read.id(v), "the number of " + v);
      }
      assertEquals(ActualsIndex.ABSENT, read.id("none"));
      for (String kpi : written.kpis()) {
        ActualsIndex.Rows x = written.rows(kpi);
        ActualsIndex.Rows y = read.rows(kpi);
        assertEquals(x.size, y.size);
        assertArrayEquals(Arrays.copyOf(x.days, x.size), y.days);
        assertArrayEquals(Arrays.copyOf(x.segment, x.size), y.segment);
        assertArrayEquals(Arrays.copyOf(x.channel, x.size), y.channel);
        assertArrayEquals(Arrays.copyOf(x.action, x.size), y.action);
        assertArrayEquals(Arrays.copyOf(x.values, x.size), y.values);
        assertEquals(
            written.latest(kpi, LocalDate.of(2027, 1, 15)),
            read.latest(kpi, LocalDate.of(2027, 1, 15)));
      }
      assertArrayEquals(array(written.bytes()), array(read.bytes()));
    }
  }

  @Test
  void theBytesOfAnIndexAreCountedByHand() {
    ActualsIndex.Builder b = new ActualsIndex.Builder();
    b.row(20270104, "mql", "smb", "", "", 12);
    b.row(20270105, "mql", "", "web", "", 3.5);
    ByteBuffer bytes = b.build().bytes();
    // 2 counts; "" (4), "smb" (4 + 3), "web" (4 + 3); "mql" (4 + 3) and its row count (4);
    // two rows of 8 + 3 * 4 + 8 bytes
    assertEquals(8 + 4 + 7 + 7 + 7 + 4 + 2 * 28, bytes.remaining());
    ActualsIndex read = ActualsIndex.of(bytes);
    assertEquals(2, read.count("mql"));
    assertEquals(LocalDate.of(2027, 1, 5), read.latest("mql", LocalDate.of(2027, 12, 31)));
    assertEquals(3.5, read.rows("mql").values[1]);
    assertEquals(read.id("web"), read.rows("mql").channel[1]);
  }

  @Test
  void bytesThatDoNotAddUpAreNoIndex() {
    ActualsIndex written = random(new Random(3), 50);
    byte[] whole = array(written.bytes());
    for (int cut = 0; cut < whole.length; cut += 7) {
      assertNull(ActualsIndex.of(ByteBuffer.wrap(whole, 0, cut)), "cut at " + cut);
    }
    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    assertNull(ActualsIndex.of(ByteBuffer.wrap(longer)), "a byte after the index");
    byte[] huge = whole.clone();
    huge[3] = 0x7f; // the count of dimension values, far beyond the bytes
    assertNull(ActualsIndex.of(ByteBuffer.wrap(huge)));
    assertNotNull(ActualsIndex.of(new ActualsIndex.Builder().build().bytes()), "no row at all");
  }
}
