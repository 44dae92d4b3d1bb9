package dev.pac.workspace;

import dev.pac.model.Finding;
import dev.pac.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code pac validate}: the files checked (as named in findings) and every finding.
 */
public record ValidationReport(List<String> files, List<Finding> findings) {
  public ValidationReport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /**
   * The findings of each file checked, files in the order checked (a file without findings maps to
   * none).
   */
  public Map<String, List<Finding>> byFile() {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (String f : files) {
      out.put(f, new ArrayList<>());
    }
    for (Finding f : findings) {
      out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /** Whether the run fails: an error, or with {@code strict} a warning too. */
  public boolean fails(boolean strict) {
    return errors() > 0 || (strict && warnings() > 0);
  }
}
