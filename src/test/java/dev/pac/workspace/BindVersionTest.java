package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.WorkspaceSettings;
import dev.pac.yaml.SectionCache;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A plan version bound from its sections, through a cache shared by the versions before it, is the
 * plan bound from the whole file, findings included, whatever the edits between versions.
 */
class BindVersionTest {
  private static final String SMALL =
      """
      # a plan
      pac: 1
      id: plan-1
      title: Benchmark plan 1
      owner: Bench
      period: {start: 2025-01-01, end: 2027-12-31}
      budget: 1000000
      kpis:
        - {id: mql, name: Marketing qualified leads, unit: count}
        - {id: revenue, name: Revenue, unit: currency}
      objectives:
        - {id: obj-1, title: Grow leads, kpi: mql, baseline: 1000, target: 2000, deadline: 2027-12-31}
      actions:
        - {id: act-1, title: Campaign, objectives: [obj-1], type: promotion, owner: Bench,
           start: 2025-01-01, due: 2027-12-31, status: active, budget: 10000}
      """;

  /** Edits a version as a commit might, or as a broken commit might. */
  private static String edit(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    switch (random.nextInt(16)) {
      case 0, 1, 2, 3 ->
          lines.set(i, line.replaceFirst("[0-9]", String.valueOf(random.nextInt(10))));
      case 4 -> lines.remove(i);
      case 5 -> lines.add(i, line); // a duplicate line, maybe a duplicate top-level key
      case 6 -> lines.add(i, "---");
      case 7 -> lines.set(i, "\t" + line);
      case 8 -> lines.add(i, "# a comment at the margin");
      case 9 -> lines.set(i, line.strip()); // an item at the margin
      case 10 -> lines.set(i, "  " + line);
      case 11 -> lines.set(i, line + " \"unclosed");
      case 12 -> lines.set(i, line.replace(": ", ":\t"));
      case 13 -> lines.set(i, line + "\u0007"); // a character YAML does not allow, anywhere
      case 14 -> lines.add(i, "  \u3000"); // a space to Java, not to YAML
      default -> lines.add(i, "extra_key: " + random.nextInt(3));
    }
    return String.join(random.nextInt(20) == 0 ? "\r\n" : "\n", lines);
  }

  private static void versions(String first, long seed, int count, int leastCut) {
    Random random = new Random(seed);
    PlanLoader loader = new PlanLoader();
    SectionCache sections = new SectionCache();
    YamlReader reader = new YamlReader();
    String text = first;
    int cut = 0;
    for (int v = 0; v < count; v++) {
      // the first version as it is, then mostly small steps from the last, as a history has
      text = v == 0 ? first : edit(random.nextInt(3) == 0 ? first : text, random);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      String path = "plans/p.yaml@v" + v;
      LoadedPlan whole =
          loader.bind(Path.of(path), reader.parse(bytes, path), WorkspaceSettings.DEFAULTS);
      LoadedPlan fromSections =
          loader.bindVersion(path, bytes, sections, WorkspaceSettings.DEFAULTS);
      assertEquals(whole, fromSections, text);
      if (!sections.parse(reader, bytes, path).whole()) {
        cut++;
      }
    }
    assertTrue(cut >= leastCut, "versions read from their sections: " + cut + " of " + count);
  }

  @Test
  void whatComesBeforeTheFirstKeyIsReadToo() {
    versions("# plan \u0007\n" + SMALL, 4, 50, 0);
    versions("  \u3000\n" + SMALL, 5, 50, 0);
  }

  @Test
  void moreSectionsThanTheCacheKeepsAndSeveralThreadsAtOnce() throws Exception {
    // 1,100 versions with a distinct title each (more sections than the 1,024 kept), bound from
    // four threads sharing one cache: every answer is the whole parse's
    PlanLoader loader = new PlanLoader();
    SectionCache sections = new SectionCache();
    List<String> texts = new ArrayList<>();
    for (int v = 0; v < 1_100; v++) {
      texts.add(SMALL.replace("title: Benchmark plan 1", "title: Plan " + v));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 275;
        done.add(
            pool.submit(
                () -> {
                  YamlReader reader = new YamlReader();
                  for (int k = 0; k < texts.size(); k++) {
                    String text = texts.get((offset + k) % texts.size());
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    String path = "plans/p.yaml@" + k;
                    assertEquals(
                        loader.bind(
                            Path.of(path), reader.parse(bytes, path), WorkspaceSettings.DEFAULTS),
                        loader.bindVersion(path, bytes, sections, WorkspaceSettings.DEFAULTS));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSmallPlanEditedAtRandom() {
    versions(SMALL, 1, 3_000, 750);
  }

  @Test
  void theExamplePlanEditedAtRandom() throws IOException {
    versions(Files.readString(Path.of("examples/acme/plans/h1-2027.yaml")), 2, 300, 50);
  }
}
