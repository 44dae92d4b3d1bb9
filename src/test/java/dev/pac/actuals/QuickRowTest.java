package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.PacException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The store's one-pass row reader gives exactly what the full reading gives: the same rows, values,
 * lines and offsets, or the same error at the same line, on stores in the usual form and on stores
 * with every kind of damage, in a whole file and through a window that moves.
 */
class QuickRowTest {
  private static final String[] KPIS = {"mql", "sql", "revenue", "spend", "win-rate"};
  private static final String[] DIMS = {"", "", "smb", "mid-market", "web", "abm-pilot", "x1"};
  private static final String[] VALUES = {
    "0",
    "7",
    "1250.5",
    "-3",
    "0.25",
    "1234567.89",
    "007",
    "1.50",
    "+4",
    "-0",
    "5.",
    ".5",
    "123456789012345",
    "1234567890123456",
    "0.0000000000001",
    "1e5",
    "",
    "-",
    "1,5",
    "12a",
    "1000000000000001"
  };
  private static final String[] DAMAGE = {
    "\r", ",", "\"", " ", "é", "\t", "X", "", "\n", "--", "0"
  };

  /** A store of {@code rows} rows, sorted, in the usual form; damaged here and there when asked. */
  private static String store(Random r, int rows, int damage) {
    StringBuilder b = new StringBuilder(ActualsStore.HEADER).append('\n');
    int day = 1;
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(8) == 0) {
        day++;
      }
      String date = String.format("2027-%02d-%02d", 1 + day / 28 % 12, 1 + day % 28);
      String[] f = {
        date,
        KPIS[r.nextInt(KPIS.length)],
        r.nextInt(6) == 0 ? VALUES[r.nextInt(VALUES.length)] : String.valueOf(r.nextInt(5000)),
        DIMS[r.nextInt(DIMS.length)],
        DIMS[r.nextInt(DIMS.length)],
        DIMS[r.nextInt(DIMS.length)]
      };
      String line = String.join(",", f);
      if (damage > 0 && r.nextInt(damage) == 0) {
        int at = r.nextInt(line.length() + 1);
        line = line.substring(0, at) + DAMAGE[r.nextInt(DAMAGE.length)] + line.substring(at);
      }
      b.append(line).append(r.nextInt(50) == 0 ? "\r\n" : "\n");
    }
    if (r.nextInt(4) == 0 && b.length() > 0) {
      b.setLength(b.length() - 1); // no final LF
    }
    return b.toString();
  }

  /**
   * Every row as the reader holds it, or the error it stopped at: read as the store is read, or
   * with the full reading only.
   */
  private static List<String> read(StoreRows p, boolean quick) {
    List<String> out = new ArrayList<>();
    FullRow full = new FullRow(p);
    try {
      while (quick ? p.next() : full.read()) {
        out.add(
            p.line
                + " "
                + p.rowStart
                + " "
                + p.date
                + " "
                + p.kpi
                + "|"
                + p.segment
                + "|"
                + p.channel
                + "|"
                + p.action
                + " "
                + (p.mode == StoreRows.DOUBLE
                    ? Double.doubleToRawLongBits(p.number)
                    : p.packed + " " + p.value + " " + p.valueCanonical + " " + valueAt(p)));
      }
      StoreRows.Info info = p.finish();
      out.add(info.toString());
    } catch (PacException e) {
      out.add(e.getMessage());
    }
    return out;
  }

  /** Where the value's text lies in its row (the window moves, the row's offset does not). */
  private static String valueAt(StoreRows p) {
    long start = p.rowStart - p.w.base;
    return (p.valueFrom - start) + "-" + (p.valueTo - start);
  }

  private static void assertSame(List<String> expected, List<String> actual, String context) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), () -> context);
    }
    assertEquals(expected.size(), actual.size(), () -> context);
  }

  private List<String> read(byte[] bytes, int mode, boolean quick, boolean window)
      throws IOException {
    StoreRows p;
    if (window) {
      InputStream in = new ByteArrayInputStream(bytes);
      p = StoreRows.of(in, Path.of("unused"), "s", mode);
    } else {
      p = StoreRows.of(bytes, "s", mode);
    }
    return read(p, quick);
  }

  @Test
  void theOnePassReadingAgreesWithTheFullOne() throws IOException {
    Random r = new Random(20261201);
    int compared = 0;
    for (int round = 0; round < 3000; round++) {
      int damage = round % 3 == 0 ? 0 : 1 + r.nextInt(40);
      byte[] bytes = store(r, 1 + r.nextInt(60), damage).getBytes(StandardCharsets.UTF_8);
      for (int mode : new int[] {StoreRows.DOUBLE, StoreRows.PACKED}) {
        List<String> expected = read(bytes, mode, false, false);
        assertEquals(
            expected, read(bytes, mode, true, false), new String(bytes, StandardCharsets.UTF_8));
        compared += expected.size();
      }
    }
    assertTrue(compared > 50_000, "rows compared: " + compared);
  }

  @Test
  void rowsInTheUsualFormAreReadInOnePassAndOthersAreLeftToTheFullReading() {
    String store =
        ActualsStore.HEADER
            + "\n2027-03-01,mql,40,,,\n2027-03-01,mql,1.5,smb,,\n2027-03-01,mql,2,web,,\r\n";
    StoreRows p = StoreRows.of(store.getBytes(StandardCharsets.UTF_8), "s", StoreRows.PACKED);
    QuickRow quick = new QuickRow(p);
    assertTrue(quick.read(), "a row in the usual form");
    assertEquals("2 40 true", p.line + " " + PackedDecimal.text(p.packed) + " " + p.valueCanonical);
    assertTrue(quick.read());
    assertEquals("3 smb 1.5", p.line + " " + p.segment + " " + PackedDecimal.text(p.packed));
    int at = p.w.pos;
    assertFalse(quick.read(), "a line ended by CR LF is left to the full reading");
    assertEquals(at, p.w.pos, "and the row is left as it was");
    assertEquals(3, p.line);
  }

  @Test
  void aStoreLargerThanTheWindowReadsTheSameThroughIt() throws IOException {
    // about 3 MiB, sorted and unique: the window of 1 MiB moves twice, with rows cut at its end
    StringBuilder b = new StringBuilder(ActualsStore.HEADER).append('\n');
    Random r = new Random(7);
    for (int day = 1; b.length() < 3 << 20; day++) {
      for (String k : new String[] {"mql", "revenue"}) {
        for (String s : new String[] {"", "mid-market", "smb"}) {
          for (String a : new String[] {"", "abm-pilot", "webinar-series"}) {
            b.append(
                    String.format(
                        "%d-%02d-%02d", 2000 + day / 336, 1 + day / 28 % 12, 1 + day % 28))
                .append(',')
                .append(k)
                .append(',')
                .append(r.nextInt(6) == 0 ? "1.50" : String.valueOf(r.nextInt(100000)))
                .append(',')
                .append(s)
                .append(",,")
                .append(a)
                .append('\n');
          }
        }
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    for (int mode : new int[] {StoreRows.DOUBLE, StoreRows.PACKED}) {
      List<String> whole = read(bytes, mode, false, false);
      assertTrue(whole.size() > 80_000, "rows: " + whole.size());
      List<String> windowed = read(bytes, mode, true, true);

      assertSame(whole, windowed, "mode " + mode);
    }
  }
}
