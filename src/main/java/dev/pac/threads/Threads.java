package dev.pac.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The threads pac works on besides the main one: one a core, with the stack the launcher gives the
 * main thread (deeply nested YAML), daemons, so an error on the main thread never waits for them.
 */
public final class Threads {
  private Threads() {}

  /** The launcher's {@code -Xss}: what a deeply nested plan needs, on any thread that reads one. */
  private static final long STACK = 4L << 20;

  /** One thread a core, named {@code name-1}, {@code name-2}…; shut it down when done. */
  public static ExecutorService pool(String name) {
    return pool(name, cores());
  }

  private static ExecutorService pool(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(null, r, name + "-" + count.incrementAndGet(), STACK);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * {@code work} started now on a thread of its own (a daemon, with the launcher's stack), for a
   * result wanted later: {@link Ahead#get} waits for it and throws what it threw, as it was.
   */
  public static <T> Ahead<T> ahead(String name, Supplier<T> work) {
    Ahead<T> a = new Ahead<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                a.result = work.get();
              } catch (RuntimeException | Error e) {
                a.failure = e;
              }
            },
            name,
            STACK);
    t.setDaemon(true); // a command that fails first leaves it: the process ends anyway
    a.thread = t;
    t.start();
    return a;
  }

  /** A result being worked out on another thread ({@link #ahead}). */
  public static final class Ahead<T> {
    private Thread thread;
    private T result;
    private Throwable failure;

    private Ahead() {}

    /** Waits for the work to end; returns its result, or throws what it threw. */
    public T get() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }

  public static int cores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code f} applied to each of {@code items}, the results in the items' order, the work shared
   * between the calling thread and one more thread a further core. What {@code f} throws is thrown
   * here as it was, the first item's in order first; {@code f} must be safe to call from several
   * threads at once.
   */
  public static <T, R> List<R> inOrder(String name, List<T> items, Function<T, R> f) {
    return inOrder(name, items, () -> f, Function::apply);
  }

  /**
   * As {@link #inOrder(String, List, Function)}, each thread with a helper of its own that {@code
   * helper} makes once (a renderer's number formats, which serve one thread): {@code f} is given
   * the helper of the thread it runs on.
   */
  public static <T, H, R> List<R> inOrder(
      String name, List<T> items, Supplier<H> helper, BiFunction<H, T, R> f) {
    int helpers = Math.min(cores(), items.size()) - 1;
    if (helpers <= 0) {
      List<R> out = new ArrayList<>(items.size());
      H mine = items.isEmpty() ? null : helper.get();
      for (T item : items) {
        out.add(f.apply(mine, item));
      }
      return out;
    }
    AtomicInteger next = new AtomicInteger();
    Object[] results = new Object[items.size()];
    Throwable[] failures = new Throwable[items.size()];
    Runnable work =
        () -> {
          H mine = null;
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            try {
              if (mine == null) {
                mine = helper.get();
              }
              results[i] = f.apply(mine, items.get(i));
            } catch (RuntimeException | Error e) {
              failures[i] = e;
            }
          }
        };
    ExecutorService pool = pool(name, helpers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int h = 0; h < helpers; h++) {
        running.add(pool.submit(work));
      }
      work.run();
      for (Future<?> r : running) {
        r.get(); // the work catches what f throws: this only waits, and publishes the results
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<R> out = new ArrayList<>(items.size());
    for (int i = 0; i < results.length; i++) {
      if (failures[i] instanceof RuntimeException e) {
        throw e;
      }
      if (failures[i] instanceof Error e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      R r = (R) results[i];
      out.add(r);
    }
    return out;
  }
}
