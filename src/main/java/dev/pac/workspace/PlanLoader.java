package dev.pac.workspace;

import dev.pac.check.PlanRules;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.WorkspaceSettings;
import dev.pac.threads.Threads;
import dev.pac.yaml.SectionCache;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Loads a plan file through every check: YAML syntax and structure, keys, types and field rules
 * ({@link BoundFile}), then the cross-field, reference and SMART rules ({@link PlanRules}) on the
 * plan with its defaults applied. The findings are sorted by position.
 */
public final class PlanLoader {
  static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  private final YamlReader reader;

  public PlanLoader() {
    this(new YamlReader());
  }

  public PlanLoader(YamlReader reader) {
    this.reader = reader;
  }

  /**
   * Loads {@code path}, naming it {@code file} in findings. {@code workspace} holds the workspace's
   * settings (its review defaults and grain); {@code asOf} is the date {@code action.stale} judges
   * by.
   */
  public LoadedPlan load(Path path, String file, WorkspaceSettings workspace, LocalDate asOf) {
    YamlDocument doc = reader.read(path, file);
    return check(path, doc, workspace, asOf);
  }

  /**
   * Loads {@code files} as {@link #load(Path, String, WorkspaceSettings, LocalDate)} does, each
   * named by {@code display}, the plans in the files' order: read and checked on every core, each
   * file on its own (the reader and the validator serve several threads at once). What one throws
   * is thrown as the first such file in order would have thrown it alone; the other files are still
   * read.
   */
  public List<LoadedPlan> loadAll(
      List<Path> files,
      Function<Path, String> display,
      WorkspaceSettings workspace,
      LocalDate asOf) {
    return Threads.inOrder("pac-plans", files, f -> load(f, display.apply(f), workspace, asOf));
  }

  /** Loads a plan from standard input (or any stream), named {@code file} in findings. */
  public LoadedPlan load(InputStream in, String file, WorkspaceSettings workspace, LocalDate asOf) {
    return check(Path.of(file), reader.read(in, file), workspace, asOf);
  }

  /**
   * Binds an already read document without judging it: syntax and binding findings only (wrong
   * types, unknown keys, values outside an enum), the plan with its defaults. For reading many past
   * versions of a plan, where only whether it loads and what it says matter, at a fraction of
   * {@link #check}'s cost.
   */
  public LoadedPlan bind(Path path, YamlDocument doc, WorkspaceSettings workspace) {
    return loaded(path, doc, BoundFile.unchecked(doc, Plan.class), workspace);
  }

  /** A bound plan with its defaults and its binding findings, sorted. */
  private static LoadedPlan loaded(
      Path path, YamlDocument doc, BoundFile<Plan> bound, WorkspaceSettings workspace) {
    Plan effective = bound.value() == null ? null : withDefaults(bound.value(), workspace);
    return new LoadedPlan(path, doc.file(), effective, sorted(bound.findings()));
  }

  /**
   * A past version of a plan, bound as {@link #bind} binds it once read whole: its sections are
   * parsed and bound through {@code sections} (each distinct section's text parsed once, and its
   * value bound once, while kept), and the file is read whole again only when the version has a
   * finding to place.
   */
  public LoadedPlan bindVersion(
      String path, byte[] bytes, SectionCache sections, WorkspaceSettings workspace) {
    SectionCache.Parsed parsed = sections.parse(reader, bytes, path);
    if (parsed.whole()) {
      return bind(Path.of(path), parsed.document(), workspace);
    }
    YamlDocument doc = parsed.document();
    BoundFile<Plan> bound = BoundFile.unchecked(doc, Plan.class, sections.memo());
    return bound.findings().isEmpty()
        ? loaded(Path.of(path), doc, bound, workspace)
        : bind(Path.of(path), reader.parse(bytes, path), workspace);
  }

  /** Checks an already read document (a plan from a git revision, say). */
  public LoadedPlan check(
      Path path, YamlDocument doc, WorkspaceSettings workspace, LocalDate asOf) {
    BoundFile<Plan> bound = BoundFile.checked(doc, Plan.class);
    List<Finding> findings = new ArrayList<>(bound.findings());
    Plan raw = bound.value();
    Plan effective = null;
    if (raw != null) {
      effective = withDefaults(raw, workspace);
      findings.addAll(PlanRules.check(raw, effective, doc.file(), bound.index(), asOf));
    }
    return new LoadedPlan(path, doc.file(), effective, sorted(findings));
  }

  private static Plan withDefaults(Plan raw, WorkspaceSettings workspace) {
    WorkspaceSettings ws = workspace == null ? WorkspaceSettings.DEFAULTS : workspace;
    return raw.withDefaults(ws.review(), ws.grain());
  }

  /** {@code findings} in the order every output lists them: by position, then rule and message. */
  static List<Finding> sorted(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(ORDER);
    return out;
  }
}
