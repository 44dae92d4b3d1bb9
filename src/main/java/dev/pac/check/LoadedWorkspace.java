package dev.pac.check;

import dev.pac.io.Workspace;
import dev.pac.model.Finding;
import dev.pac.model.WorkspaceSettings;
import java.nio.file.Path;
import java.util.List;

/** A workspace with its settings (defaults applied) and the findings of its {@code pac.yaml}. */
public record LoadedWorkspace(Workspace workspace, String settingsFile, WorkspaceSettings settings, List<Finding> findings) {
  public LoadedWorkspace {
    findings = List.copyOf(findings);
  }

  public Path root() {
    return workspace.root();
  }

  public Path plansDir() {
    return workspace.root().resolve(settings.plans());
  }

  public Path actualsFile() {
    return workspace.root().resolve(settings.actuals());
  }
}
