package dev.pac.diff;

import dev.pac.diff.Change.Item;
import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.workspace.LoadedPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The changes between two sets of loaded plans, in plan terms. Plans are paired by file, then a
 * file that disappeared is paired with a new file holding the same plan id (a rename). Paired plans
 * are compared with their defaults applied, field by field: every record component of the model is
 * a field, spelled as in the file ({@code review.min_roi}, {@code scoring.segments.sam}), so a
 * field added to the model is compared without touching this class. Items of a plan's lists are
 * matched by id ({@link PlanChanges}).
 *
 * <p>A plan that does not load at one side (a syntax or schema error, so parts of it may be
 * missing) is not compared: a {@link DiffNote} says so. Cross-field errors (references, SMART
 * rules) do not stop a comparison: the plan is complete, and {@code pac validate} reports them.
 */
public final class PlanDiff {
  /**
   * How the segments and the channels of a plan rank, best first, as lists of ids; either may be
   * null (no ranking changes are then reported for it). The scoring of {@code pac score} plugs in
   * here; a ranking may throw {@link PacException} or {@link IllegalArgumentException} when it
   * cannot rank a plan (a note then says so).
   */
  public record Rankings(
      Function<Plan, List<String>> segments, Function<Plan, List<String>> channels) {
    public static final Rankings NONE = new Rankings(null, null);
  }

  private final PlanChanges versions;

  public PlanDiff(Rankings rankings) {
    this.versions = new PlanChanges(rankings == null ? Rankings.NONE : rankings);
  }

  /**
   * The changes from {@code base} to {@code head}; the labels name each side in notes and output.
   */
  public DiffReport compare(
      String baseLabel, List<LoadedPlan> base, String headLabel, List<LoadedPlan> head) {
    Map<String, LoadedPlan> before = byFile(base);
    Map<String, LoadedPlan> after = byFile(head);
    List<LoadedPlan[]> pairs = new ArrayList<>();
    for (LoadedPlan h : after.values()) {
      LoadedPlan b = before.remove(h.file());
      if (b != null) {
        pairs.add(new LoadedPlan[] {b, h});
      }
    }
    after.keySet().removeAll(pairs.stream().map(p -> p[1].file()).toList());
    // a file that went away and a new file with the same plan id: a rename
    for (LoadedPlan h : List.copyOf(after.values())) {
      String id = planId(h);
      for (LoadedPlan b : List.copyOf(before.values())) {
        if (id != null && id.equals(planId(b))) {
          pairs.add(new LoadedPlan[] {b, h});
          before.remove(b.file());
          after.remove(h.file());
          break;
        }
      }
    }
    for (LoadedPlan b : before.values()) {
      pairs.add(new LoadedPlan[] {b, null});
    }
    for (LoadedPlan h : after.values()) {
      pairs.add(new LoadedPlan[] {null, h});
    }
    pairs.sort(Comparator.comparing(p -> p[1] != null ? p[1].file() : p[0].file()));

    List<Change> changes = new ArrayList<>();
    List<DiffNote> notes = new ArrayList<>();
    for (LoadedPlan[] p : pairs) {
      LoadedPlan b = p[0];
      LoadedPlan h = p[1];
      if (b != null && !loads(b)) {
        notes.add(new DiffNote(b.file(), baseLabel, problem(b)));
      }
      if (h != null && !loads(h)) {
        notes.add(new DiffNote(h.file(), headLabel, problem(h)));
      }
      if (b == null) {
        changes.add(Change.added(h.file(), Item.PLAN, idOrName(h)));
      } else if (h == null) {
        changes.add(Change.removed(b.file(), Item.PLAN, idOrName(b)));
      } else {
        if (!b.file().equals(h.file())) {
          changes.add(Change.changed(h.file(), Item.PLAN, idOrName(h), "file", b.file(), h.file()));
        }
        if (loads(b) && loads(h)) {
          versions.compare(h.file(), b.plan(), h.plan(), baseLabel, headLabel, changes, notes);
        }
      }
    }
    return new DiffReport(baseLabel, headLabel, changes, notes);
  }

  /**
   * Whether a plan loaded completely: no syntax or schema error (only those can leave parts of it
   * out).
   */
  public static boolean loads(LoadedPlan p) {
    return p.plan() != null && blocking(p).isEmpty();
  }

  private static List<Finding> blocking(LoadedPlan p) {
    return p.findings().stream()
        .filter(
            f ->
                f.severity() == Severity.ERROR
                    && (f.rule() == Rule.SYNTAX || f.rule().id().startsWith("schema.")))
        .toList();
  }

  private static Text problem(LoadedPlan p) {
    List<Finding> errors = blocking(p);
    if (errors.isEmpty()) {
      return Text.of("diff.note.does-not-load");
    }
    return Text.of("diff.note.does-not-load.why", why(p));
  }

  /**
   * Why a plan does not load, for a note: "1 error; at 3:5: syntax: ..." (the first of its blocking
   * errors).
   */
  public static Text why(LoadedPlan p) {
    List<Finding> errors = blocking(p);
    if (errors.isEmpty()) {
      return Text.of(p.plan() == null ? "diff.note.not-a-plan" : "diff.note.no-error");
    }
    Finding f = errors.get(0);
    return Text.of(
        "diff.note.why",
        Text.counted("findings.errors", errors.size()),
        f.line(),
        f.column(),
        f.rule().id(),
        f.text());
  }

  private static String planId(LoadedPlan p) {
    return p.plan() == null ? null : p.plan().id();
  }

  /** The plan's id, or its file name without extension when the plan did not load. */
  private static String idOrName(LoadedPlan p) {
    String id = planId(p);
    if (id != null) {
      return id;
    }
    String name = p.file().substring(p.file().lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Map<String, LoadedPlan> byFile(List<LoadedPlan> plans) {
    Map<String, LoadedPlan> out = new LinkedHashMap<>();
    for (LoadedPlan p : plans) {
      out.putIfAbsent(p.file(), p);
    }
    return out;
  }
}
