package dev.pac.check;

import dev.pac.model.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code pac validate}: the workspace settings and each plan file, checked. */
public final class Validation {
  private Validation() {}

  public static ValidationReport run(LoadedWorkspace ws, List<Path> planFiles, LocalDate asOf, Function<Path, String> display) {
    List<String> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (ws.settingsFile() != null) {
      files.add(ws.settingsFile());
      findings.addAll(ws.findings());
    }
    PlanLoader loader = new PlanLoader();
    for (Path p : planFiles) {
      LoadedPlan plan = loader.load(p, display.apply(p), ws.settings().review(), asOf);
      files.add(plan.file());
      findings.addAll(plan.findings());
    }
    return new ValidationReport(files, findings);
  }
}
