package dev.pac.cli;

import dev.pac.check.LoadedPlan;
import dev.pac.check.LoadedWorkspace;
import dev.pac.check.PlanLoader;
import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.io.PlanFiles;
import dev.pac.model.Finding;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans a command works on, loaded and checked: a plan with errors is refused with its findings
 * on stderr (exit 1). A PLAN argument is a file path, or a plan id of the workspace.
 */
final class Plans {
  private Plans() {}

  /** Every plan of the workspace, or the ones named; refuses when any has errors. */
  static List<LoadedPlan> load(Pac pac, List<String> named, LocalDate asOf, PrintWriter err) {
    LoadedWorkspace ws = pac.workspace();
    // the plans are read before pac.yaml's findings are asked for, which wait for the validator
    // (see LoadedWorkspace); a broken pac.yaml is still what is reported first
    List<LoadedPlan> all;
    try {
      all = loadFiles(pac, ws, files(pac, ws), asOf);
    } catch (PacException e) {
      refuseBrokenSettings(ws, err);
      throw e;
    }
    refuseBrokenSettings(ws, err);
    List<LoadedPlan> chosen = new ArrayList<>();
    if (named == null || named.isEmpty()) {
      chosen.addAll(all);
    } else {
      for (String n : named) {
        chosen.add(find(pac, ws, all, n, asOf));
      }
    }
    if (chosen.isEmpty()) {
      throw PacException.invalid(pac.display(ws.plansDir()), "no plan files here; `pac init` creates a workspace with an example plan");
    }
    List<Finding> errors = new ArrayList<>();
    for (LoadedPlan p : chosen) {
      errors.addAll(p.findings());
    }
    Refusal.ifErrors(errors, err, "in the plan; fix it first (`pac validate` lists every finding)");
    return chosen;
  }

  private static void refuseBrokenSettings(LoadedWorkspace ws, PrintWriter err) {
    Refusal.ifErrors(ws.findings(), err, "in " + ws.settingsFile() + "; fix it first (`pac validate` lists every finding)");
  }

  /** The one plan a command works on: PLAN, or the workspace's only plan. */
  static LoadedPlan one(Pac pac, String named, LocalDate asOf, PrintWriter err) {
    if (named == null) {
      LoadedWorkspace ws = pac.workspace();
      List<Path> files = files(pac, ws);
      if (files.size() > 1) {
        List<String> ids = new ArrayList<>();
        for (LoadedPlan p : loadFiles(pac, ws, files, asOf)) {
          ids.add(p.plan() != null && p.plan().id() != null ? p.plan().id() : p.file());
        }
        throw PacException.usage("the workspace has " + files.size() + " plans; name one: " + String.join(", ", ids));
      }
    }
    return load(pac, named == null ? List.of() : List.of(named), asOf, err).get(0);
  }

  private static List<Path> files(Pac pac, LoadedWorkspace ws) {
    if (!Files.isDirectory(ws.plansDir())) {
      throw PacException.io(pac.display(ws.plansDir()), "no plans folder here; `pac init` creates a workspace", null);
    }
    return PlanFiles.under(ws.plansDir(), pac.display(ws.plansDir()));
  }

  private static List<LoadedPlan> loadFiles(Pac pac, LoadedWorkspace ws, List<Path> files, LocalDate asOf) {
    PlanLoader loader = new PlanLoader();
    List<LoadedPlan> out = new ArrayList<>();
    for (Path f : files) {
      out.add(loader.load(f, pac.display(f), ws.settings().review(), asOf));
    }
    return out;
  }

  private static LoadedPlan find(Pac pac, LoadedWorkspace ws, List<LoadedPlan> all, String name, LocalDate asOf) {
    for (LoadedPlan p : all) {
      if (p.plan() != null && name.equals(p.plan().id())) {
        return p;
      }
    }
    Path asFile = pac.resolve(Path.of(name));
    if (Files.isRegularFile(asFile)) {
      return new PlanLoader().load(asFile, pac.display(asFile), ws.settings().review(), asOf);
    }
    List<String> ids = all.stream().filter(p -> p.plan() != null && p.plan().id() != null).map(p -> p.plan().id()).toList();
    throw new PacException(ExitCode.IO, name, "no such plan (neither a plan id of the workspace nor a file)"
        + dev.pac.text.Nearest.suggestion(name, ids) + (ids.isEmpty() ? "" : "; plans: " + String.join(", ", ids)));
  }
}
