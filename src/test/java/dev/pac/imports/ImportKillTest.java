package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.actuals.Actual;
import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.ImportProgress;
import dev.pac.model.ActualRows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed (SIGKILL) while it writes the store leaves the old store intact, and the next
 * import works: the new content goes to a temporary file that only a complete, synced write renames
 * into place.
 */
class ImportKillTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      pac: 1
      id: p
      title: Plan
      owner: Ann
      period: {start: 2020-01-01, end: 2027-12-31}
      kpis:
        - {id: mql, name: MQL, unit: count}
        - {id: revenue, name: Revenue, unit: currency}
      objectives:
        - {id: o, title: Grow leads a lot this year, kpi: mql, target: 100, deadline: 2027-12-31}
      actions:
        - {id: a, title: Act, objectives: [o], type: promotion, owner: Ann, start: 2020-01-01, due: 2027-12-31, budget: 10}
      """;

  private static final String OLD_STORE =
      "date,kpi,value,segment,channel,action\n2019-12-30,mql,7,,,\n2019-12-31,mql,8,,,\n";

  @Test
  void aKilledImportLeavesTheOldStore() throws Exception {
    Files.createDirectories(dir.resolve("plans"));
    Files.writeString(dir.resolve("plans/p.yaml"), PLAN);
    Path store = dir.resolve("data/actuals.csv");
    Files.createDirectories(store.getParent());
    Files.writeString(store, OLD_STORE);
    Path csv = dir.resolve("big.csv");
    writeBigCsv(csv, 600_000);

    boolean killedWhileWriting = false;
    for (int attempt = 0; attempt < 5 && !killedWhileWriting; attempt++) {
      Process child =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElse("java"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.pac.cli.Main",
                  "-C",
                  dir.toString(),
                  "import",
                  csv.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child.log").toFile())
              .start();
      boolean sawTemporary = false;
      try {
        // wait for the temporary file of the write, then kill at once
        while (child.isAlive()) {
          if (temporaries(store).count() > 0) {
            child.destroyForcibly();
            sawTemporary = true;
            break;
          }
          Thread.onSpinWait();
        }
        child.waitFor();
      } finally {
        child.destroyForcibly();
      }
      byte[] now = Files.readAllBytes(store);
      if (Arrays.equals(OLD_STORE.getBytes(StandardCharsets.UTF_8), now)) {
        killedWhileWriting = sawTemporary;
      } else {
        // the rename won the race with the kill: then the store must be the whole new one, never a
        // part
        assertEquals(
            600_002,
            ActualsStore.load(store, "s").rows().size(),
            "a complete store or the old one");
        Files.writeString(store, OLD_STORE);
      }
    }
    assertTrue(
        killedWhileWriting,
        "the child was killed during its write (log: "
            + Files.readString(dir.resolve("child.log"))
            + ")");

    assertArrayEquals(
        OLD_STORE.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(store),
        "the old store, byte for byte");
    assertEquals(2, ActualRows.read(store, "s").size());

    // the next import takes the lock the dead process held, clears its temporary file and succeeds
    Importer next =
        new Importer(
            () -> Set.of("mql", "revenue"),
            null,
            ImportProgress.NONE,
            s -> {},
            Duration.ofSeconds(5));
    Importer.Outcome o = next.run(List.of(new Importer.Source(csv, "big.csv")), store, "s", false);
    assertEquals(600_000, o.result().added());
    assertEquals(0, temporaries(store).count(), "no temporary file left");
    List<Actual> rows = ActualsStore.load(store, "s").rows();
    assertEquals(600_002, rows.size());
  }

  private static Stream<Path> temporaries(Path store) throws IOException {
    try (Stream<Path> s = Files.list(store.getParent())) {
      List<Path> tmp = new ArrayList<>();
      s.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(tmp::add);
      return tmp.stream();
    }
  }

  private static void writeBigCsv(Path csv, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("date,kpi,value,segment\n");
      LocalDate d = LocalDate.of(2020, 1, 1);
      int n = 0;
      while (n < rows) {
        for (int s = 0; s < 250 && n < rows; s++) {
          w.write(d + ",mql," + (n % 977) + ",s" + s + "\n");
          w.write(d + ",revenue," + (n % 9973) + ".5,s" + s + "\n");
          n += 2;
        }
        d = d.plusDays(1);
      }
    }
  }
}
