package dev.pac.check.rules;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.yaml.Location;
import dev.pac.yaml.LocationIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one rule's check reports: each finding it is given becomes a {@link Finding} of that rule,
 * in the file checked, at the rule's level unless the check names another. A check sees only its
 * own sink, so it cannot report under another rule's id. A message is a catalogue {@link Text}
 * (area {@code rules}), said in each reader's language.
 *
 * <p>A check names where a finding is by its path in the plan ({@code objectives[2].target}); the
 * sink looks the path up in the file only for a finding it keeps. A sink that keeps no warnings
 * (for a command that only refuses a plan with errors) drops them unplaced.
 */
public final class Sink {
  private final String file;
  private final CheckRule rule;
  private final LocationIndex index;
  private final boolean warnings;
  private final List<Finding> findings = new ArrayList<>();

  /** {@code index} places the findings in {@code file}; {@code warnings}: whether to keep them. */
  public Sink(String file, CheckRule rule, LocationIndex index, boolean warnings) {
    this.file = file;
    this.rule = rule;
    this.index = index;
    this.warnings = warnings;
  }

  /** A finding at the rule's level, at the value of {@code path}. */
  public void report(String path, Text message) {
    report(rule.level(), path, message);
  }

  /**
   * A finding at another level than the rule's (smart.achievable warns of an action without
   * resources).
   */
  public void report(Severity severity, String path, Text message) {
    if (kept(severity)) {
      report(severity, index.value(path), message);
    }
  }

  /** A finding at the rule's level, at the key of {@code path} (a mapping as a whole). */
  public void reportAtKey(String path, Text message) {
    if (kept(rule.level())) {
      report(rule.level(), index.key(path), message);
    }
  }

  private boolean kept(Severity severity) {
    return warnings || severity != Severity.WARNING;
  }

  /** A finding placed already. */
  void report(Severity severity, Location at, Text message) {
    findings.add(Finding.of(file, at.line(), at.column(), severity, rule.id(), message));
  }

  /** What was reported, in the order reported. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
