package dev.pac.imports;

import dev.pac.model.Finding;
import dev.pac.model.ImportMapping;
import dev.pac.model.Severity;
import dev.pac.yaml.LocationIndex;
import java.util.List;

/**
 * An import mapping as loaded: the mapping (trustworthy only without errors), its findings, where
 * its values are.
 */
public record LoadedMapping(
    String file, ImportMapping mapping, List<Finding> findings, LocationIndex index) {
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
