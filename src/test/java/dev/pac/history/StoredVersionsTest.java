package dev.pac.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.diff.PlanDiff;
import dev.pac.git.GitHistory;
import dev.pac.git.TestRepo;
import dev.pac.model.Objective;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoredVersions}: a second read of a history takes the plan versions bound by the first
 * from the store and says the same; a changed blob is read again; a damaged file, or one from
 * another build, is ignored and written anew; a version with findings is never stored.
 */
class StoredVersionsTest {
  @TempDir Path dir;
  @TempDir Path cache;

  /** How many versions the loader bound (read from git and parsed). */
  private final AtomicInteger parsed = new AtomicInteger();

  private final BiFunction<String, byte[], LoadedPlan> loader =
      (path, bytes) -> {
        parsed.incrementAndGet();
        return new PlanLoader().bind(Path.of(path), new YamlReader().parse(bytes, path), null);
      };

  private Path file() {
    return cache.resolve("versions.bin");
  }

  private History read(String build) {
    parsed.set(0);
    try (GitHistory git = GitHistory.find(dir)) {
      return new HistoryReader(
              new PlanDiff(null), loader, ZoneOffset.UTC, StoredVersions.at(file(), build))
          .read(git, git.repoPath(dir.resolve("plans")), null);
    }
  }

  @Test
  void aSecondReadTakesTheCleanVersionsFromTheStoreAndSaysTheSame() throws Exception {
    Scenario.build(dir);
    History first = read("build 1");
    // 10 plan versions (a blob at a path) in the scenario's history, one of which does not parse
    assertEquals(10, parsed.get());
    assertTrue(Files.size(file()) > 0);
    History second = read("build 1");
    assertEquals(1, parsed.get(), "only the version with a syntax error is parsed again");
    assertEquals(first.steps(), second.steps());
    assertEquals(first.missing(), second.missing());
    // nothing new: the file is not written again
    long written = Files.getLastModifiedTime(file()).toMillis();
    Files.setLastModifiedTime(file(), FileTime.fromMillis(written - 5000));
    read("build 1");
    assertEquals(written - 5000, Files.getLastModifiedTime(file()).toMillis());
  }

  @Test
  void aChangedBlobIsReadAgain() throws Exception {
    Scenario.build(dir);
    read("build 1");
    try (TestRepo r = TestRepo.init(dir)) {
      String f = "plans/sales/growth-2027.yaml";
      r.write(f, r.read(f).replace("target: 1100", "target: 900"));
      r.commit("Lower the MQL target once more", "Chloé", "2027-04-09");
    }
    History after = read("build 1");
    assertEquals(2, parsed.get(), "the new version and the one with a syntax error");
    Step last = after.steps().get(after.steps().size() - 1);
    Objective mql =
        last.after().get("plans/sales/growth-2027.yaml").plan().objective("grow-mql").get();
    assertEquals(900.0, mql.target());
    assertEquals(1, last.changes().size());
    assertEquals(1100.0, last.changes().get(0).before());
    // and the store now holds it: a third read parses only the broken version
    read("build 1");
    assertEquals(1, parsed.get());
  }

  @Test
  void aDamagedFileIsIgnoredAndWrittenAnew() throws Exception {
    Scenario.build(dir);
    History first = read("build 1");
    byte[] good = Files.readAllBytes(file());
    for (byte[] bad :
        List.of(
            flip(good, good.length / 2),
            flip(good, good.length - 1),
            Arrays.copyOf(good, good.length - 100),
            new byte[0],
            "not a store".getBytes(StandardCharsets.UTF_8))) {
      Files.write(file(), bad);
      History again = read("build 1");
      assertEquals(10, parsed.get(), "a damaged file is not read");
      assertEquals(first.steps(), again.steps());
      read("build 1");
      assertEquals(1, parsed.get(), "and it is written anew");
    }
  }

  @Test
  void aStoredFileThatIsALinkIsNotRead() throws Exception {
    Scenario.build(dir);
    read("build 1");
    Path elsewhere = Files.createTempFile("stored", ".bin");
    Files.copy(file(), elsewhere, StandardCopyOption.REPLACE_EXISTING);
    Files.delete(file());
    Files.createSymbolicLink(file(), elsewhere);
    read("build 1");
    assertEquals(10, parsed.get(), "a link, even to a good file, is not followed");
  }

  @Test
  void anotherBuildsFileIsNotRead() throws Exception {
    Scenario.build(dir);
    History first = read("build 1");
    History other = read("build 2");
    assertEquals(10, parsed.get());
    assertEquals(first.steps(), other.steps());
  }

  @Test
  void everyKindOfValueOfAPlanComesBackEqual() throws Exception {
    // the example plan: SWOT lists, scoring weights (maps of enums), milestones, dates, enums
    Path example = Path.of("examples/acme/plans/h1-2027.yaml");
    byte[] bytes = Files.readAllBytes(example);
    LoadedPlan loaded =
        new PlanLoader()
            .bind(Path.of("plans/h1.yaml"), new YamlReader().parse(bytes, "plans/h1.yaml"), null);
    assertTrue(loaded.findings().isEmpty(), loaded.findings().toString());
    assertNotNull(loaded.plan().scoring().segments());
    StoredVersions store = StoredVersions.at(file(), "build 1");
    assertFalse(store.has("abc"));
    store.offer("abc", loaded);
    store.save();
    StoredVersions again = StoredVersions.at(file(), "build 1");
    assertTrue(again.has("abc"));
    assertEquals(loaded, again.stored("abc", "plans/h1.yaml"));
    assertNull(again.stored("abd", "plans/h1.yaml"));
  }

  @Test
  void aVersionWithFindingsIsNotStored() throws Exception {
    LoadedPlan broken =
        new PlanLoader()
            .bind(
                Path.of("plans/x.yaml"),
                new YamlReader().parse("id: [x\n".getBytes(StandardCharsets.UTF_8), "plans/x.yaml"),
                null);
    StoredVersions store = StoredVersions.at(file(), "build 1");
    store.offer("abc", broken);
    store.save();
    assertFalse(Files.exists(file()));
  }

  private static byte[] flip(byte[] b, int at) {
    byte[] out = b.clone();
    out[at] ^= 0x20;
    return out;
  }
}
