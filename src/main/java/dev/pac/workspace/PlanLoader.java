package dev.pac.workspace;

import dev.pac.check.PlanRules;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
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
import java.util.Set;
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
  private final CheckedFiles checked;
  private final boolean warnings;

  public PlanLoader() {
    this(new YamlReader());
  }

  public PlanLoader(YamlReader reader) {
    this(reader, CheckedFiles.NONE);
  }

  /**
   * A loader that takes the plan files earlier runs found clean from {@code checked}, and keeps
   * those it finds clean there (saved by the caller).
   */
  public PlanLoader(YamlReader reader, CheckedFiles checked) {
    this(reader, checked, true);
  }

  /** The rules' context of the settings last given (every plan of a workspace shares them). */
  private record Context(WorkspaceSettings workspace, String text) {}

  private volatile Context lastContext;

  private PlanLoader(YamlReader reader, CheckedFiles checked, boolean warnings) {
    this.reader = reader;
    this.checked = checked;
    this.warnings = warnings;
  }

  /**
   * The same loader for a command that only refuses a plan with errors and shows no warning: the
   * rules' warnings are dropped before they are placed in the file, which a plan found clean before
   * ({@link CheckedFiles}) would be parsed for.
   */
  public PlanLoader errorsOnly() {
    return new PlanLoader(reader, checked, false);
  }

  /**
   * Loads {@code path}, naming it {@code file} in findings. {@code workspace} holds the workspace's
   * settings (its review defaults and grain); {@code asOf} is the date {@code action.stale} judges
   * by.
   */
  public LoadedPlan load(Path path, String file, WorkspaceSettings workspace, LocalDate asOf) {
    // a file unchanged since it was found clean is not read: its record is kept
    CheckedFiles.Lookup<Plan> known = checked.lookup(reader, path, file, Plan.class);
    return known.refused() != null
        ? check(path, known.refused(), workspace, asOf)
        : judged(path, file, known.bound(reader, file), workspace, asOf, known);
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
    return load(Path.of(file), file, reader.input(in, file), workspace, asOf);
  }

  /**
   * Loads a plan file's {@code bytes}, read elsewhere (from a git revision, say), as {@link
   * #load(Path, String, WorkspaceSettings, LocalDate)} loads a file of those bytes.
   */
  public LoadedPlan load(
      Path path, String file, byte[] bytes, WorkspaceSettings workspace, LocalDate asOf) {
    CheckedFiles.Lookup<Plan> known = checked.lookup(reader, bytes, Plan.class);
    return judged(path, file, known.bound(reader, bytes, file), workspace, asOf, known);
  }

  private LoadedPlan load(
      Path path, String file, YamlReader.Input in, WorkspaceSettings workspace, LocalDate asOf) {
    return in.refused() != null
        ? check(path, in.refused(), workspace, asOf)
        : load(path, file, in.bytes(), workspace, asOf);
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
    return judged(
        path,
        doc.file(),
        BoundFile.checked(doc, Plan.class),
        workspace,
        asOf,
        CheckedFiles.NONE.lookup(null, Plan.class));
  }

  /**
   * A plan file bound and checked field by field, judged by the rules across its fields: of a file
   * they found nothing in before ({@code known}), under the same settings, only those that asked
   * the day run again.
   */
  private LoadedPlan judged(
      Path path,
      String file,
      BoundFile<Plan> bound,
      WorkspaceSettings workspace,
      LocalDate asOf,
      CheckedFiles.Lookup<Plan> known) {
    List<Finding> findings = new ArrayList<>(bound.findings());
    Plan raw = bound.value();
    Plan effective = null;
    if (raw != null) {
      effective = withDefaults(raw, workspace);
      String context = context(workspace);
      Set<Rule> dated = findings.isEmpty() ? known.cleanBut(context) : null;
      PlanRules.Judged judged =
          PlanRules.judge(
              raw, effective, file, bound.index(), bound.failed(), asOf, warnings, dated);
      findings.addAll(judged.findings());
      if (dated == null && findings.isEmpty()) {
        known.keepClean(context, judged.dated());
      }
    }
    return new LoadedPlan(path, file, effective, sorted(findings));
  }

  /** {@link #context(WorkspaceSettings, boolean)} of this loader, made once for each settings. */
  private String context(WorkspaceSettings workspace) {
    Context last = lastContext;
    if (last == null || last.workspace() != workspace) {
      last = new Context(workspace, context(workspace, warnings));
      lastContext = last;
    }
    return last.text();
  }

  /**
   * What the rules' findings depend on besides the file and the day: the settings the plan's
   * defaults come from, and whether warnings are kept.
   */
  static String context(WorkspaceSettings workspace, boolean warnings) {
    WorkspaceSettings ws = workspace == null ? WorkspaceSettings.DEFAULTS : workspace;
    return ws.review() + " " + ws.grain() + (warnings ? " warnings" : " errors");
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
