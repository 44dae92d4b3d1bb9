package dev.pac.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A commercial action plan, one file. As read, absent keys are null; {@link #withDefaults} gives
 * the plan every report and score works on, with the format's defaults (docs/format.md) filled in.
 */
public record Plan(
    @Key(required = true, min = "1", max = "1", message = Messages.FORMAT_VERSION) Integer pac,
    @Key(required = true, slug = true) String id,
    @Key(required = true) String title,
    @Key(required = true) String owner,
    @Key(required = true) Period period,
    @Key(pattern = "^[A-Z]{3}$", message = Messages.CURRENCY) String currency,
    @Key(min = "0", message = Messages.NON_NEGATIVE) Double budget,
    Analysis analysis,
    @Key(required = true, minItems = 1) List<Kpi> kpis,
    List<Target> segments,
    List<Target> channels,
    Scoring scoring,
    @Key(required = true, minItems = 1) List<Objective> objectives,
    @Key(required = true, minItems = 1) List<Action> actions,
    Review review) {

  /** Lists keep the items that failed to load as null, so that list positions match the file. */
  public Plan {
    kpis = copy(kpis);
    segments = copy(segments);
    channels = copy(channels);
    objectives = copy(objectives);
    actions = copy(actions);
  }

  /**
   * This plan with the format's defaults (docs/format.md) filled in: currency, KPI direction and
   * rollup, objective start and owner, action status and budget, scoring weights, the KPIs' grain
   * and the review thresholds ({@code workspace} being the workspace's {@code review} defaults,
   * {@code grain} its {@code grain}, each possibly null). Items that failed to load (null) are
   * dropped.
   */
  public Plan withDefaults(Review workspace, Grain grain) {
    Review effective =
        (review == null ? new Review(null, null, null, null, null, null, null, null, null) : review)
            .over(workspace == null ? Review.DEFAULTS : workspace.over(Review.DEFAULTS));
    return new Plan(
        pac,
        id,
        title,
        owner,
        period,
        currency == null ? "EUR" : currency,
        budget,
        analysis,
        present(kpis, k -> k.withDefaults(grain)),
        present(segments, t -> t),
        present(channels, t -> t),
        (scoring == null ? Scoring.DEFAULT : scoring).withDefaults(),
        present(objectives, o -> o.withDefaults(period, owner)),
        present(actions, Action::withDefaults),
        effective);
  }

  public Optional<Kpi> kpi(String kpiId) {
    return first(kpis, Kpi::id, kpiId);
  }

  public Optional<Objective> objective(String objectiveId) {
    return first(objectives, Objective::id, objectiveId);
  }

  /**
   * The first item of {@code list} (missing ones skipped) whose id is {@code wanted}, by a loop,
   * not a stream over a copy: a report asks for a KPI's grain at each series it reads.
   */
  private static <T> Optional<T> first(List<T> list, Function<T, String> id, String wanted) {
    if (list != null) {
      for (T item : list) {
        if (item != null && id.apply(item).equals(wanted)) {
          return Optional.of(item);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The items of {@code list} that loaded (not null), each through {@code f}; by a loop, not a
   * stream: a report of hundreds of plans fills in each one's defaults (the constructor copies the
   * list).
   */
  private static <T> List<T> present(List<T> list, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(list == null ? 0 : list.size());
    if (list != null) {
      for (T item : list) {
        if (item != null) {
          out.add(f.apply(item));
        }
      }
    }
    return out;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
