package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pac.error.PacException;
import dev.pac.files.FileClock;
import dev.pac.files.FileStamp;
import dev.pac.model.Grain;
import dev.pac.model.ImportMapping;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Rule;
import dev.pac.model.WorkspaceSettings;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CheckedFiles}: a file found clean comes back from the store exactly as it was loaded (its
 * record, its rules' findings and their places), a file with a finding is not kept, and the store
 * is read only by the build that wrote it.
 */
class CheckedFilesTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 29);

  @TempDir Path cache;

  private Path file() {
    return cache.resolve("files.bin");
  }

  /** The YAML files of the golden cases' workspaces and the examples under folders named so. */
  private static List<Path> yamlUnder(String folder) throws IOException {
    try (Stream<Path> s =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/cases")), Files.walk(Path.of("examples")))) {
      return s.filter(
              p -> p.getParent() != null && p.getParent().getFileName().toString().equals(folder))
          .filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  /**
   * A clock at which no file is settled (each is read every run), and one a day ahead, at which
   * every file is (those found clean are known by their stamp and not read again).
   */
  private static final LongSupplier NEVER_SETTLED = () -> 0L;

  private static final LongSupplier ALL_SETTLED = () -> System.currentTimeMillis() + 86_400_000L;

  static Stream<Arguments> clocks() {
    return Stream.of(
        Arguments.of("read every run", NEVER_SETTLED), Arguments.of("known by stamp", ALL_SETTLED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clocks")
  void everyPlanOfTheCasesLoadsTheSameFromTheStore(String name, LongSupplier clock)
      throws IOException {
    List<Path> plans = yamlUnder("plans");
    assertTrue(plans.size() > 200, "the cases' plans: " + plans.size());
    CheckedFiles first = CheckedFiles.at(file(), "build 1", clock);
    PlanLoader loading = new PlanLoader(new YamlReader(), first);
    List<LoadedPlan> loaded =
        plans.stream().map(p -> loading.load(p, p.toString(), null, AS_OF)).toList();
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "build 1", clock);
    PlanLoader again = new PlanLoader(new YamlReader(), second);
    int kept = 0;
    int unread = 0;
    for (int i = 0; i < plans.size(); i++) {
      Path p = plans.get(i);
      byte[] bytes = Files.readAllBytes(p);
      boolean clean = second.lookup(bytes, Plan.class).value() != null;
      CheckedFiles.Lookup<Plan> known =
          second.lookup(new YamlReader(), p, p.toString(), Plan.class);
      assertEquals(clean, known.value() != null, p.toString());
      unread += known.wasRead() ? 0 : 1;
      LoadedPlan before = loaded.get(i);
      assertEquals(before, again.load(p, p.toString(), null, AS_OF), p.toString());
      assertEquals(
          new PlanLoader().errorsOnly().load(p, p.toString(), null, AS_OF),
          again.errorsOnly().load(p, p.toString(), null, AS_OF),
          "without warnings: " + p);
      if (clean) {
        kept++;
      }
    }
    assertTrue(kept > 100, "plans taken from the store: " + kept);
    if (clock == NEVER_SETTLED || !FileStamp.keepsChangeTimes(plans.get(0))) {
      assertEquals(0, unread, "a file not settled, or on a file system not trusted, is read");
    } else {
      assertEquals(kept, unread, "every file found clean is known by its stamp");
    }
  }

  @Test
  void aFileKnownByItsStampIsReadWhenChangedAndOnlyToPlaceAFinding() throws IOException {
    Path plan = cache.resolve("plans/p.yaml");
    Files.createDirectories(plan.getParent());
    assumeTrue(FileStamp.keepsChangeTimes(plan.getParent()), "change times trusted here");
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    Files.write(plan, clean);
    LoadedPlan cold = new PlanLoader().load(plan, "p.yaml", null, AS_OF);
    assertFalse(cold.findings().isEmpty(), "a finding that asks the day, placed in the file");
    CheckedFiles first = CheckedFiles.at(file(), "b", ALL_SETTLED);
    assertTrue(first.lookup(new YamlReader(), plan, "p.yaml", Plan.class).wasRead());
    assertEquals(cold, new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF));
    first.save();

    CheckedFiles second = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> known = second.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertFalse(known.wasRead(), "unchanged since kept: not read");
    assertNotNull(known.value());
    // its finding is placed where a cold run places it (the file read for it)
    assertEquals(cold, new PlanLoader(new YamlReader(), second).load(plan, "p.yaml", null, AS_OF));

    // the same size, one byte other, its bytes' time set back: another stamp (its change time
    // moved), read again; written in a later step of the kernel's file clock (the test's clock
    // calls every file settled)
    FileTime modified = Files.getLastModifiedTime(plan);
    FileClock.nextStep(cache);
    Files.writeString(plan, sameSize(clean, "350001"));
    Files.setLastModifiedTime(plan, modified);
    CheckedFiles third = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> changed = third.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertTrue(changed.wasRead(), "changed since kept: read");
    assertNull(changed.value(), "these bytes were never found clean");
    assertEquals(
        new PlanLoader().load(plan, "p.yaml", null, AS_OF),
        new PlanLoader(new YamlReader(), third).load(plan, "p.yaml", null, AS_OF));
  }

  @Test
  void aFileChangedAfterItsStampWasTakenStopsTheRunWhenAFindingIsPlaced() throws IOException {
    assumeTrue(FileStamp.keepsChangeTimes(cache), "change times trusted here");
    Path plan = cache.resolve("p.yaml");
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    Files.write(plan, clean);
    CheckedFiles first = CheckedFiles.at(file(), "b", ALL_SETTLED);
    new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF);
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> known = second.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertFalse(known.wasRead());
    BoundFile<Plan> bound = known.bound(new YamlReader(), "p.yaml");
    Files.write(plan, (new String(clean, StandardCharsets.UTF_8) + "# one more line\n").getBytes());
    PacException e = assertThrows(PacException.class, () -> bound.index().value("id"));
    assertEquals("errors.input.changed", e.text().key());
    assertEquals("p.yaml", e.where());
  }

  @Test
  void aFileNotSettledIsReadEveryRun() throws IOException {
    Path plan = cache.resolve("p.yaml");
    Files.write(plan, Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml")));
    // the run's clock a second after the file's last change: written in the last seconds
    long changed = FileStamp.of(plan).changed() / 1_000_000;
    LongSupplier now = () -> changed + 1_000;
    CheckedFiles first = CheckedFiles.at(file(), "b", now);
    new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF);
    first.save();
    CheckedFiles.Lookup<Plan> again =
        CheckedFiles.at(file(), "b", now).lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertTrue(again.wasRead(), "changed within the last seconds: its stamp does not stand for it");
    assertNotNull(again.value(), "its bytes found clean all the same");
  }

  /** The example plan with its budget written as {@code budget}, six digits: the same size. */
  private static String sameSize(byte[] clean, String budget) {
    String text = new String(clean, StandardCharsets.UTF_8);
    assertTrue(text.contains("budget: 350000"));
    assertEquals(6, budget.length());
    return text.replace("budget: 350000", "budget: " + budget);
  }

  /** A workspace in the test's folder: {@code ws/pac.yaml}, {@code ws/plans}, {@code ws/common}. */
  private Path workspace() throws IOException {
    Path ws = cache.resolve("ws");
    Files.createDirectories(ws.resolve("plans"));
    Files.createDirectories(ws.resolve("common"));
    Files.writeString(ws.resolve("pac.yaml"), "");
    return ws;
  }

  /**
   * What loading {@code p} gives through the store at {@code file()} (kept there after), or the key
   * of the error it stops with.
   */
  private Object warm(Path p, YamlReader reader) {
    CheckedFiles kept = CheckedFiles.at(file(), "b", ALL_SETTLED);
    Object out = outcome(() -> new PlanLoader(reader, kept).load(p, "p.yaml", null, AS_OF));
    kept.save();
    return out;
  }

  private static Object cold(Path p, YamlReader reader) {
    return outcome(() -> new PlanLoader(reader).load(p, "p.yaml", null, AS_OF));
  }

  private static Object outcome(java.util.function.Supplier<Object> load) {
    try {
      return load.get();
    } catch (PacException e) {
      return "error " + e.text().key();
    }
  }

  /** Whether the store at {@code file()} knows {@code p} by its stamp (it is not read). */
  private boolean knownUnread(Path p) {
    CheckedFiles.Lookup<Plan> known =
        CheckedFiles.at(file(), "b", ALL_SETTLED).lookup(new YamlReader(), p, "p.yaml", Plan.class);
    return !known.wasRead();
  }

  /**
   * The example plan written to {@code file}, loaded through {@code read} (the file, or a link to
   * it) and kept; asserted known by its stamp after. Its bytes.
   */
  private byte[] keptUnread(Path file, Path read) throws IOException {
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    Files.write(file, clean);
    warm(read, new YamlReader());
    assertTrue(knownUnread(read), "kept, and known by its stamp: " + read);
    return clean;
  }

  @Test
  void aLinkIsStampedByWhatItLeadsToAndJudgedOnEveryRun() throws IOException {
    Path ws = workspace();
    assumeTrue(FileStamp.keepsChangeTimes(ws), "a file system whose change times are trusted");
    Path a = ws.resolve("common/a.yaml");
    Path link = ws.resolve("plans/x.yaml");
    Files.createSymbolicLink(link, Path.of("../common/a.yaml"));
    byte[] clean = keptUnread(a, link); // known by the stamp of the file it leads to

    // the file it leads to edited in place, the same size, its bytes' time set back
    FileTime modified = Files.getLastModifiedTime(a);
    FileClock.nextStep(cache);
    Files.writeString(a, sameSize(clean, "999999"));
    Files.setLastModifiedTime(a, modified);
    assertFalse(knownUnread(link));
    assertEquals(cold(link, new YamlReader()), warm(link, new YamlReader()), "target edited");

    // led to another file of the same size and times
    Path b = ws.resolve("common/b.yaml");
    Files.writeString(b, sameSize(clean, "123456"));
    Files.setLastModifiedTime(b, modified);
    Files.write(a, clean);
    warm(link, new YamlReader());
    Files.delete(link);
    Files.createSymbolicLink(link, Path.of("../common/b.yaml"));
    assertEquals(cold(link, new YamlReader()), warm(link, new YamlReader()), "link retargeted");

    // plans/ made a workspace of its own: the link, unchanged, now leads out of it
    Files.delete(link);
    Files.createSymbolicLink(link, Path.of("../common/a.yaml"));
    warm(link, new YamlReader());
    assertTrue(knownUnread(link));
    Files.writeString(ws.resolve("plans/pac.yaml"), "");
    Object refused = cold(link, new YamlReader());
    assertTrue(refused.toString().contains("link-out"), refused.toString());
    assertEquals(refused, warm(link, new YamlReader()), "confinement judged on every run");
  }

  @Test
  void aFileReplacedOrWrittenThroughAnotherNameIsReadAgain() throws IOException {
    Path ws = workspace();
    assumeTrue(FileStamp.keepsChangeTimes(ws), "a file system whose change times are trusted");
    Path p = ws.resolve("plans/x.yaml");
    byte[] clean = keptUnread(p, p);
    // an editor's save: a new file of the same size and times renamed over it
    FileTime modified = Files.getLastModifiedTime(p);
    Path tmp = ws.resolve("plans/.x.tmp");
    Files.writeString(tmp, sameSize(clean, "777777"));
    Files.setLastModifiedTime(tmp, modified);
    Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertFalse(knownUnread(p));
    assertEquals(cold(p, new YamlReader()), warm(p, new YamlReader()), "renamed over");

    // a hard link written through its other name
    Path other = ws.resolve("common/other.yaml");
    Files.delete(p);
    Files.write(other, clean);
    Files.createLink(p, other);
    warm(p, new YamlReader());
    assertTrue(knownUnread(p));
    modified = Files.getLastModifiedTime(other);
    FileClock.nextStep(cache);
    Files.writeString(other, sameSize(clean, "555555"));
    Files.setLastModifiedTime(other, modified);
    assertFalse(knownUnread(p));
    assertEquals(cold(p, new YamlReader()), warm(p, new YamlReader()), "hard link");

    // gone, a folder: what a first run says
    Files.delete(p);
    assertEquals(cold(p, new YamlReader()), warm(p, new YamlReader()), "deleted");
    Files.createDirectory(p);
    assertEquals(cold(p, new YamlReader()), warm(p, new YamlReader()), "a folder");
  }

  @Test
  void aReaderUnderOtherLimitsNeverTakesAStamp() throws IOException {
    Path ws = workspace();
    Path p = ws.resolve("plans/x.yaml");
    Files.write(p, Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml")));
    warm(p, new YamlReader());
    YamlReader small = new YamlReader(new YamlReader.Limits(100, 64, 64 * 1024));
    Object refused = cold(p, small);
    assertEquals(refused, warm(p, small), "a smaller size limit refuses the file every run");
    assertTrue(
        CheckedFiles.at(file(), "b", ALL_SETTLED).lookup(small, p, "p.yaml", Plan.class).wasRead());
  }

  @Test
  void theRulesThatAskTheDayRunAgainOnAnyDayAndUnderOtherSettings() throws IOException {
    List<Path> plans = yamlUnder("plans");
    CheckedFiles first = CheckedFiles.at(file(), "build 1");
    PlanLoader loading = new PlanLoader(new YamlReader(), first);
    for (Path p : plans) {
      loading.load(p, p.toString(), null, AS_OF);
    }
    first.save();
    String context = PlanLoader.context(null, true);
    int judged = 0;
    int dated = 0;
    CheckedFiles second = CheckedFiles.at(file(), "build 1");
    for (Path p : plans) {
      Set<Rule> asked = second.lookup(Files.readAllBytes(p), Plan.class).cleanBut(context);
      if (asked != null) {
        judged++;
        dated += asked.contains(new Rule("action.stale")) ? 1 : 0;
        assertTrue(Set.of(new Rule("action.stale")).containsAll(asked), p + ": " + asked);
      }
    }
    assertTrue(judged > 100 && dated > 100, judged + " kept as judged, " + dated + " dated");
    // on other days (an action overdue, or not yet), and under other settings: what loading
    // afresh gives, place of each finding included
    WorkspaceSettings monthly =
        new WorkspaceSettings("plans", "data/actuals.csv", null, Grain.MONTH, null);
    // a target that moves more than 0.0001 times its baseline is one a plan without a review of
    // its own is warned about: findings that only these settings give
    WorkspaceSettings strict =
        new WorkspaceSettings(
            "plans",
            "data/actuals.csv",
            null,
            Grain.WEEK,
            new Review(null, null, null, null, null, null, null, 0.0001, null));
    PlanLoader again = new PlanLoader(new YamlReader(), second);
    int found = 0;
    for (LocalDate day :
        List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2031, 1, 1))) {
      for (Path p : plans) {
        for (WorkspaceSettings ws : java.util.Arrays.asList(null, monthly, strict)) {
          LoadedPlan fresh = new PlanLoader().load(p, p.toString(), ws, day);
          assertEquals(fresh, again.load(p, p.toString(), ws, day), p + " on " + day);
          found += fresh.findings().size();
        }
      }
    }
    assertTrue(found > 100, "findings compared: " + found);
  }

  @Test
  void settingsAndMappingsComeBackEqual() throws IOException {
    CheckedFiles first = CheckedFiles.at(file(), "build 1");
    YamlReader reader = new YamlReader();
    List<Path> settings =
        yamlUnder("workspace").stream().filter(p -> p.endsWith("pac.yaml")).toList();
    List<Path> mappings = yamlUnder("mappings");
    assertTrue(
        settings.size() > 20 && mappings.size() > 20, settings.size() + " " + mappings.size());
    for (Path p : settings) {
      first.checked(reader, Files.readAllBytes(p), p.toString(), WorkspaceSettings.class);
    }
    for (Path p : mappings) {
      first.checked(reader, Files.readAllBytes(p), p.toString(), ImportMapping.class);
    }
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "build 1");
    int kept = 0;
    for (Path p : settings) {
      kept += same(reader, second, p, WorkspaceSettings.class);
    }
    for (Path p : mappings) {
      kept += same(reader, second, p, ImportMapping.class);
    }
    assertTrue(kept > 40, "files taken from the store: " + kept);
  }

  /** 1 when {@code p} came from the store, equal to what binding it gives; 0 when it was bound. */
  private static <T> int same(YamlReader reader, CheckedFiles store, Path p, Class<T> type)
      throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    BoundFile<T> bound = BoundFile.checked(reader.parse(bytes, p.toString()), type);
    T stored = store.lookup(bytes, type).value();
    BoundFile<T> taken = store.checked(reader, bytes, p.toString(), type);
    assertEquals(bound.value(), taken.value(), p.toString());
    assertEquals(bound.findings(), taken.findings(), p.toString());
    if (stored == null) {
      return 0;
    }
    assertTrue(bound.findings().isEmpty(), "only clean files are kept: " + p);
    assertEquals(
        bound.index().value("date.column"), taken.index().value("date.column"), "placed alike");
    return 1;
  }

  @Test
  void aFileWithAFindingIsNotKeptAndAChangedOneIsReadAgain() throws IOException {
    YamlReader reader = new YamlReader();
    byte[] broken = "pac: 1\nid: [x\n".getBytes(StandardCharsets.UTF_8);
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    CheckedFiles first = CheckedFiles.at(file(), "build 1");
    assertFalse(first.checked(reader, broken, "p.yaml", Plan.class).findings().isEmpty());
    first.checked(reader, clean, "p.yaml", Plan.class);
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "build 1");
    assertNull(second.lookup(broken, Plan.class).value());
    assertNotNull(second.lookup(clean, Plan.class).value());
    byte[] changed =
        (new String(clean, StandardCharsets.UTF_8) + "# one more line\n")
            .getBytes(StandardCharsets.UTF_8);
    assertNull(second.lookup(changed, Plan.class).value(), "other bytes, another entry");
    assertNull(
        second.lookup(clean, WorkspaceSettings.class).value(),
        "the same bytes read as another type");
  }

  @Test
  void textUtf8CannotCarryIsNotKept() throws IOException {
    YamlReader reader = new YamlReader();
    byte[] lone =
        "date: {column: \"Week\"}\nkpis:\n  mql: \"\\ud800\"\n".getBytes(StandardCharsets.UTF_8);
    CheckedFiles first = CheckedFiles.at(file(), "build 1");
    BoundFile<ImportMapping> bound = first.checked(reader, lone, "m.yaml", ImportMapping.class);
    assertTrue(bound.findings().isEmpty(), bound.findings().toString());
    assertEquals("\ud800", bound.value().kpis().get("mql"));
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "build 1");
    assertNull(
        second.lookup(lone, ImportMapping.class).value(), "not kept: it would not come back");
    assertEquals(
        "\ud800",
        second.checked(reader, lone, "m.yaml", ImportMapping.class).value().kpis().get("mql"));
  }

  @Test
  void aReaderUnderOtherLimitsJudgesAfresh() throws IOException {
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    CheckedFiles store = CheckedFiles.at(file(), "build 1");
    store.checked(new YamlReader(), clean, "p.yaml", Plan.class);
    store.save();
    CheckedFiles again = CheckedFiles.at(file(), "build 1");
    YamlReader tight = new YamlReader(new YamlReader.Limits(1000, 64, 1000));
    assertFalse(again.checked(tight, clean, "p.yaml", Plan.class).findings().isEmpty());
  }

  @Test
  void anotherBuildsStoreIsNotRead() throws IOException {
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    CheckedFiles first = CheckedFiles.at(file(), "build 1");
    first.checked(new YamlReader(), clean, "p.yaml", Plan.class);
    first.save();
    assertNull(CheckedFiles.at(file(), "build 2").lookup(clean, Plan.class).value());
    assertNotNull(CheckedFiles.at(file(), "build 1").lookup(clean, Plan.class).value());
  }

  @Test
  void theStoreIsOffWithoutACacheFolderOrWhenTurnedOff() throws IOException {
    assertSame(CheckedFiles.NONE, CheckedFiles.open(Map.of(), "build 1"));
    assertSame(CheckedFiles.NONE, CheckedFiles.open(Map.of("HOME", "relative"), "build 1"));
    assertSame(
        CheckedFiles.NONE,
        CheckedFiles.open(Map.of("HOME", cache.toString(), "PAC_NO_PLAN_CACHE", "1"), "build 1"));
    assertFalse(
        CheckedFiles.kept(Map.of("XDG_CACHE_HOME", cache.toString(), "PAC_NO_PLAN_CACHE", "1")));
    assertTrue(CheckedFiles.kept(Map.of("XDG_CACHE_HOME", cache.toString())));
    CheckedFiles on = CheckedFiles.open(Map.of("XDG_CACHE_HOME", cache.toString()), "build 1");
    on.checked(
        new YamlReader(),
        "plans: plans\n".getBytes(StandardCharsets.UTF_8),
        "pac.yaml",
        WorkspaceSettings.class);
    Map<String, String> vars = Map.of("XDG_CACHE_HOME", cache.toString());
    assertFalse(CheckedFiles.mayKnow(vars), "nothing kept yet: the validator is started at once");
    on.save();
    try (Stream<Path> files = Files.list(cache.resolve("pac/checked"))) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".bin")).count());
    }
    assertTrue(CheckedFiles.mayKnow(vars));
    assertFalse(
        CheckedFiles.mayKnow(Map.of("XDG_CACHE_HOME", cache.toString(), "PAC_NO_PLAN_CACHE", "1")));
  }
}
