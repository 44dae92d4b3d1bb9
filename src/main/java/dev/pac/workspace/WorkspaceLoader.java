package dev.pac.workspace;

import dev.pac.files.Confinement;
import dev.pac.files.Workspace;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.WorkspaceSettings;
import dev.pac.text.Excerpt;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.YamlReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Finds the workspace of a folder and reads its {@code pac.yaml}, checked like a plan. */
public final class WorkspaceLoader {
  private WorkspaceLoader() {}

  /** {@code display} names a path in findings (relative to where the user stands). */
  public static LoadedWorkspace load(Path start, Function<Path, String> display) {
    Workspace ws = Workspace.locate(start);
    if (!ws.hasSettings()) {
      return new LoadedWorkspace(ws, null, WorkspaceSettings.DEFAULTS, List.of());
    }
    String file = display.apply(ws.settingsFile());
    BoundFile<WorkspaceSettings> bound =
        BoundFile.checked(new YamlReader().read(ws.settingsFile(), file), WorkspaceSettings.class);
    List<Finding> findings = new ArrayList<>(bound.findings());
    WorkspaceSettings settings = confined(bound.value(), ws.root(), file, bound.index(), findings);
    return new LoadedWorkspace(
        ws,
        file,
        settings == null ? WorkspaceSettings.DEFAULTS : settings.withDefaults(),
        PlanLoader.sorted(findings));
  }

  /**
   * The settings with {@code plans} and {@code actuals} kept only when they lie inside the
   * workspace's root (its git working tree, else its folder): one that leads out, by {@code ..}, an
   * absolute path or a link, is an error at its value and takes its default, so nothing outside is
   * read or written.
   */
  private static WorkspaceSettings confined(
      WorkspaceSettings s, Path root, String file, LocationIndex index, List<Finding> findings) {
    if (s == null) {
      return null;
    }
    String plans = outside(s.plans(), "plans", root, file, index, findings) ? null : s.plans();
    String actuals =
        outside(s.actuals(), "actuals", root, file, index, findings) ? null : s.actuals();
    return new WorkspaceSettings(plans, actuals, s.locale(), s.grain(), s.review());
  }

  private static boolean outside(
      String value,
      String key,
      Path root,
      String file,
      LocationIndex index,
      List<Finding> findings) {
    if (value == null) {
      return false;
    }
    Path p;
    try {
      p = root.resolve(value).normalize();
    } catch (InvalidPathException e) {
      findings.add(
          new Finding(
              file,
              index.value(key).line(),
              index.value(key).column(),
              Severity.ERROR,
              Rule.SCHEMA_RANGE,
              "'" + key + "' is not a path: " + Excerpt.of(e.getReason())));
      return true;
    }
    // the store's folder must lie inside; a store file that is a link is judged when it is read
    // (InputFile)
    Path probe = "actuals".equals(key) && p.getParent() != null ? p.getParent() : p;
    if (Confinement.inside(probe, root)) {
      return false;
    }
    Path confined = Confinement.rootOfWorkspace(root);
    if (Confinement.inside(probe, confined)) {
      return false;
    }
    findings.add(
        new Finding(
            file,
            index.value(key).line(),
            index.value(key).column(),
            Severity.ERROR,
            Rule.SCHEMA_RANGE,
            "'"
                + key
                + "' is '"
                + Excerpt.of(value)
                + "', outside the workspace ("
                + confined
                + "); pac reads and writes only inside it: "
                + "give a folder below it"));
    return true;
  }
}
