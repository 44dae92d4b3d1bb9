package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every folder of saved fuzz inputs sits beside its test class: Jazzer replays the inputs of {@code
 * <package>/<Test>Inputs/} only, so a folder left behind when a test moves is silently never
 * replayed.
 */
class FuzzInputsTest {
  static List<String> orphans(Path resources, Path sources) throws IOException {
    try (Stream<Path> dirs = Files.walk(resources)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().endsWith("TestInputs"))
          .map(resources::relativize)
          .filter(
              rel -> {
                String name = rel.getFileName().toString();
                String test = name.substring(0, name.length() - "Inputs".length()) + ".java";
                return !Files.exists(sources.resolve(rel).resolveSibling(test));
              })
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  @Test
  void everyFolderOfSavedInputsHasItsTestBesideIt() throws IOException {
    Path resources = Path.of("src/test/resources");
    try (Stream<Path> dirs = Files.walk(resources)) {
      assertFalse(
          dirs.noneMatch(d -> d.getFileName().toString().endsWith("TestInputs")),
          "no saved inputs found at all");
    }
    assertEquals(List.of(), orphans(resources, Path.of("src/test/java")));
  }

  @Test
  void aFolderLeftBehindIsFound() throws IOException {
    Path root = Files.createTempDirectory("fuzz");
    Files.createDirectories(root.resolve("res/a/OldFuzzTestInputs/m"));
    Files.createDirectories(root.resolve("src/b"));
    Files.writeString(root.resolve("src/b/OldFuzzTest.java"), "");
    assertEquals(List.of("a/OldFuzzTestInputs"), orphans(root.resolve("res"), root.resolve("src")));
  }
}
