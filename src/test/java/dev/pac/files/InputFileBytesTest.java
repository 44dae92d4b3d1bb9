package dev.pac.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file, read in two halves at once and in chunks, gives the bytes one read gives. */
class InputFileBytesTest {
  @TempDir Path dir;

  @Test
  void aLargeFileReadInTwoHalvesIsTheFile() throws IOException {
    Random random = new Random(12);
    for (long size :
        new long[] {
          0,
          1,
          4095,
          InputFile.TWO_PARTS_FROM - 1,
          InputFile.TWO_PARTS_FROM,
          InputFile.TWO_PARTS_FROM + 3 * (1 << 20) + 12_345
        }) {
      byte[] b = new byte[(int) size];
      random.nextBytes(b);
      Path f = dir.resolve("f" + size);
      Files.write(f, b);
      assertArrayEquals(b, InputFile.bytes(f), "size " + size);
      assertArrayEquals(b, InputFile.readAll(f, "f"), "size " + size);
    }
  }
}
