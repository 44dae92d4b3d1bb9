package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.check.PlanFixture;
import dev.pac.check.rules.ActionRules;
import dev.pac.check.rules.SmartRules;
import dev.pac.files.PlanFiles;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {
  static ValidationReport validate(Path root, LocalDate asOf) {
    LoadedWorkspace ws = WorkspaceLoader.load(root, p -> root.relativize(p).toString());
    List<Path> files = PlanFiles.under(ws.plansDir(), "plans");
    return Validation.run(
        new PlanLoader(), ws, files, true, asOf, p -> root.relativize(p).toString());
  }

  @Test
  void aPlanOverOneMebibyteIsOneLocatedFindingAndFailsTheRun(@TempDir Path root)
      throws IOException {
    Files.createDirectories(root.resolve("plans"));
    Files.writeString(root.resolve("plans/ok.yaml"), PlanFixture.PLAN);
    try (OutputStream out = Files.newOutputStream(root.resolve("plans/big.yaml"))) {
      byte[] line =
          "# padding padding padding padding padding padding padding padding padding\n"
              .getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written <= (1 << 20); written += line.length) {
        out.write(line);
      }
    }
    ValidationReport r = validate(root, PlanFixture.AS_OF);
    assertEquals(List.of("plans/big.yaml", "plans/ok.yaml"), r.files());
    assertEquals(1, r.findings().size(), r.findings().toString());
    Finding f = r.findings().get(0);
    assertEquals("plans/big.yaml", f.file());
    assertEquals(Rule.SYNTAX, f.rule());
    assertEquals(1, f.line());
    assertEquals(1, f.column());
    assertTrue(f.message().contains("at most 1,048,576 bytes"), f.message());
    assertTrue(r.fails(false));
  }

  @Test
  void warningsFailOnlyAStrictRun(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("plans"));
    Files.writeString(
        root.resolve("plans/p.yaml"), PlanFixture.plan("Reach 500 MQLs this year", "More MQLs"));
    ValidationReport r = validate(root, PlanFixture.AS_OF);
    assertEquals(0, r.errors());
    assertEquals(1, r.warnings());
    assertFalse(r.fails(false));
    assertTrue(r.fails(true));
  }

  @Test
  void theDayJudgedDecidesStaleness(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("plans"));
    Files.writeString(root.resolve("plans/p.yaml"), PlanFixture.PLAN); // a1 due 2027-06-30, planned
    assertEquals(0, validate(root, LocalDate.of(2027, 6, 30)).warnings());
    ValidationReport late = validate(root, LocalDate.of(2027, 7, 1));
    assertEquals(
        List.of(ActionRules.STALE.id()), late.findings().stream().map(Finding::rule).toList());
  }

  @Test
  void theWorkspaceSettingsAreCheckedAndTheirReviewApplies(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("plans"));
    Files.writeString(root.resolve("plans/p.yaml"), PlanFixture.PLAN);
    Files.writeString(root.resolve("pac.yaml"), "review:\n  max_change: 0.1\n  min_roi: -1\n");
    ValidationReport r = validate(root, PlanFixture.AS_OF);
    assertEquals(List.of("pac.yaml", "plans/p.yaml"), r.files());
    assertEquals(2, r.findings().size(), r.findings().toString());
    Finding settings = r.findings().get(0);
    assertEquals("pac.yaml", settings.file());
    assertEquals(Rule.SCHEMA_RANGE, settings.rule());
    assertEquals(3, settings.line());
    Finding realistic = r.findings().get(1); // |40 - 50| = 10 > 0.1 × 50 = 5
    assertEquals(SmartRules.REALISTIC.id(), realistic.rule());
    assertEquals("plans/p.yaml", realistic.file());
  }
}
