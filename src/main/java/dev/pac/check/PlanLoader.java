package dev.pac.check;

import dev.pac.io.yaml.LocationIndex;
import dev.pac.io.yaml.RecordBinder;
import dev.pac.io.yaml.YamlDocument;
import dev.pac.io.yaml.YamlReader;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.WorkspaceSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads a plan file through every check: YAML syntax and structure ({@link YamlReader}), keys and types
 * ({@link RecordBinder}), the cross-field, reference and SMART rules ({@link PlanRules}) on the plan with
 * its defaults applied, then the field rules ({@link FieldRules}), last because the validator may still
 * be being built on another thread. The findings are sorted by position whatever the order. A loader
 * learns the model's record shapes once.
 */
public final class PlanLoader {
  static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
      .thenComparingInt(Finding::column).thenComparing(f -> f.rule().id()).thenComparing(Finding::message);

  private final YamlReader reader;
  private final RecordBinder.Shapes shapes = new RecordBinder.Shapes();

  public PlanLoader() {
    this(new YamlReader());
  }

  public PlanLoader(YamlReader reader) {
    this.reader = reader;
  }

  /**
   * Loads {@code path}, naming it {@code file} in findings. {@code workspace} holds the workspace's
   * settings (its review defaults and grain); {@code asOf} is the date {@code action.stale} judges by.
   */
  public LoadedPlan load(Path path, String file, WorkspaceSettings workspace, LocalDate asOf) {
    YamlDocument doc = reader.read(path, file);
    return check(path, doc, workspace, asOf);
  }

  /** Loads a plan from standard input (or any stream), named {@code file} in findings. */
  public LoadedPlan load(java.io.InputStream in, String file, WorkspaceSettings workspace, LocalDate asOf) {
    return check(Path.of(file), reader.read(in, file), workspace, asOf);
  }

  /**
   * Binds an already read document without judging it: syntax and binding findings only (wrong types,
   * unknown keys, values outside an enum), the plan with its defaults. For reading many past versions of
   * a plan, where only whether it loads and what it says matter, at a fraction of {@link #check}'s cost.
   */
  public LoadedPlan bind(Path path, YamlDocument doc, WorkspaceSettings workspace) {
    String file = doc.file();
    List<Finding> findings = new ArrayList<>(doc.findings());
    Plan effective = null;
    if (doc.root() != null) {
      RecordBinder.Result<Plan> bound = RecordBinder.bind(doc.root(), Plan.class, file, shapes);
      findings.addAll(bound.findings());
      if (bound.value() != null) {
        WorkspaceSettings ws = workspace == null ? WorkspaceSettings.DEFAULTS : workspace;
        effective = bound.value().withDefaults(ws.review(), ws.grain());
      }
    }
    findings.sort(ORDER);
    return new LoadedPlan(path, file, effective, findings, null);
  }

  /** Checks an already read document (a plan from a git revision, say). */
  public LoadedPlan check(Path path, YamlDocument doc, WorkspaceSettings workspace, LocalDate asOf) {
    String file = doc.file();
    LocationIndex index = new LocationIndex(doc.root());
    List<Finding> findings = new ArrayList<>(doc.findings());
    Plan effective = null;
    if (doc.root() != null) {
      RecordBinder.Result<Plan> bound = RecordBinder.bind(doc.root(), Plan.class, file, shapes);
      findings.addAll(bound.findings());
      bound.aliases().forEach(index::alias);
      Plan raw = bound.value();
      if (raw != null) {
        WorkspaceSettings ws = workspace == null ? WorkspaceSettings.DEFAULTS : workspace;
        effective = raw.withDefaults(ws.review(), ws.grain());
        findings.addAll(PlanRules.check(raw, effective, file, index, asOf));
        // last, since the validator may still be being built on another thread (the findings are sorted)
        findings.addAll(FieldRules.check(raw, file, index, bound.failedPaths()));
      }
    }
    findings.sort(ORDER);
    return new LoadedPlan(path, file, effective, findings, index);
  }
}
