package dev.pac.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.KnownStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digests of stores found without a flaw, in pac's cache folder. */
class CheckedStoresTest {
  @TempDir Path dir;

  @Test
  void digestsAreKeptForTheBuildThatFoundThem() {
    Path file = dir.resolve("stores.bin");
    CheckedStores first = CheckedStores.at(file, "build 1");
    assertFalse(first.mayKnow(CheckedStores.FROM), "nothing kept yet: no need to look");
    first.add(List.of("2000000-1-2"));
    CheckedStores again = CheckedStores.at(file, "build 1");
    assertTrue(again.mayKnow(CheckedStores.FROM));
    assertTrue(again.knows("2000000-1-2"));
    assertFalse(again.knows("2000000-1-3"));
    // under 1 MiB a store is read through each time
    assertFalse(again.keeps(CheckedStores.FROM - 1));
    assertFalse(again.mayKnow(CheckedStores.FROM - 1));
    // what "without a flaw" means could change with the build: another build knows nothing
    assertFalse(CheckedStores.at(file, "build 2").knows("2000000-1-2"));
  }

  @Test
  void theFolderIsTheCacheFoldersStoresUnlessTurnedOff() {
    assertSame(KnownStores.NONE, CheckedStores.open(Map.of(), "b"));
    assertSame(KnownStores.NONE, CheckedStores.open(Map.of("HOME", "relative"), "b"));
    assertSame(
        KnownStores.NONE,
        CheckedStores.open(Map.of("HOME", dir.toString(), "PAC_NO_STORE_CACHE", "1"), "b"));
    CheckedStores.open(Map.of("XDG_CACHE_HOME", dir.toString()), "b").add(List.of("d"));
    assertTrue(CheckedStores.open(Map.of("XDG_CACHE_HOME", dir.toString()), "b").knows("d"));
    assertTrue(Files.isDirectory(dir.resolve("pac/stores")));
    CheckedStores.open(Map.of("HOME", dir.toString()), "b").add(List.of("e"));
    assertTrue(Files.isDirectory(dir.resolve(".cache/pac/stores")));
  }
}
