package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.PacException;
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
      unread += known.read() ? 0 : 1;
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
    if (clock == NEVER_SETTLED) {
      assertEquals(0, unread, "a file not settled is read every run");
    } else {
      assertEquals(kept, unread, "every file found clean is known by its stamp");
    }
  }

  @Test
  void aFileKnownByItsStampIsReadWhenChangedAndOnlyToPlaceAFinding() throws IOException {
    Path plan = cache.resolve("plans/p.yaml");
    Files.createDirectories(plan.getParent());
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    Files.write(plan, clean);
    LoadedPlan cold = new PlanLoader().load(plan, "p.yaml", null, AS_OF);
    assertFalse(cold.findings().isEmpty(), "a finding that asks the day, placed in the file");
    CheckedFiles first = CheckedFiles.at(file(), "b", ALL_SETTLED);
    assertTrue(first.lookup(new YamlReader(), plan, "p.yaml", Plan.class).read());
    assertEquals(cold, new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF));
    first.save();

    CheckedFiles second = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> known = second.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertFalse(known.read(), "unchanged since kept: not read");
    assertNotNull(known.value());
    // its finding is placed where a cold run places it (the file read for it)
    assertEquals(cold, new PlanLoader(new YamlReader(), second).load(plan, "p.yaml", null, AS_OF));

    // the same size, one byte other: another stamp (its change time moved), read again; written
    // in a later step of the kernel's file clock (the test's clock calls every file settled)
    pastAClockStep();
    String text = new String(clean, StandardCharsets.UTF_8);
    int at = text.indexOf("budget: 350000");
    assertTrue(at > 0);
    Files.writeString(plan, text.substring(0, at) + "budget: 350001" + text.substring(at + 14));
    CheckedFiles third = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> changed = third.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertTrue(changed.read(), "changed since kept: read");
    assertNull(changed.value(), "these bytes were never found clean");
    assertEquals(
        new PlanLoader().load(plan, "p.yaml", null, AS_OF),
        new PlanLoader(new YamlReader(), third).load(plan, "p.yaml", null, AS_OF));
  }

  @Test
  void aFileChangedAfterItsStampWasTakenStopsTheRunWhenAFindingIsPlaced() throws IOException {
    Path plan = cache.resolve("p.yaml");
    byte[] clean = Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml"));
    Files.write(plan, clean);
    CheckedFiles first = CheckedFiles.at(file(), "b", ALL_SETTLED);
    new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF);
    first.save();
    CheckedFiles second = CheckedFiles.at(file(), "b", ALL_SETTLED);
    CheckedFiles.Lookup<Plan> known = second.lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertFalse(known.read());
    BoundFile<Plan> bound = known.bound(new YamlReader(), "p.yaml");
    pastAClockStep();
    Files.write(plan, (new String(clean, StandardCharsets.UTF_8) + "# one more line\n").getBytes());
    PacException e = assertThrows(PacException.class, () -> bound.index().value("id"));
    assertEquals("errors.input.changed", e.text().key());
    assertEquals("p.yaml", e.where());
  }

  private static void pastAClockStep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aFileNotSettledIsReadEveryRun() throws IOException {
    Path plan = cache.resolve("p.yaml");
    Files.write(plan, Files.readAllBytes(Path.of("examples/acme/plans/h1-2027.yaml")));
    // the clock of the run: the file was written just now, in the same second as the run
    LongSupplier now = System::currentTimeMillis;
    CheckedFiles first = CheckedFiles.at(file(), "b", now);
    new PlanLoader(new YamlReader(), first).load(plan, "p.yaml", null, AS_OF);
    first.save();
    CheckedFiles.Lookup<Plan> again =
        CheckedFiles.at(file(), "b", now).lookup(new YamlReader(), plan, "p.yaml", Plan.class);
    assertTrue(again.read(), "changed within the last seconds: its stamp does not stand for it");
    assertNotNull(again.value(), "its bytes found clean all the same");
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
