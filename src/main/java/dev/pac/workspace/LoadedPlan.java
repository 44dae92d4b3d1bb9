package dev.pac.workspace;

import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * A plan file as loaded and checked: the plan with its defaults applied (null when the file did not
 * bind at all; trustworthy only when there is no error) and every finding, sorted by position. The
 * YAML it was read from is not kept: a workspace may hold hundreds of plans.
 */
public record LoadedPlan(Path path, String file, Plan plan, List<Finding> findings) {
  public LoadedPlan {
    findings = List.copyOf(findings);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  public boolean hasErrors() {
    return errors() > 0;
  }
}
