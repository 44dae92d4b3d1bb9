package dev.pac.diff;

import dev.pac.diff.Change.Item;
import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Action;
import dev.pac.model.Kpi;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.model.Target;
import dev.pac.yaml.RecordShape;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The changes between two versions of one plan, both loaded: its own fields, then the items of its
 * lists matched by id (KPIs, segments and channels with their ranks, objectives, actions), field by
 * field ({@link PlanFields}).
 */
final class PlanChanges {
  private static final Set<String> ITEM_LISTS =
      Set.of("kpis", "segments", "channels", "objectives", "actions");

  private final PlanDiff.Rankings rankings;

  PlanChanges(PlanDiff.Rankings rankings) {
    this.rankings = rankings;
  }

  void compare(
      String file,
      Plan b,
      Plan h,
      String baseLabel,
      String headLabel,
      List<Change> out,
      List<DiffNote> notes) {
    String planId = h.id();
    Map<String, Object> bf = new LinkedHashMap<>();
    Map<String, Object> hf = new LinkedHashMap<>();
    for (RecordShape.Field f : RecordShape.of(Plan.class).fields()) {
      // an equal value (records compare deeply) flattens to the same leaves: no change to find
      if (!ITEM_LISTS.contains(f.key()) && !PlanFields.same(f.of(b), f.of(h))) {
        PlanFields.flatten(f.key(), f.type(), f.of(b), bf);
        PlanFields.flatten(f.key(), f.type(), f.of(h), hf);
      }
    }
    fields(file, Item.PLAN, planId, bf, hf, out);
    items(file, Item.KPI, b.kpis(), h.kpis(), Kpi::id, Kpi.class, null, null, out);
    items(
        file,
        Item.SEGMENT,
        b.segments(),
        h.segments(),
        Target::id,
        Target.class,
        rank(rankings.segments(), b, file, baseLabel, "segments", notes),
        rank(rankings.segments(), h, file, headLabel, "segments", notes),
        out);
    items(
        file,
        Item.CHANNEL,
        b.channels(),
        h.channels(),
        Target::id,
        Target.class,
        rank(rankings.channels(), b, file, baseLabel, "channels", notes),
        rank(rankings.channels(), h, file, headLabel, "channels", notes),
        out);
    items(
        file,
        Item.OBJECTIVE,
        b.objectives(),
        h.objectives(),
        Objective::id,
        Objective.class,
        null,
        null,
        out);
    items(file, Item.ACTION, b.actions(), h.actions(), Action::id, Action.class, null, null, out);
  }

  /**
   * Items matched by id: those of {@code after} in their order (added, or changed field by field),
   * then the removed ones.
   */
  private <T> void items(
      String file,
      Item item,
      List<T> before,
      List<T> after,
      Function<T, String> id,
      Class<T> type,
      Map<String, Integer> rankBefore,
      Map<String, Integer> rankAfter,
      List<Change> out) {
    Map<String, T> b = byId(before, id);
    Map<String, T> h = byId(after, id);
    for (Map.Entry<String, T> e : h.entrySet()) {
      T old = b.get(e.getKey());
      if (old == null) {
        out.add(Change.added(file, item, e.getKey()));
        continue;
      }
      if (!PlanFields.same(old, e.getValue())) {
        changedFields(file, item, e.getKey(), type, old, e.getValue(), out);
      }
      if (rankBefore != null && rankAfter != null) {
        Integer rb = rankBefore.get(e.getKey());
        Integer rh = rankAfter.get(e.getKey());
        if (!Objects.equals(rb, rh)) {
          out.add(Change.changed(file, item, e.getKey(), "rank", rb, rh));
        }
      }
    }
    for (String gone : b.keySet()) {
      if (!h.containsKey(gone)) {
        out.add(Change.removed(file, item, gone));
      }
    }
  }

  /** The changes of an item's fields, but its id: an item whose value did not change has none. */
  private static <T> void changedFields(
      String file, Item item, String id, Class<T> type, T before, T after, List<Change> out) {
    Map<String, Object> bf = new LinkedHashMap<>();
    Map<String, Object> hf = new LinkedHashMap<>();
    PlanFields.flatten("", type, before, bf);
    PlanFields.flatten("", type, after, hf);
    bf.remove("id");
    hf.remove("id");
    fields(file, item, id, bf, hf, out);
  }

  /**
   * One change a field whose value differs; fields in the order of {@code after}, then those only
   * in {@code before}.
   */
  private static void fields(
      String file,
      Item item,
      String id,
      Map<String, Object> before,
      Map<String, Object> after,
      List<Change> out) {
    Set<String> keys = new LinkedHashSet<>(after.keySet());
    keys.addAll(before.keySet());
    for (String k : keys) {
      Object b = before.get(k);
      Object h = after.get(k);
      if (!Objects.equals(b, h)) {
        out.add(Change.changed(file, item, id, k, b, h));
      }
    }
  }

  /**
   * The ranks (1 = best) a ranking gives, or null when there is no ranking; a ranking that fails is
   * a note.
   */
  private static Map<String, Integer> rank(
      Function<Plan, List<String>> ranking,
      Plan plan,
      String file,
      String label,
      String what,
      List<DiffNote> notes) {
    if (ranking == null) {
      return null;
    }
    List<String> ids;
    try {
      ids = ranking.apply(plan);
    } catch (PacException | IllegalArgumentException e) { // a scorer refusing the weights, say
      notes.add(
          new DiffNote(
              file,
              label,
              Text.of(
                  "diff.note.unranked",
                  Text.of("diff.note.unranked." + what),
                  e instanceof PacException p ? p.text() : Text.plain(e.getMessage()))));
      return null;
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; ids != null && i < ids.size(); i++) {
      out.putIfAbsent(ids.get(i), i + 1);
    }
    return out;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    if (items != null) {
      for (T t : items) {
        if (t != null && id.apply(t) != null) {
          out.putIfAbsent(id.apply(t), t);
        }
      }
    }
    return out;
  }
}
