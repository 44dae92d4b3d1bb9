package dev.pac.git;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pac.diff.DiffNote;
import dev.pac.diff.DiffReport;
import dev.pac.diff.PlanDiff;
import dev.pac.files.InputFile;
import dev.pac.i18n.Catalogue;
import dev.pac.model.Lang;
import dev.pac.model.Plan;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Scorer;
import dev.pac.score.TargetKind;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.workspace.WorkspaceTemplate;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Assertions;

/**
 * Any bytes committed as a plan are read by {@code pac diff} the way it reads a git blob (its size
 * from the object first, then at most 1 MiB through a stream) and compared with the example plan:
 * the result is changes or a one-line note, never an exception. The blobs live in an in-memory
 * repository.
 */
class DiffBlobFuzzTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 29);
  private static final String FILE = "plans/h1-2027.yaml";
  private static final List<LoadedPlan> BASE;

  static {
    byte[] plan = WorkspaceTemplate.of(Lang.EN).content(FILE);
    BASE =
        List.of(
            new PlanLoader().check(Path.of(FILE), new YamlReader().parse(plan, FILE), null, AS_OF));
  }

  @FuzzTest(maxDuration = "10m")
  void anyBlobGivesChangesOrANote(byte[] input) throws IOException {
    PlanSource source;
    try (InMemoryRepository repo =
        new InMemoryRepository(
            new DfsRepositoryDescription("fuzz"))) { // one a run: nothing piles up
      ObjectId id;
      try (ObjectInserter ins = repo.newObjectInserter()) {
        id = ins.insert(Constants.OBJ_BLOB, input);
        ins.flush();
      }
      source = GitPlans.of(repo, null).blob(FILE, id, InputFile.MAX_TEXT_BYTES);
    }
    YamlReader reader = new YamlReader();
    YamlDocument doc =
        source.refusal() != null
            ? YamlReader.refused(FILE, source.refusal())
            : reader.parse(source.bytes(), FILE);
    LoadedPlan head = new PlanLoader(reader).check(Path.of(FILE), doc, null, AS_OF);
    PlanDiff.Rankings rankings =
        new PlanDiff.Rankings(
            p -> ranked(p, TargetKind.SEGMENTS), p -> ranked(p, TargetKind.CHANNELS));
    DiffReport report =
        new PlanDiff(rankings).compare("HEAD", BASE, DiffReport.WORKING_TREE, List.of(head));
    assertNotNull(report);
    for (DiffNote n : report.notes()) {
      assertTrue(n.message().indexOf('\n') < 0, () -> "a note over two lines: " + n);
    }
  }

  @org.junit.jupiter.api.Test
  void aBlobOverTheLimitIsRefusedByItsSizeAlone() throws IOException {
    try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("limit"))) {
      ObjectId id;
      try (ObjectInserter ins = repo.newObjectInserter()) {
        id = ins.insert(Constants.OBJ_BLOB, "pac: 1\nid: x\n".getBytes(StandardCharsets.UTF_8));
        ins.flush();
      }
      PlanSource fits =
          GitPlans.of(repo, null).blob(FILE, id, 13); // 7 bytes "pac: 1\n", 6 bytes "id: x\n"
      Assertions.assertEquals(13, fits.bytes().length);
      PlanSource refused = GitPlans.of(repo, null).blob(FILE, id, 12);
      Assertions.assertEquals(null, refused.bytes());
      Assertions.assertEquals(
          "the file is 13 bytes; pac reads files of at most 12 bytes",
          Catalogue.english().say(refused.refusal()));
    }
  }

  private static List<String> ranked(Plan p, TargetKind kind) {
    return Scorer.rank(kind.of(p), kind.weights(p.scoring()), p.scoring().method())
        .ranked()
        .stream()
        .map(ScoredTarget::id)
        .toList();
  }
}
