package dev.pac.cli;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.files.PlanFiles;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The plans a command works on, loaded and checked: a plan with errors is refused with its findings
 * on stderr (exit 1). A PLAN argument is a file path, or a plan id of the workspace.
 */
final class Plans {
  private Plans() {}

  /**
   * Every plan of the workspace, or the ones named (each once); refuses when any has errors. A name
   * with a '.' or '/' (no plan id has one) that is a file is read as that file, without the
   * workspace's plans folder; any other name is a plan id of the workspace, else a file.
   */
  static List<LoadedPlan> load(Pac pac, List<String> named, LocalDate asOf, PrintWriter err) {
    LoadedWorkspace ws = pac.workspace();
    // a broken pac.yaml is reported before any plan's findings
    List<LoadedPlan> chosen = new ArrayList<>();
    try {
      if (named == null || named.isEmpty()) {
        chosen.addAll(loadFiles(pac, ws, files(pac, ws), asOf));
      } else {
        List<LoadedPlan> all = null; // the workspace's plans, read when a name needs them
        for (String n : new LinkedHashSet<>(named)) {
          Path asFile = pac.resolve(Path.of(n));
          LoadedPlan p;
          if (PlanFiles.STDIN.equals(n)) {
            p =
                pac.planLoader()
                    .load(pac.env().stdin().get(), PlanFiles.STDIN_NAME, ws.settings(), asOf);
          } else if ((n.contains(".") || n.contains("/")) && isFile(asFile)) {
            p = loadFile(pac, ws, all, asFile, asOf);
          } else {
            if (all == null) { // an empty plans folder has no plan of that id: find says so
              all =
                  loadFiles(
                      pac,
                      ws,
                      Files.isDirectory(ws.plansDir())
                          ? PlanFiles.under(ws.plansDir(), pac.display(ws.plansDir()))
                          : files(pac, ws),
                      asOf);
            }
            p = find(pac, ws, all, n, asOf);
          }
          if (chosen.stream().noneMatch(c -> same(c.path(), p.path()))) {
            chosen.add(p); // a plan named twice (by id and by file, say) is reported once
          }
        }
      }
    } catch (PacException e) {
      refuseBrokenSettings(ws, err, pac.catalogue());
      throw e;
    }
    refuseBrokenSettings(ws, err, pac.catalogue());
    List<Finding> errors = new ArrayList<>();
    for (LoadedPlan p : chosen) {
      errors.addAll(p.findings());
    }
    Refusal.ifErrors(errors, err, pac.catalogue(), Text.of("errors.refused.in-plan"));
    return chosen;
  }

  /**
   * The plan files {@code paths} name ({@code -} is standard input, a folder every plan file under
   * it), or, with none, those of the workspace's plans folder.
   */
  static List<Path> files(Pac pac, List<Path> paths) {
    if (paths.isEmpty()) {
      return files(pac, pac.workspace());
    }
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (PlanFiles.STDIN.equals(p.toString())) {
        files.add(p);
      } else {
        files.addAll(PlanFiles.under(pac.resolve(p), p.toString()));
      }
    }
    return files;
  }

  /**
   * A path read as a plan file: anything but a folder (a FIFO or a device is then refused by the
   * reader, with a finding).
   */
  private static boolean isFile(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p);
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * The plan in {@code file}: the one already loaded from the workspace when it is among {@code
   * all}.
   */
  private static LoadedPlan loadFile(
      Pac pac, LoadedWorkspace ws, List<LoadedPlan> all, Path file, LocalDate asOf) {
    for (LoadedPlan p : all == null ? List.<LoadedPlan>of() : all) {
      if (same(p.path(), file)) {
        return p;
      }
    }
    return pac.planLoader().load(file, pac.display(file), ws.settings(), asOf);
  }

  /** Refuses (exit 1, its findings on stderr) when {@code pac.yaml} has errors. */
  static void refuseBrokenSettings(LoadedWorkspace ws, PrintWriter err, Catalogue catalogue) {
    Refusal.ifErrors(
        ws.findings(),
        err,
        catalogue,
        Text.of("errors.refused.in-settings", String.valueOf(ws.settingsFile())));
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
        throw PacException.usage(
            Text.of("errors.plans.name-one", Text.count(files.size()), String.join(", ", ids)));
      }
    }
    return load(pac, named == null ? List.of() : List.of(named), asOf, err).get(0);
  }

  private static List<Path> files(Pac pac, LoadedWorkspace ws) {
    return PlanFiles.inPlansFolder(
        ws.plansDir(), pac.display(ws.plansDir()), ws.workspace().hasSettings(), true);
  }

  private static List<LoadedPlan> loadFiles(
      Pac pac, LoadedWorkspace ws, List<Path> files, LocalDate asOf) {
    return pac.planLoader().loadAll(files, pac::display, ws.settings(), asOf);
  }

  private static LoadedPlan find(
      Pac pac, LoadedWorkspace ws, List<LoadedPlan> all, String name, LocalDate asOf) {
    for (LoadedPlan p : all) {
      if (p.plan() != null && name.equals(p.plan().id())) {
        return p;
      }
    }
    Path asFile = pac.resolve(Path.of(name));
    if (isFile(asFile)) {
      return loadFile(pac, ws, all, asFile, asOf);
    }
    List<String> ids =
        all.stream()
            .filter(p -> p.plan() != null && p.plan().id() != null)
            .map(p -> p.plan().id())
            .toList();
    throw new PacException(
        ExitCode.IO,
        Excerpt.of(name),
        Text.of(
            "errors.plans.no-such-plan",
            Nearest.suggestionText(name, ids),
            ids.isEmpty() ? Text.plain("") : Text.of("errors.plans.list", String.join(", ", ids))),
        null);
  }
}
