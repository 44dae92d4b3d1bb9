package dev.pac.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.model.Action;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Plan;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link PlanFields#same} says what the records' own {@code equals} says. */
class PlanFieldsSameTest {

  /** Every plan of the golden cases and the example that loads, with its defaults. */
  private static List<Plan> plans() throws IOException {
    List<Path> files;
    try (Stream<Path> all =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/cases")), Files.walk(Path.of("examples")))) {
      // every third file: plans of every kind of case, loaded in a second
      List<Path> yaml = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      files = new ArrayList<>();
      for (int i = 0; i < yaml.size(); i += 3) {
        files.add(yaml.get(i));
      }
    }
    List<Plan> plans = new ArrayList<>();
    PlanLoader loader = new PlanLoader();
    for (Path f : files) {
      LoadedPlan p = loader.load(f, f.toString(), null, LocalDate.of(2027, 3, 29));
      if (p.plan() != null) {
        plans.add(p.plan());
      }
    }
    return plans;
  }

  /** A plan's values as the diff compares them: its fields and its items. */
  private static List<Object> values(Plan p) {
    List<Object> out = new ArrayList<>();
    out.add(p);
    out.add(p.period());
    out.add(p.scoring());
    out.add(p.review());
    out.add(p.analysis());
    out.addAll(p.kpis());
    out.addAll(p.segments());
    out.addAll(p.channels());
    out.addAll(p.objectives());
    out.addAll(p.actions());
    return out;
  }

  @Test
  void agreesWithEqualsOnEveryPairOfValuesOfTheCasesPlans() throws IOException {
    List<Plan> plans = plans();
    assertTrue(plans.size() > 30, "the cases' plans were found: " + plans.size());
    // the plans loaded twice: equal values that are other instances
    List<Plan> again = plans();
    List<Object> a = new ArrayList<>();
    List<Object> b = new ArrayList<>();
    plans.forEach(p -> a.addAll(values(p)));
    again.forEach(p -> b.addAll(values(p)));
    int equal = 0;
    int unequal = 0;
    for (int i = 0; i < a.size(); i += 7) {
      for (int j = 0; j < b.size(); j += 5) {
        boolean expected = Objects.equals(a.get(i), b.get(j));
        Object x = a.get(i);
        Object y = b.get(j);
        assertEquals(expected, PlanFields.same(x, y), () -> x + " / " + y);
        if (expected) {
          equal++;
        } else {
          unequal++;
        }
      }
    }
    assertTrue(equal > 500 && unequal > 10000, equal + " equal, " + unequal + " unequal pairs");
  }

  /** {@code o} with another target and other milestones. */
  private static Objective objective(Objective o, Double target, List<Milestone> milestones) {
    return new Objective(
        o.id(),
        o.title(),
        o.kpi(),
        o.segment(),
        o.channel(),
        o.baseline(),
        target,
        o.start(),
        o.deadline(),
        o.owner(),
        o.rationale(),
        milestones);
  }

  @Test
  void oneComponentApartIsNotTheSame() throws IOException {
    Plan p = plans().stream().filter(x -> !x.objectives().isEmpty()).findFirst().orElseThrow();
    Objective o = p.objectives().get(0);
    Objective target = objective(o, (o.target() == null ? 0 : o.target()) + 1, o.milestones());
    assertFalse(PlanFields.same(o, target));
    Objective milestone =
        objective(o, o.target(), List.of(new Milestone(LocalDate.of(2027, 1, 31), 1.0)));
    assertEquals(o.equals(milestone), PlanFields.same(o, milestone));
    // lists of other kinds with equal items are the same, as List.equals says
    Action act = p.actions().get(0);
    Action copied =
        new Action(
            act.id(),
            act.title(),
            act.objectives() == null ? null : new ArrayList<>(act.objectives()),
            act.type(),
            act.segment(),
            act.channel(),
            act.owner(),
            act.start(),
            act.due(),
            act.status(),
            act.budget(),
            act.effortDays(),
            act.steps() == null ? null : new ArrayList<>(act.steps()),
            act.review(),
            act.learnings());
    assertTrue(act.equals(copied));
    assertTrue(PlanFields.same(act, copied));
    assertFalse(PlanFields.same(act, null));
    assertFalse(PlanFields.same(null, act));
    assertTrue(PlanFields.same(null, null));
    assertFalse(PlanFields.same(0.0, -0.0), "as Double.equals");
    assertTrue(PlanFields.same(Double.NaN, Double.NaN), "as Double.equals");
  }
}
