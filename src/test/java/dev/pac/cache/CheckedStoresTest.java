package dev.pac.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.KnownStores;
import dev.pac.actuals.StoreDigest;
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
    String kept = new StoreDigest(2_000_000, 1, 2).key();
    CheckedStores first = CheckedStores.at(file, "build 1");
    assertFalse(first.mayKnow(2_000_000), "nothing kept yet: no need to look");
    first.add(List.of(kept));
    CheckedStores again = CheckedStores.at(file, "build 1");
    assertTrue(again.mayKnow(2_000_000));
    assertTrue(again.knows(kept));
    assertFalse(again.knows(new StoreDigest(2_000_000, 1, 3).key()));
    // a store of another length is not one kept: its checksums need not be read
    assertFalse(again.mayKnow(2_000_001));
    assertFalse(again.mayKnow(200_000));
    // under 1 MiB a store is read through each time
    assertFalse(again.keeps(CheckedStores.FROM - 1));
    assertTrue(again.keeps(CheckedStores.FROM));
    // what "without a flaw" means could change with the build: another build knows nothing
    assertFalse(CheckedStores.at(file, "build 2").knows(kept));
    assertFalse(CheckedStores.at(file, "build 2").mayKnow(2_000_000));
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
