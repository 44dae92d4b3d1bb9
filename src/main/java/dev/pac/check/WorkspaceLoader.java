package dev.pac.check;

import dev.pac.io.Workspace;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.io.yaml.RecordBinder;
import dev.pac.io.yaml.YamlDocument;
import dev.pac.io.yaml.YamlReader;
import dev.pac.model.Finding;
import dev.pac.model.WorkspaceSettings;
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
      return new LoadedWorkspace(ws, null, WorkspaceSettings.DEFAULTS, List::of);
    }
    String file = display.apply(ws.settingsFile());
    YamlDocument doc = new YamlReader().read(ws.settingsFile(), file);
    List<Finding> findings = new ArrayList<>(doc.findings());
    if (doc.root() == null) {
      findings.sort(PlanLoader.ORDER);
      return new LoadedWorkspace(ws, file, WorkspaceSettings.DEFAULTS, () -> findings);
    }
    RecordBinder.Result<WorkspaceSettings> bound = RecordBinder.bind(doc.root(), WorkspaceSettings.class, file);
    findings.addAll(bound.findings());
    WorkspaceSettings settings = bound.value();
    return new LoadedWorkspace(ws, file, settings == null ? WorkspaceSettings.DEFAULTS : settings.withDefaults(), () -> {
      if (settings != null) {
        findings.addAll(FieldRules.check(settings, file, new LocationIndex(doc.root()), bound.failedPaths()));
      }
      findings.sort(PlanLoader.ORDER);
      return findings;
    });
  }
}
