package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes given to the import's reader of files in the store's form give the same table, or none,
 * whatever the windows it reads them through and wherever its two parts meet; never an exception.
 * (That the table is the one Commons CSV reads is {@code StoreLayoutReaderTest}'s part.)
 */
class StoreFormFuzzTest {
  private static final byte[] HEADER =
      (ActualsStore.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);

  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveOneTableWhateverTheWindows(FuzzedDataProvider data) throws IOException {
    int window = data.consumeInt(40, 4096);
    int splitChoice = data.consumeInt(0, Integer.MAX_VALUE);
    boolean header = data.consumeBoolean(); // random bytes seldom start with the store's header
    byte[] body = data.consumeRemainingAsBytes();
    byte[] raw = body;
    if (header) {
      raw = new byte[HEADER.length + body.length];
      System.arraycopy(HEADER, 0, raw, 0, HEADER.length);
      System.arraycopy(body, 0, raw, HEADER.length, body.length);
    }
    Path file = Files.createTempFile("pac-store-form", ".csv");
    try {
      Files.write(file, raw);
      try (FileChannel ch = FileChannel.open(file)) {
        int whole = Math.max(64, raw.length + 1);
        List<String> one = rows(read(ch, raw.length, -1, whole));
        assertEquals(one, rows(read(ch, raw.length, -1, window)), "window " + window);
        long split = split(raw, splitChoice);
        if (split >= 0) {
          assertEquals(
              one, rows(read(ch, raw.length, split, window)), "split " + split + ", " + window);
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static RowTable read(FileChannel ch, long size, long split, int window)
      throws IOException {
    return StoreLayoutReader.read(ch, size, 0, "f.csv", ImportProgress.NONE, split, 0, window);
  }

  /** A line's start after the header, chosen by {@code choice}; -1 when there is none. */
  private static long split(byte[] raw, int choice) {
    int from = StoreLayoutReader.rowsFrom(raw, raw.length);
    if (from < 0) {
      return -1;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = from; i < raw.length; i++) {
      if (raw[i - 1] == '\n') {
        starts.add(i);
      }
    }
    return starts.isEmpty() ? -1 : starts.get(choice % starts.size());
  }

  /** Every column of every row, the ids' numbering included, or a single "none". */
  private static List<String> rows(RowTable t) {
    return t == null ? List.of("none") : StoreLayoutPartsTest.rows(t);
  }
}
