package dev.pac.workspace;

import dev.pac.files.Workspace;
import dev.pac.model.Finding;
import dev.pac.model.WorkspaceSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace with its settings (defaults applied) and the findings of its {@code pac.yaml}, sorted
 * by position.
 */
public final class LoadedWorkspace {
  private final Workspace workspace;
  private final String settingsFile;
  private final WorkspaceSettings settings;
  private final List<Finding> findings;

  LoadedWorkspace(
      Workspace workspace,
      String settingsFile,
      WorkspaceSettings settings,
      List<Finding> findings) {
    this.workspace = workspace;
    this.settingsFile = settingsFile;
    this.settings = settings;
    this.findings = List.copyOf(findings);
  }

  public Workspace workspace() {
    return workspace;
  }

  /** {@code pac.yaml} as findings name it, or null when the workspace has none. */
  public String settingsFile() {
    return settingsFile;
  }

  public WorkspaceSettings settings() {
    return settings;
  }

  /** The findings of {@code pac.yaml}, sorted by position. */
  public List<Finding> findings() {
    return findings;
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
