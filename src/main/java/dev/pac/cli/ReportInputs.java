package dev.pac.cli;

import dev.pac.actuals.ActualsStore;
import dev.pac.actuals.StoreDigest;
import dev.pac.cache.KeptIndexes;
import dev.pac.diff.PlanDiff;
import dev.pac.error.PacException;
import dev.pac.git.GitHistory;
import dev.pac.history.EntryHistories;
import dev.pac.history.History;
import dev.pac.history.Step;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.report.ActualsIndex;
import dev.pac.report.Owners;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.threads.Threads;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.PlanLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code pac report} reads, with the notes and refusals that go with it: the plans' history,
 * the plans and the actuals store, from the working tree or, with {@code --from-history}, as
 * committed on the report date. Notes go to {@code err} in the order the reading meets them.
 */
final class ReportInputs {
  private final Pac pac;
  private final List<LoadedPlan> plans;
  private final ActualsIndex committed;
  private final EntryHistories entries;
  private final Threads.Ahead<ActualsIndex> storeRead;

  private ReportInputs(
      Pac pac,
      List<LoadedPlan> plans,
      ActualsIndex committed,
      EntryHistories entries,
      Threads.Ahead<ActualsIndex> storeRead) {
    this.pac = pac;
    this.plans = plans;
    this.committed = committed;
    this.entries = entries;
    this.storeRead = storeRead;
  }

  /**
   * The history and the plans (those named, or all) as of {@code date}; a plan with errors is
   * refused.
   */
  static ReportInputs read(
      Pac pac, List<String> named, LocalDate date, boolean fromHistory, PrintWriter err) {
    LoadedWorkspace ws = pac.workspace();
    // the working tree's store is read on its own thread while the history and the plans load;
    // what the reading throws is thrown where the command asks for the actuals, so that errors
    // come in the order they would without it
    Path file = ws.actualsFile();
    String where = pac.display(file);
    KeptIndexes kept = fromHistory ? null : pac.keptIndexes();
    Threads.Ahead<ActualsIndex> storeRead =
        fromHistory ? null : Threads.ahead("pac-store-read", () -> index(file, where, kept));
    History history;
    Past past = null;
    try (GitHistory git = GitHistory.find(ws.root())) {
      history = HistoryOptions.read(pac, ws, git, new PlanDiff(null), date);
      if (fromHistory) {
        past = past(pac.planLoader(), git, history, ws, named, date, err, pac.catalogue());
      }
    }
    if (history.missing() != null) {
      Notices.of(pac, err).note(history.missing());
    }
    if (past != null) {
      // the plans as committed, the settings of the working tree: refused when broken, as without
      // --from-history
      Plans.refuseBrokenSettings(ws, err, pac.catalogue());
    }
    List<LoadedPlan> plans = past != null ? past.plans() : Plans.load(pac, named, date, err);
    return new ReportInputs(
        pac, plans, past != null ? past.rows() : null, EntryHistories.of(history, date), storeRead);
  }

  List<LoadedPlan> plans() {
    return plans;
  }

  /** The plan files read (for {@code --output}, which may not replace one). */
  List<Path> files() {
    return plans.stream().map(LoadedPlan::path).toList();
  }

  EntryHistories entries() {
    return entries;
  }

  /** Every KPI id the plans define: a KPI another plan defines is not reported as unknown. */
  Set<String> kpis() {
    Set<String> known = new HashSet<>();
    plans.forEach(p -> p.plan().kpis().forEach(k -> known.add(k.id())));
    return known;
  }

  /**
   * The actuals, indexed: as committed, else the store file (with a note when there is none yet).
   */
  ActualsIndex actuals(PrintWriter err) {
    if (committed != null) {
      return committed;
    }
    Path store = pac.workspace().actualsFile();
    if (!Files.exists(store)) {
      Notices.of(pac, err).note(Text.of("notes.no-actuals-store", pac.display(store)));
    }
    if (storeRead == null) { // --from-history before the first commit: the working tree after all
      return index(store, pac.display(store), pac.keptIndexes());
    }
    return storeRead.get();
  }

  /**
   * The index of the store {@code file} (named {@code where} in errors; empty when there is none):
   * the one kept by an earlier report of the same bytes, else read through, and kept when the store
   * was found plain.
   */
  static ActualsIndex index(Path file, String where, KeptIndexes kept) {
    // refused as reading it through refuses it (not a regular file, a link out of the workspace),
    // before any kept index is looked for
    if (!ActualsStore.exists(file, where)) {
      return new ActualsIndex.Builder().build();
    }
    try {
      if (kept.mayHave(Files.size(file))) {
        try (FileChannel ch = FileChannel.open(file)) {
          ByteBuffer found = kept.find(StoreDigest.of(ch, 0, ch.size()));
          ActualsIndex index = found == null ? null : ActualsIndex.of(found);
          if (index != null) {
            return index;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // read through, which says what is wrong
    }
    ActualsIndex.Builder rows = new ActualsIndex.Builder();
    StoreDigest[] read = new StoreDigest[1];
    ActualsStore.read(file, where, rows, kept == KeptIndexes.NONE ? null : d -> read[0] = d);
    ActualsIndex index = rows.build();
    if (read[0] != null) {
      kept.keep(read[0], index::bytes);
    }
    return index;
  }

  /**
   * {@code --owner}: null for none; an owner nobody in these plans is, is a usage error listing the
   * owners, nearest first.
   */
  String owner(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    Map<String, String> owners = new LinkedHashMap<>();
    for (LoadedPlan p : plans) {
      p.plan()
          .objectives()
          .forEach(o -> owners.putIfAbsent(Owners.key(o.owner()), Owners.name(o.owner())));
      p.plan()
          .actions()
          .forEach(a -> owners.putIfAbsent(Owners.key(a.owner()), Owners.name(a.owner())));
    }
    if (!owners.containsKey(Owners.key(given))) {
      List<String> names = Nearest.sorted(Owners.name(given), new TreeSet<>(owners.values()));
      throw PacException.usage(
          Text.of("errors.owner.unknown", Excerpt.of(given), String.join(", ", names)));
    }
    return given;
  }

  /** The plans and store rows as committed at the end of a day. */
  private record Past(List<LoadedPlan> plans, ActualsIndex rows) {}

  /**
   * The plans (those named, or all) and the store at the last commit dated on or before {@code
   * date}; null, with a note, when the history has no such commit (the working tree is read
   * instead).
   */
  private static Past past(
      PlanLoader loader,
      GitHistory git,
      History history,
      LoadedWorkspace ws,
      List<String> named,
      LocalDate date,
      PrintWriter err,
      Catalogue catalogue) {
    Step at = history.at(date);
    if (at == null) {
      new Notices(err, catalogue)
          .note(
              Text.of(
                  "notes.from-history.no-commit",
                  date,
                  history.steps().isEmpty()
                      ? Text.plain("")
                      : Text.of(
                          "notes.from-history.oldest", history.steps().get(0).commit().date()),
                  git != null && git.shallow()
                      ? Text.of("notes.from-history.shallow")
                      : Text.plain("")));
      return null;
    }
    String commit = at.commit().id();
    String when = at.commit().shortId() + " (" + at.commit().date() + ")";
    List<LoadedPlan> all = committedPlans(loader, git, ws, at, date);
    List<LoadedPlan> chosen = new ArrayList<>();
    for (String name : named) {
      LoadedPlan p =
          all.stream()
              .filter(
                  x ->
                      x.plan() != null && name.equals(x.plan().id())
                          || Path.of(x.path().toString())
                              .getFileName()
                              .toString()
                              .equals(Path.of(name).getFileName().toString()))
              .findFirst()
              .orElseThrow(
                  () ->
                      PacException.usage(
                          Text.of(
                              "errors.from-history.no-such-plan",
                              name,
                              when,
                              String.join(
                                  ", ",
                                  all.stream()
                                      .filter(x -> x.plan() != null)
                                      .map(x -> x.plan().id())
                                      .toList()))));
      if (!chosen.contains(p)) {
        chosen.add(p);
      }
    }
    if (named.isEmpty()) {
      chosen.addAll(all);
    }
    if (chosen.isEmpty()) {
      throw PacException.invalid(null, Text.of("errors.from-history.no-plan-files", when));
    }
    List<Finding> errors = new ArrayList<>();
    chosen.forEach(p -> errors.addAll(p.findings()));
    Refusal.ifErrors(errors, err, catalogue, Text.of("errors.refused.in-committed-plan", when));
    String storePath = git.repoPath(ws.actualsFile());
    String blob = storePath == null ? null : git.file(commit, storePath);
    new Notices(err, catalogue)
        .note(
            Text.of(
                "notes.from-history.committed",
                when,
                blob == null ? Text.of("notes.from-history.no-store") : Text.plain("")));
    ActualsIndex.Builder rows = new ActualsIndex.Builder();
    if (blob != null) {
      ActualsStore.rows(git.bytes(blob), storePath + "@" + at.commit().shortId(), rows);
    }
    return new Past(chosen, rows.build());
  }

  /**
   * Every plan file of the plans folder at the commit {@code at}, loaded and checked as of {@code
   * date}.
   */
  private static List<LoadedPlan> committedPlans(
      PlanLoader loader, GitHistory git, LoadedWorkspace ws, Step at, LocalDate date) {
    List<LoadedPlan> all = new ArrayList<>();
    for (GitHistory.FileVersion f : git.planFiles(at.commit().id(), git.repoPath(ws.plansDir()))) {
      all.add(
          loader.load(
              Path.of(f.path()),
              f.path() + "@" + at.commit().shortId(),
              git.bytes(f.blob()),
              ws.settings(),
              date));
    }
    return all;
  }
}
