package dev.pac.report;

import dev.pac.model.Action;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Budget and effort of a plan's actions by objective, segment, channel, type and owner. */
final class Allocations {
  private Allocations() {}

  /**
   * Budget and effort of {@code actions} by objective (an action's share split evenly over its
   * objectives), segment, channel, type, owner.
   */
  static List<Allocation> of(Plan plan, List<Action> actions, boolean onlyServed) {
    List<Allocation> out = new ArrayList<>();
    Map<String, double[]> byObjective = new LinkedHashMap<>();
    for (Objective o : plan.objectives()) {
      byObjective.put(o.id(), new double[2]);
    }
    for (Action a : actions) {
      int n = a.objectives().size();
      for (String id : a.objectives()) {
        double[] acc = byObjective.computeIfAbsent(id, k -> new double[2]);
        acc[0] += budget(a) / n;
        acc[1] += effort(a) / n;
      }
    }
    if (onlyServed) {
      Set<String> served = new LinkedHashSet<>();
      actions.forEach(a -> served.addAll(a.objectives()));
      byObjective.keySet().retainAll(served);
    }
    out.add(new Allocation(Allocation.By.OBJECTIVE, shares(byObjective, false)));
    out.add(group(Allocation.By.SEGMENT, actions, a -> a.segment() == null ? "" : a.segment()));
    out.add(group(Allocation.By.CHANNEL, actions, a -> a.channel() == null ? "" : a.channel()));
    out.add(group(Allocation.By.TYPE, actions, a -> a.type().id()));
    out.add(owners(actions));
    return out;
  }

  private static double budget(Action a) {
    return a.budget() == null ? 0 : a.budget();
  }

  private static double effort(Action a) {
    return a.effortDays() == null ? 0 : a.effortDays();
  }

  private static Allocation group(
      Allocation.By by, List<Action> actions, Function<Action, String> key) {
    Map<String, double[]> acc = new LinkedHashMap<>();
    for (Action a : actions) {
      double[] v = acc.computeIfAbsent(key.apply(a), k -> new double[2]);
      v[0] += budget(a);
      v[1] += effort(a);
    }
    return new Allocation(by, shares(acc, true));
  }

  /**
   * Budget and effort by owner, one entry per owner however their name is spelled (the first
   * spelling names it).
   */
  private static Allocation owners(List<Action> actions) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Action a : actions) {
      names.putIfAbsent(Owners.key(a.owner()), Owners.name(a.owner()));
    }
    Allocation byKey = group(Allocation.By.OWNER, actions, a -> Owners.key(a.owner()));
    return new Allocation(
        Allocation.By.OWNER,
        byKey.shares().stream()
            .map(x -> new Allocation.Share(names.get(x.key()), x.budget(), x.effortDays()))
            .toList());
  }

  private static List<Allocation.Share> shares(Map<String, double[]> acc, boolean sort) {
    List<Allocation.Share> out = new ArrayList<>();
    acc.forEach((k, v) -> out.add(new Allocation.Share(k, v[0], v[1])));
    if (sort) {
      out.sort(
          Comparator.comparing(Allocation.Share::budget)
              .reversed()
              .thenComparing(Comparator.comparing(Allocation.Share::effortDays).reversed())
              .thenComparing(Allocation.Share::key));
    }
    return out;
  }
}
