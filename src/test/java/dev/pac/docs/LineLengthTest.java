package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of the production code passes 100 columns. google-java-format keeps code within them and
 * splits long string literals; this also covers text blocks and comments, which it leaves as they
 * are.
 */
class LineLengthTest {
  static List<String> longLines(Path root, int columns) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).codePointCount(0, lines.get(i).length()) > columns) {
            found.add(root.relativize(f) + ":" + (i + 1));
          }
        }
      }
    }
    return found;
  }

  @Test
  void noLineOfTheProductionCodePassesOneHundredColumns() throws IOException {
    assertEquals(List.of(), longLines(Path.of("src/main/java"), 100));
  }

  @Test
  void aLongLineIsFound() throws IOException {
    Path dir = Files.createTempDirectory("lines");
    Files.writeString(dir.resolve("A.java"), "x".repeat(101) + "\nshort\n");
    assertEquals(List.of("A.java:1"), longLines(dir, 100));
  }
}
