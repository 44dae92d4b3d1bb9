package dev.pac.history;

import dev.pac.diff.Change;
import dev.pac.i18n.Text;
import dev.pac.text.Nearest;
import dev.pac.workspace.LoadedPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code pac log}: the commits that changed a plan or recorded a decision, newest first, within a
 * range, with the notes (history missing, a plan that did not load at a commit) and warnings (a
 * trailer that does not read, a decision about an action no plan holds) a reader must see.
 */
public record PlanLog(List<LogEntry> entries, List<Text> notes, List<Text> warnings) {
  public PlanLog {
    entries = List.copyOf(entries);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /** One end of the range: a whole day, or a commit of the chain (given by its full id). */
  public sealed interface Bound permits Day, At {}

  public record Day(LocalDate date) implements Bound {}

  public record At(String commit) implements Bound {}

  /**
   * The log of {@code history}: only plan {@code plan}'s changes and decisions when it is not null;
   * {@code since} a day includes it, a commit excludes it (what came after it); {@code until}
   * includes its end.
   */
  public static PlanLog of(History history, String plan, Bound since, Bound until) {
    List<Step> steps = history.steps();
    int lo = 0;
    int hi = steps.size() - 1;
    if (since instanceof At a) {
      lo = position(steps, a.commit()) + 1;
    }
    if (until instanceof At a) {
      hi = position(steps, a.commit());
    }
    List<LogEntry> entries = new ArrayList<>();
    List<Text> notes = new ArrayList<>();
    List<Text> warnings = new ArrayList<>();
    if (history.missing() != null) {
      notes.add(history.missing());
    }
    for (int i = hi; i >= lo; i--) {
      Step s = steps.get(i);
      LocalDate d = s.commit().date();
      if (since instanceof Day day && d.isBefore(day.date())
          || until instanceof Day day2 && d.isAfter(day2.date())) {
        continue;
      }
      for (Text skipped : s.skipped()) {
        notes.add(skipped);
      }
      for (Text problem : s.commit().problems()) {
        warnings.add(Text.of("notes.log.commit", s.commit().shortId(), problem));
      }
      List<Change> changes = new ArrayList<>();
      for (Change c : s.changes()) {
        if (plan == null || plan.equals(s.planOf(c))) {
          changes.add(c);
        }
      }
      List<Trailer> decisions = new ArrayList<>();
      for (Trailer t : s.commit().decisions()) {
        List<LoadedPlan> holders =
            s.after().values().stream()
                .filter(p -> plan == null || plan.equals(p.plan().id()))
                .toList();
        if (EntryHistories.holds(holders, t.action())) {
          decisions.add(t);
        } else if (plan == null) {
          TreeSet<String> known = new TreeSet<>();
          s.after().values().forEach(p -> p.plan().actions().forEach(a -> known.add(a.id())));
          warnings.add(
              Text.of(
                  "notes.log.commit",
                  s.commit().shortId(),
                  Text.of(
                      "notes.log.unknown-action",
                      t.action(),
                      Nearest.suggestionText(t.action(), List.copyOf(known)))));
        }
      }
      if (!s.boundary() && (!changes.isEmpty() || !decisions.isEmpty())) {
        entries.add(new LogEntry(s.commit(), decisions, changes));
      }
    }
    return new PlanLog(entries, notes, warnings);
  }

  /** The position of a commit in the chain, or -1. */
  public static int position(List<Step> steps, String commit) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).commit().id().equals(commit)) {
        return i;
      }
    }
    return -1;
  }
}
