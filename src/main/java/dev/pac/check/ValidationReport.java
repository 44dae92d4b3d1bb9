package dev.pac.check;

import dev.pac.model.Finding;
import dev.pac.model.Severity;
import java.util.List;

/** The outcome of {@code pac validate}: the files checked (as named in findings) and every finding. */
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

  /** The findings of each file checked, files in the order checked (a file without findings maps to none). */
  public java.util.Map<String, List<Finding>> byFile() {
    java.util.Map<String, List<Finding>> out = new java.util.LinkedHashMap<>();
    for (String f : files) {
      out.put(f, new java.util.ArrayList<>());
    }
    for (Finding f : findings) {
      out.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f);
    }
    return out;
  }

  /** Whether the run fails: an error, or with {@code strict} a warning too. */
  public boolean fails(boolean strict) {
    return errors() > 0 || (strict && warnings() > 0);
  }
}
