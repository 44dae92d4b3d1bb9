package dev.pac.cli;

import dev.pac.diff.PlanDiff;
import dev.pac.error.PacException;
import dev.pac.git.GitHistory;
import dev.pac.history.History;
import dev.pac.history.HistoryReader;
import dev.pac.history.PlanLog;
import dev.pac.history.PlanVersions;
import dev.pac.history.Step;
import dev.pac.history.StoredVersions;
import dev.pac.i18n.Text;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.SectionCache;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Reading the plans' history for a command: the repository, the walk, and the ends of a range a
 * user gives.
 */
final class HistoryOptions {
  private HistoryOptions() {}

  /**
   * The history of the workspace's plans ({@code git} null: none), each plan version loaded once.
   */
  static History read(Pac pac, LoadedWorkspace ws, GitHistory git, PlanDiff diff) {
    return read(pac, ws, git, diff, null);
  }

  /**
   * The same, up to the last commit dated on or before {@code until} (null: all), which is all a
   * report as of that day reads.
   */
  static History read(Pac pac, LoadedWorkspace ws, GitHistory git, PlanDiff diff, LocalDate until) {
    PlanLoader loader = new PlanLoader();
    SectionCache sections = new SectionCache();
    // the time zone places commits on days: looked up only where there are commits (its rules are
    // read from the JDK's files at their first use, docs/performance.md)
    ZoneId zone = git == null ? ZoneOffset.UTC : pac.env().clock().getZone();
    HistoryReader history =
        new HistoryReader(
            diff,
            (path, bytes) -> loader.bindVersion(path, bytes, sections, ws.settings()),
            zone,
            git == null ? PlanVersions.NONE : versions(pac, ws, git));
    return history.read(git, git == null ? null : git.repoPath(ws.plansDir()), until);
  }

  /**
   * The plan versions earlier runs of this build bound with these settings (the defaults they
   * apply), kept in pac's cache folder.
   */
  private static PlanVersions versions(Pac pac, LoadedWorkspace ws, GitHistory git) {
    BuildInfo build = pac.build();
    String identity = String.join("\n", build.identity(), "settings " + ws.settings());
    return StoredVersions.open(pac.env().vars(), git.gitDir(), identity);
  }

  /**
   * A {@code --since}/{@code --until} value: a day (YYYY-MM-DD) or a revision of the first-parent
   * chain; exit 2 otherwise.
   */
  static PlanLog.Bound bound(String option, String value, GitHistory git, History history) {
    if (value == null) {
      return null;
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return new PlanLog.Day(new DateConverter().convert(value));
      } catch (TextConversion e) {
        throw PacException.usage(Text.of("errors.usage.option-value", option, e.text()));
      }
    }
    String id = git == null ? null : git.resolve(value);
    if (id == null) {
      throw PacException.usage(
          Text.of(
              "errors.history.unknown-revision",
              option,
              value,
              git == null ? Text.of("errors.history.no-repository") : Text.plain("")));
    }
    if (PlanLog.position(history.steps(), id) < 0) {
      throw PacException.usage(
          Text.of(
              "errors.history.not-first-parent",
              option,
              id.substring(0, 7),
              value,
              history.missing() != null && git.shallow()
                  ? Text.of("errors.history.shallow")
                  : Text.plain("")));
    }
    return new PlanLog.At(id);
  }

  /** The date a bound stands for: the day, or its commit's date. */
  static LocalDate date(PlanLog.Bound b, History history) {
    if (b instanceof PlanLog.Day d) {
      return d.date();
    }
    String id = ((PlanLog.At) b).commit();
    return history.steps().get(PlanLog.position(history.steps(), id)).commit().date();
  }

  /** Refuses (exit 2) a range whose start comes after its end. */
  static void checkRange(
      PlanLog.Bound since,
      PlanLog.Bound until,
      History history,
      String sinceText,
      String untilText) {
    if (since == null || until == null) {
      return;
    }
    boolean after;
    if (since instanceof PlanLog.At a && until instanceof PlanLog.At b) {
      after =
          PlanLog.position(history.steps(), a.commit())
              > PlanLog.position(history.steps(), b.commit());
    } else {
      after = date(since, history).isAfter(date(until, history));
    }
    if (after) {
      throw PacException.usage(Text.of("errors.history.since-after-until", sinceText, untilText));
    }
  }

  /** The plan ids the history and the workspace know, sorted. */
  static List<String> planIds(History history, List<LoadedPlan> current) {
    TreeSet<String> ids = new TreeSet<>();
    for (Step s : history.steps()) {
      s.after().values().forEach(p -> ids.add(p.plan().id()));
    }
    current.stream()
        .filter(p -> p.plan() != null && p.plan().id() != null)
        .forEach(p -> ids.add(p.plan().id()));
    return List.copyOf(ids);
  }
}
