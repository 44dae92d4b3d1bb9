package dev.pac.check.rules;

import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.yaml.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one rule's check reports: each finding it is given becomes a {@link Finding} of that rule,
 * in the file checked, at the rule's level unless the check names another. A check sees only its
 * own sink, so it cannot report under another rule's id. A message is a catalogue {@link Text}
 * (area {@code rules}), said in each reader's language.
 */
public final class Sink {
  private final String file;
  private final CheckRule rule;
  private final List<Finding> findings = new ArrayList<>();

  public Sink(String file, CheckRule rule) {
    this.file = file;
    this.rule = rule;
  }

  /** A finding at the rule's level. */
  public void report(Location at, Text message) {
    report(rule.level(), at, message);
  }

  /**
   * A finding at another level than the rule's (smart.achievable warns of an action without
   * resources).
   */
  public void report(Severity severity, Location at, Text message) {
    findings.add(Finding.of(file, at.line(), at.column(), severity, rule.id(), message));
  }

  /** What was reported, in the order reported. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
