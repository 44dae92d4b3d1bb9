package dev.pac.workspace;

import dev.pac.files.Workspace;
import dev.pac.model.Finding;
import dev.pac.model.WorkspaceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A workspace with its settings (defaults applied) and the findings of its {@code pac.yaml}, sorted
 * by position. The settings are known as soon as the file is bound; its findings may wait for the
 * field rules (the validator, built on another thread at start-up), so they are worked out when
 * first asked for, and a command can start reading the history and the store before.
 */
public final class LoadedWorkspace {
  private final Workspace workspace;
  private final String settingsFile;
  private final WorkspaceSettings settings;
  private Supplier<List<Finding>> pending;
  private List<Finding> findings;

  LoadedWorkspace(
      Workspace workspace,
      String settingsFile,
      WorkspaceSettings settings,
      List<Finding> findings) {
    this(workspace, settingsFile, settings, () -> findings);
  }

  /** {@code findings} is asked once, when the findings are first wanted. */
  LoadedWorkspace(
      Workspace workspace,
      String settingsFile,
      WorkspaceSettings settings,
      Supplier<List<Finding>> findings) {
    this.workspace = workspace;
    this.settingsFile = settingsFile;
    this.settings = settings;
    this.pending = findings;
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
  public synchronized List<Finding> findings() {
    if (findings == null) {
      findings = List.copyOf(pending.get());
      pending = null;
    }
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
