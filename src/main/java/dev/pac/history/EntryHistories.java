package dev.pac.history;

import dev.pac.diff.Change;
import dev.pac.model.Action;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.workspace.LoadedPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of each objective and action of each plan (followed by plan id, then item id), as of
 * a date: only the commits dated on or before it count. An item with no history gets the empty one
 * ({@link ObjectiveHistory#NONE}, {@link ActionHistory#NONE}), never null. Decisions are matched to
 * actions by action id, in whichever plan holds it.
 */
public final class EntryHistories {
  private final Map<String, Obj> objectives = new HashMap<>();
  private final Map<String, List<LocalDate>> actions = new HashMap<>();
  private final Map<String, List<DecisionEntry>> decisions = new HashMap<>();

  private static final class Obj {
    Double original;
    boolean known;
    final List<Revision> revisions = new ArrayList<>();
    LocalDate targetSet;
  }

  private EntryHistories() {}

  /**
   * The histories from {@code history}'s commits dated on or before {@code asOf} (all of them when
   * null).
   */
  public static EntryHistories of(History history, LocalDate asOf) {
    EntryHistories h = new EntryHistories();
    for (Step s : history.steps()) {
      if (asOf != null && s.commit().date().isAfter(asOf)) {
        continue;
      }
      h.add(s);
    }
    return h;
  }

  private void add(Step s) {
    HistoryCommit c = s.commit();
    if (s.boundary()) {
      for (LoadedPlan p : s.after().values()) {
        for (Objective o : p.plan().objectives()) {
          objectives.computeIfAbsent(key(p.plan().id(), o.id()), k -> new Obj()).known = true;
        }
      }
    }
    for (Change ch : s.changes()) {
      String plan = s.planOf(ch);
      if (plan == null) {
        continue;
      }
      switch (ch.item()) {
        case PLAN -> {
          if (ch.change() == Change.Kind.ADDED) {
            Plan p = s.after().get(ch.file()).plan();
            p.objectives().forEach(o -> added(plan, o, c));
            p.actions().forEach(a -> changed(plan, a.id(), c));
          }
        }
        case OBJECTIVE -> {
          if (ch.change() == Change.Kind.ADDED) {
            s.after().get(ch.file()).plan().objective(ch.id()).ifPresent(o -> added(plan, o, c));
          } else if (ch.change() == Change.Kind.CHANGED
              && ("target".equals(ch.field()) || "deadline".equals(ch.field()))) {
            Obj o = objectives.computeIfAbsent(key(plan, ch.id()), k -> new Obj());
            o.known = true;
            o.revisions.add(
                new Revision(c.id(), c.date(), c.author(), ch.field(), ch.before(), ch.after()));
            if ("target".equals(ch.field())) {
              o.targetSet = c.date();
            }
          }
        }
        case ACTION -> {
          if (ch.change() != Change.Kind.REMOVED) {
            changed(plan, ch.id(), c);
          }
        }
        default -> {}
      }
    }
    for (Trailer t : c.decisions()) {
      decisions
          .computeIfAbsent(t.action(), k -> new ArrayList<>())
          .add(0, new DecisionEntry(c.id(), c.date(), c.author(), t.decision(), t.why()));
    }
  }

  private void added(String plan, Objective o, HistoryCommit c) {
    Obj h = objectives.computeIfAbsent(key(plan, o.id()), k -> new Obj());
    if (!h.known) {
      h.known = true;
      h.original = o.target();
    }
    h.targetSet = c.date();
  }

  private void changed(String plan, String action, HistoryCommit c) {
    actions.computeIfAbsent(key(plan, action), k -> new ArrayList<>()).add(c.date());
  }

  /** The history of objective {@code id} of plan {@code plan}. */
  public ObjectiveHistory objective(String plan, String id) {
    Obj o = objectives.get(key(plan, id));
    return o == null
        ? ObjectiveHistory.NONE
        : new ObjectiveHistory(o.original, o.revisions, o.targetSet);
  }

  /** The history of action {@code id} of plan {@code plan}. */
  public ActionHistory action(String plan, String id) {
    List<LocalDate> dates = actions.get(key(plan, id));
    List<DecisionEntry> d = decisions.get(id);
    if (dates == null && d == null) {
      return ActionHistory.NONE;
    }
    return new ActionHistory(dates == null ? List.of() : dates, d == null ? List.of() : d);
  }

  private static String key(String plan, String id) {
    return plan + "\u0000" + id;
  }

  /** Whether {@code action} is an action of some plan in {@code plans}. */
  static boolean holds(Iterable<LoadedPlan> plans, String action) {
    for (LoadedPlan p : plans) {
      for (Action a : p.plan().actions()) {
        if (a.id().equals(action)) {
          return true;
        }
      }
    }
    return false;
  }
}
