package dev.pac.workspace;

import dev.pac.files.PlanFiles;
import dev.pac.i18n.Text;
import dev.pac.model.Kpi;
import dev.pac.model.Slug;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The KPI ids an import accepts: those of every plan of the workspace. A plan with errors still
 * gives the KPIs that could be read (an import is about data; a broken objective elsewhere in a
 * plan should not block this week's figures), with a warning; a plan that cannot be read at all
 * gives none.
 */
public final class WorkspaceKpis {
  /**
   * What the plans define: KPI ids, and the segment, channel and action ids by dimension; {@code
   * definitions} holds each KPI with its defaults (rollup, grain) as the first plan defining it has
   * it.
   */
  public record Known(
      Set<String> kpis, Map<String, Set<String>> dimensions, Map<String, Kpi> definitions) {}

  private WorkspaceKpis() {}

  /**
   * Starts {@link #load} on another thread and returns what waits for it; the plans' warnings are
   * kept and handed to {@code warn} when the KPIs are first asked for, so stderr's order does not
   * depend on timing.
   */
  public static Supplier<Known> loading(
      PlanLoader loader,
      LoadedWorkspace ws,
      Function<Path, String> display,
      LocalDate asOf,
      Consumer<Text> warn) {
    List<Text> warnings = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Known> loading =
        CompletableFuture.supplyAsync(() -> load(loader, ws, display, asOf, warnings::add));
    return () -> {
      Known ids;
      try {
        ids = loading.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
      warnings.forEach(warn);
      warnings.clear();
      return ids;
    };
  }

  public static Known load(
      PlanLoader loader,
      LoadedWorkspace ws,
      Function<Path, String> display,
      LocalDate asOf,
      Consumer<Text> warn) {
    Path dir = ws.plansDir();
    List<Path> files =
        PlanFiles.inPlansFolder(dir, display.apply(dir), ws.workspace().hasSettings(), false);
    Set<String> ids = new TreeSet<>();
    Map<String, Kpi> defs = new HashMap<>();
    Map<String, Set<String>> dims =
        Map.of("segment", new TreeSet<>(), "channel", new TreeSet<>(), "action", new TreeSet<>());
    for (LoadedPlan p : loader.loadAll(files, display, ws.settings(), asOf)) {
      if (p.hasErrors()) {
        warn.accept(
            Text.of(
                "notes.kpis.plan-with-errors",
                p.file(),
                Text.counted("findings.errors", p.errors())));
      }
      if (p.plan() != null) {
        for (Kpi k : p.plan().kpis()) {
          if (k != null && Slug.isValid(k.id())) {
            ids.add(k.id());
            defs.putIfAbsent(k.id(), k);
          }
        }
        p.plan().segments().stream()
            .map(t -> t.id())
            .filter(Slug::isValid)
            .forEach(dims.get("segment")::add);
        p.plan().channels().stream()
            .map(t -> t.id())
            .filter(Slug::isValid)
            .forEach(dims.get("channel")::add);
        p.plan().actions().stream()
            .map(a -> a.id())
            .filter(Slug::isValid)
            .forEach(dims.get("action")::add);
      }
    }
    return new Known(ids, dims, defs);
  }
}
