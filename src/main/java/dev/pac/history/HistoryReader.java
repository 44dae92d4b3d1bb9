package dev.pac.history;

import dev.pac.diff.Change;
import dev.pac.diff.DiffReport;
import dev.pac.diff.PlanDiff;
import dev.pac.git.GitHistory;
import dev.pac.git.GitHistory.FileVersion;
import dev.pac.i18n.Text;
import dev.pac.threads.Threads;
import dev.pac.workspace.LoadedPlan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Walks HEAD's first-parent chain, oldest first, and compares each commit's plans with its parent's
 * through {@link PlanDiff}. A plan version (a blob at a path) is loaded once per run, the versions
 * in parallel with each other and with the comparisons; a plan file whose blob did not change is
 * the same loaded plan and is not compared, and a commit that leaves the plans folder as it was is
 * not compared at all, so the cost grows with the number of plan versions, not of commits. The
 * loader must be safe to call from several threads.
 */
public final class HistoryReader {
  private final PlanDiff diff;
  private final BiFunction<String, byte[], LoadedPlan> loader;
  private final ZoneId zone;
  private final PlanVersions versions;

  /** Each plan version of the run, loaded or being loaded, by blob id and path. */
  private final Map<FileVersion, Future<LoadedPlan>> loaded = new HashMap<>();

  /**
   * {@code loader} loads a plan from its repository path and bytes; {@code zone} is the time zone
   * whose calendar gives commits their dates; {@code diff} lists the changes (with or without
   * rankings).
   */
  public HistoryReader(PlanDiff diff, BiFunction<String, byte[], LoadedPlan> loader, ZoneId zone) {
    this(diff, loader, zone, PlanVersions.NONE);
  }

  /**
   * The same, taking the plan versions {@code versions} kept from earlier runs instead of loading
   * them, and keeping those it loads there.
   */
  public HistoryReader(
      PlanDiff diff,
      BiFunction<String, byte[], LoadedPlan> loader,
      ZoneId zone,
      PlanVersions versions) {
    this.diff = diff;
    this.loader = loader;
    this.zone = zone;
    this.versions = versions;
  }

  /**
   * The history of the plans under {@code folder} (a repository path) in {@code git}; {@code git}
   * null: none.
   */
  public History read(GitHistory git, String folder) {
    return read(git, folder, null);
  }

  /**
   * The same, ending with the last commit of the chain dated on or before {@code until} (null: the
   * whole chain): the commits after it cannot change what a report as of that day says, nor which
   * commit is the state of a day up to it. The oldest commit is always read.
   */
  public History read(GitHistory git, String folder, LocalDate until) {
    if (git == null || folder == null) {
      return History.none(Text.of("notes.history.no-repository"));
    }
    List<GitHistory.Commit> chain = new ArrayList<>(git.chain());
    if (chain.isEmpty()) {
      return History.none(Text.of("notes.history.no-commit"));
    }
    Collections.reverse(chain);
    List<HistoryCommit> commits = new ArrayList<>(chain.size());
    int last = 0;
    for (int i = 0; i < chain.size(); i++) {
      HistoryCommit c = commit(chain.get(i));
      commits.add(c);
      if (until == null || !c.date().isAfter(until)) {
        last = i;
      }
    }
    chain = chain.subList(0, last + 1);
    ExecutorService pool = Threads.pool("pac-history");
    try {
      List<List<FileVersion>> files = preload(git, chain, folder, pool);
      History history = steps(git, chain, commits, files);
      versions.save();
      return history;
    } finally {
      pool.shutdownNow();
    }
  }

  private History steps(
      GitHistory git,
      List<GitHistory.Commit> chain,
      List<HistoryCommit> commits,
      List<List<FileVersion>> files) {
    List<Step> steps = new ArrayList<>();
    Text missing = null;
    Map<String, LoadedPlan> prev = Map.of();
    Map<String, String> prevBlobs = Map.of();
    List<FileVersion> prevFiles = null;
    for (int i = 0; i < chain.size(); i++) {
      GitHistory.Commit c = chain.get(i);
      HistoryCommit commit = commits.get(i);
      List<FileVersion> nowFiles = files.get(i);
      if (nowFiles == prevFiles && !c.boundary()) { // the plans folder did not change
        steps.add(new Step(commit, List.of(), prev, prev, List.of(), List.of(), false));
        continue;
      }
      Map<String, LoadedPlan> now = new LinkedHashMap<>();
      Map<String, String> blobs = new HashMap<>();
      List<Text> skipped = new ArrayList<>();
      for (FileVersion f : nowFiles) {
        blobs.put(f.path(), f.blob());
        if (f.blob().equals(prevBlobs.get(f.path())) && prev.containsKey(f.path())) {
          now.put(f.path(), prev.get(f.path()));
          continue;
        }
        LoadedPlan p = loaded(git, f);
        if (PlanDiff.loads(p)) {
          now.put(f.path(), p);
        } else {
          if (!f.blob().equals(prevBlobs.get(f.path()))) {
            skipped.add(
                Text.of(
                    prev.containsKey(f.path())
                        ? "notes.history.skipped.later"
                        : "notes.history.skipped",
                    f.path(),
                    commit.shortId(),
                    PlanDiff.why(p)));
          }
          if (prev.containsKey(f.path())) {
            now.put(f.path(), prev.get(f.path()));
          }
        }
      }
      if (c.boundary()) {
        missing = Text.of("notes.history.shallow", commit.shortId(), commit.date());
        steps.add(new Step(commit, List.of(), now, now, skipped, List.of(), true));
      } else {
        List<LoadedPlan> base = new ArrayList<>();
        List<LoadedPlan> head = new ArrayList<>();
        for (Map.Entry<String, LoadedPlan> e : prev.entrySet()) {
          if (now.get(e.getKey()) != e.getValue()) {
            base.add(e.getValue());
          }
        }
        for (Map.Entry<String, LoadedPlan> e : now.entrySet()) {
          if (prev.get(e.getKey()) != e.getValue()) {
            head.add(e.getValue());
          }
        }
        DiffReport r =
            base.isEmpty() && head.isEmpty()
                ? new DiffReport(commit.shortId(), commit.shortId(), List.of(), List.of())
                : diff.compare(parentLabel(c), base, commit.shortId(), head);
        steps.add(
            new Step(commit, withoutMoves(r.changes()), prev, now, skipped, r.notes(), false));
      }
      prev = now;
      prevBlobs = blobs;
      prevFiles = nowFiles;
    }
    return new History(steps, missing);
  }

  /**
   * Lists the plan files of each commit of the chain and starts loading every plan version not
   * loaded yet on {@code pool}, as soon as its bytes are read: the bytes are read in order on this
   * thread (JGit's reader is not shared between threads), while the versions read before are parsed
   * and bound on the pool, each version being independent of the others. Returns each commit's
   * files.
   */
  private List<List<FileVersion>> preload(
      GitHistory git, List<GitHistory.Commit> chain, String folder, ExecutorService pool) {
    List<List<FileVersion>> out = new ArrayList<>(chain.size());
    List<FileVersion> prevFiles = null;
    for (GitHistory.Commit c : chain) {
      List<FileVersion> files = git.planFiles(c.id(), folder);
      out.add(files);
      if (files != prevFiles) {
        for (FileVersion f : files) {
          if (loaded.containsKey(f)) {
            continue;
          }
          if (versions.has(f.blob())) {
            loaded.put(f, pool.submit(() -> versions.stored(f.blob(), f.path())));
          } else {
            byte[] bytes = git.bytes(f.blob());
            loaded.put(f, pool.submit(() -> load(f, bytes)));
          }
        }
      }
      prevFiles = files;
    }
    return out;
  }

  private LoadedPlan load(FileVersion f, byte[] bytes) {
    LoadedPlan p = loader.apply(f.path(), bytes);
    versions.offer(f.blob(), p);
    return p;
  }

  /**
   * A plan version loaded by {@link #preload}, waiting for it, or loaded here from git when its
   * stored version could not be read back; what failed to load it is thrown here, as it was.
   */
  private LoadedPlan loaded(GitHistory git, FileVersion f) {
    try {
      LoadedPlan p = loaded.get(f).get();
      return p != null ? p : load(f, git.bytes(f.blob()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the plans' history", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String parentLabel(GitHistory.Commit c) {
    return c.firstParent() == null ? "(none)" : c.firstParent().substring(0, 7);
  }

  /** The changes without a plan's move to another file when nothing else of that plan changed. */
  private static List<Change> withoutMoves(List<Change> changes) {
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      boolean move = c.item() == Change.Item.PLAN && "file".equals(c.field());
      if (move && changes.stream().noneMatch(o -> o != c && o.file().equals(c.file()))) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private HistoryCommit commit(GitHistory.Commit c) {
    Trailers.Parsed t = Trailers.parse(c.footers());
    LocalDate date = LocalDate.ofInstant(c.time(), zone);
    return new HistoryCommit(c.id(), date, c.author(), c.subject(), t.decisions(), t.problems());
  }
}
