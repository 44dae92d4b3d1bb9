package dev.pac.history;

import dev.pac.check.LoadedPlan;
import dev.pac.diff.Change;
import dev.pac.diff.DiffReport;
import dev.pac.diff.PlanDiff;
import dev.pac.io.git.GitHistory;
import dev.pac.io.git.GitHistory.FileVersion;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Walks HEAD's first-parent chain, oldest first, and compares each commit's plans with its parent's
 * through {@link PlanDiff}. A plan version (a blob at a path) is loaded once per run, the versions in
 * parallel, and a commit that leaves the plans folder as it was is not compared at all, so the cost grows
 * with the number of plan versions, not of commits. The loader must be safe to call from several threads.
 */
public final class HistoryReader {
  /** The sentence and fix for a clone whose oldest commits are missing. */
  public static final String SHALLOW = "the clone is shallow: the history before %s (%s) is missing, so what came before"
      + " is unknown; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` under actions/checkout)";
  public static final String NO_REPOSITORY = "the workspace is not in a git repository, so the plans have no history;"
      + " keep them in git (`git init`, then commit them) to see who changed what and when";
  public static final String NO_COMMIT = "the git repository has no commit yet, so the plans have no history; commit them";

  private final PlanDiff diff;
  private final BiFunction<String, byte[], LoadedPlan> loader;
  private final ZoneId zone;
  private final Map<String, LoadedPlan> loaded = new HashMap<>();

  /**
   * {@code loader} loads a plan from its repository path and bytes; {@code zone} is the time zone whose
   * calendar gives commits their dates; {@code diff} lists the changes (with or without rankings).
   */
  public HistoryReader(PlanDiff diff, BiFunction<String, byte[], LoadedPlan> loader, ZoneId zone) {
    this.diff = diff;
    this.loader = loader;
    this.zone = zone;
  }

  /** The history of the plans under {@code folder} (a repository path) in {@code git}; {@code git} null: none. */
  public History read(GitHistory git, String folder) {
    if (git == null || folder == null) {
      return History.none(NO_REPOSITORY);
    }
    List<GitHistory.Commit> chain = new ArrayList<>(git.chain());
    if (chain.isEmpty()) {
      return History.none(NO_COMMIT);
    }
    java.util.Collections.reverse(chain);
    preload(git, chain, folder);
    List<Step> steps = new ArrayList<>();
    String missing = null;
    Map<String, LoadedPlan> prev = Map.of();
    Map<String, String> prevBlobs = Map.of();
    List<FileVersion> prevFiles = null;
    for (GitHistory.Commit c : chain) {
      HistoryCommit commit = commit(c);
      List<FileVersion> files = git.planFiles(c.id(), folder);
      if (files == prevFiles && !c.boundary()) { // the plans folder did not change
        steps.add(new Step(commit, List.of(), prev, prev, List.of(), List.of(), false));
        continue;
      }
      Map<String, LoadedPlan> now = new LinkedHashMap<>();
      Map<String, String> blobs = new HashMap<>();
      List<String> skipped = new ArrayList<>();
      for (FileVersion f : files) {
        blobs.put(f.path(), f.blob());
        if (f.blob().equals(prevBlobs.get(f.path())) && prev.containsKey(f.path())) {
          now.put(f.path(), prev.get(f.path()));
          continue;
        }
        LoadedPlan p = loaded.get(f.blob() + ":" + f.path());
        if (PlanDiff.loads(p)) {
          now.put(f.path(), p);
        } else {
          if (!f.blob().equals(prevBlobs.get(f.path()))) {
            skipped.add(f.path() + " did not load at " + commit.shortId() + " (" + PlanDiff.why(p) + "): skipped"
                + (prev.containsKey(f.path()) ? ", its changes show at the next commit where it loads" : ""));
          }
          if (prev.containsKey(f.path())) {
            now.put(f.path(), prev.get(f.path()));
          }
        }
      }
      if (c.boundary()) {
        missing = String.format(SHALLOW, commit.shortId(), commit.date());
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
        DiffReport r = base.isEmpty() && head.isEmpty()
            ? new DiffReport(commit.shortId(), commit.shortId(), List.of(), List.of())
            : diff.compare(parentLabel(c), base, commit.shortId(), head);
        steps.add(new Step(commit, withoutMoves(r.changes()), prev, now, skipped, r.notes(), false));
      }
      prev = now;
      prevBlobs = blobs;
      prevFiles = files;
    }
    return new History(steps, missing);
  }

  /**
   * Loads every plan version of the chain once: the bytes are read from git in order (JGit's reader is
   * not shared between threads), then parsed and bound in parallel, each version being independent.
   */
  private void preload(GitHistory git, List<GitHistory.Commit> chain, String folder) {
    Map<String, byte[]> todo = new LinkedHashMap<>();
    List<FileVersion> prevFiles = null;
    for (GitHistory.Commit c : chain) {
      List<FileVersion> files = git.planFiles(c.id(), folder);
      if (files != prevFiles) {
        for (FileVersion f : files) {
          String key = f.blob() + ":" + f.path();
          if (!loaded.containsKey(key) && !todo.containsKey(key)) {
            todo.put(key, git.bytes(f.blob()));
          }
        }
      }
      prevFiles = files;
    }
    Map<String, LoadedPlan> done = new java.util.concurrent.ConcurrentHashMap<>();
    todo.entrySet().parallelStream().forEach(e -> {
      String path = e.getKey().substring(e.getKey().indexOf(':') + 1);
      done.put(e.getKey(), loader.apply(path, e.getValue()));
    });
    loaded.putAll(done);
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
