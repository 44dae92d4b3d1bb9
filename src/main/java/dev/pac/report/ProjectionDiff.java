package dev.pac.report;

import dev.pac.diff.DiffNote;
import dev.pac.diff.ProjectionChange;
import dev.pac.i18n.Text;
import dev.pac.model.Objective;
import dev.pac.workspace.LoadedPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit does to the report: each objective's status, projection and expected-by-now figure
 * computed from the base plans and from the head plans with the same actuals and the same date.
 * Plans are matched by id, objectives by id within them; a plan with errors on either side is left
 * out with a note (its figures would not mean anything).
 */
public final class ProjectionDiff {
  private ProjectionDiff() {}

  /** The changes, head plans' order; {@code notes} receives a note for each plan left out. */
  public static List<ProjectionChange> compare(
      List<LoadedPlan> base,
      List<LoadedPlan> head,
      ActualsIndex index,
      LocalDate asOf,
      String baseLabel,
      String headLabel,
      List<DiffNote> notes) {
    Map<String, LoadedPlan> before = new HashMap<>();
    for (LoadedPlan p : base) {
      if (p.plan() != null && p.plan().id() != null) {
        before.putIfAbsent(p.plan().id(), p);
      }
    }
    Set<String> known = new HashSet<>();
    for (LoadedPlan p : head) {
      if (p.plan() != null) {
        p.plan().kpis().forEach(k -> known.add(k.id()));
      }
    }
    for (LoadedPlan p : base) {
      if (p.plan() != null) {
        p.plan().kpis().forEach(k -> known.add(k.id()));
      }
    }
    List<ProjectionChange> out = new ArrayList<>();
    for (LoadedPlan h : head) {
      LoadedPlan b = h.plan() == null ? null : before.get(h.plan().id());
      if (b == null) {
        continue;
      }
      if (b.hasErrors() || h.hasErrors()) {
        LoadedPlan bad = b.hasErrors() ? b : h;
        notes.add(
            new DiffNote(
                bad.file(),
                b.hasErrors() ? baseLabel : headLabel,
                Text.of("diff.note.projection-errors")));
        continue;
      }
      Map<String, ObjectiveResult> was =
          byId(new ReportBuilder(b.plan(), index, asOf, known).build(null));
      for (ObjectiveResult now :
          new ReportBuilder(h.plan(), index, asOf, known).build(null).objectives()) {
        Objective o = now.objective();
        ObjectiveResult then = was.get(o.id());
        if (then == null) {
          continue;
        }
        String plan = h.plan().id();
        if (then.status() != now.status()) {
          out.add(
              new ProjectionChange(plan, o.id(), "status", then.status().id(), now.status().id()));
        }
        if (!Objects.equals(then.projection(), now.projection())) {
          out.add(
              new ProjectionChange(
                  plan, o.id(), "projection", then.projection(), now.projection()));
        }
        if (!Objects.equals(then.expected(), now.expected())) {
          out.add(new ProjectionChange(plan, o.id(), "expected", then.expected(), now.expected()));
        }
      }
    }
    return out;
  }

  private static Map<String, ObjectiveResult> byId(PlanReport r) {
    Map<String, ObjectiveResult> out = new HashMap<>();
    r.objectives().forEach(o -> out.put(o.objective().id(), o));
    return out;
  }
}
