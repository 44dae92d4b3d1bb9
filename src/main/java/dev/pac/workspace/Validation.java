package dev.pac.workspace;

import dev.pac.files.PlanFiles;
import dev.pac.model.Finding;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code pac validate}: the workspace settings and each plan file, checked. */
public final class Validation {
  private Validation() {}

  /**
   * Checks {@code planFiles}; {@code pac.yaml} counts among the files checked when {@code
   * withSettings} (the workspace as a whole is checked) or when it has findings, which every plan
   * is subject to.
   */
  public static ValidationReport run(
      PlanLoader loader,
      LoadedWorkspace ws,
      List<Path> planFiles,
      boolean withSettings,
      LocalDate asOf,
      Function<Path, String> display) {
    return run(loader, ws, planFiles, withSettings, asOf, display, InputStream.nullInputStream());
  }

  /** The same, a plan file {@code -} ({@link PlanFiles#STDIN}) read from {@code stdin}. */
  public static ValidationReport run(
      PlanLoader loader,
      LoadedWorkspace ws,
      List<Path> planFiles,
      boolean withSettings,
      LocalDate asOf,
      Function<Path, String> display,
      InputStream stdin) {
    List<LoadedPlan> plans;
    if (planFiles.stream().anyMatch(p -> PlanFiles.STDIN.equals(p.toString()))) {
      // standard input among the files: each read in turn, so what fails first is what comes first
      plans = new ArrayList<>();
      for (Path p : planFiles) {
        plans.add(
            PlanFiles.STDIN.equals(p.toString())
                ? loader.load(stdin, PlanFiles.STDIN_NAME, ws.settings(), asOf)
                : loader.load(p, display.apply(p), ws.settings(), asOf));
      }
    } else {
      plans = loader.loadAll(planFiles, display, ws.settings(), asOf);
    }
    List<String> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    // pac.yaml first among the files, when it counts
    if (ws.settingsFile() != null && (withSettings || !ws.findings().isEmpty())) {
      files.add(ws.settingsFile());
      findings.addAll(ws.findings());
    }
    for (LoadedPlan plan : plans) {
      files.add(plan.file());
      findings.addAll(plan.findings());
    }
    return new ValidationReport(files, findings);
  }
}
