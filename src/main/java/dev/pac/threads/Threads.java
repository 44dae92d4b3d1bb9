package dev.pac.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
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
    List<R> out = new ArrayList<>(items.size());
    inOrder(name, items, helper, f, out::add);
    return out;
  }

  /**
   * As {@link #inOrder(String, List, Supplier, BiFunction)}, each result handed to {@code each} as
   * soon as it and the ones before it are made, in the items' order, one at a time, by whichever
   * thread made the last of them (a renderer's text written while the next is made). Handing stops
   * at the first item whose {@code f} or {@code each} throws, which is thrown here (once every item
   * is done when they are shared between threads; at once on one core). What was handed on before
   * stays handed on: a renderer's output stops at the plan that failed. The threads making results
   * do not wait for the handing on; once this method has returned or thrown, nothing more is handed
   * on (after an interrupted wait, but the one result being handed on then).
   */
  public static <T, H, R> void inOrder(
      String name, List<T> items, Supplier<H> helper, BiFunction<H, T, R> f, Consumer<R> each) {
    int n = items.size();
    int helpers = Math.min(cores(), n) - 1;
    if (helpers <= 0) {
      H mine = n == 0 ? null : helper.get();
      for (T item : items) {
        each.accept(f.apply(mine, item));
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Object[] results = new Object[n];
    Throwable[] failures = new Throwable[n];
    boolean[] done = new boolean[n]; // its lock guards the state of the handing on too
    int[] handed = {0};
    boolean[] handing = {false}; // whether a thread is handing results on (one at a time)
    boolean[] over = {false}; // set when this method leaves: nothing more is handed on
    Runnable work =
        () -> {
          H mine = null;
          boolean made = false;
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            try {
              if (!made) {
                mine = helper.get();
                made = true;
              }
              results[i] = f.apply(mine, items.get(i));
            } catch (RuntimeException | Error e) {
              failures[i] = e;
            }
            boolean hand;
            synchronized (done) {
              done[i] = true;
              hand = !handing[0];
              handing[0] = true;
            }
            if (hand) {
              handOn(n, results, failures, done, handed, handing, over, each);
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
        r.get(); // the work catches what f and each throw: this only waits
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      synchronized (done) {
        over[0] = true; // an interrupted wait leaves the helpers running: they hand on no more
      }
      pool.shutdownNow();
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
  }

  /**
   * Hands on, outside the lock, each result ready in order, until the next is not made yet (another
   * thread, finishing it, then hands on), failed, or {@link #inOrder} has left: the threads making
   * results never wait for the handing on.
   */
  private static <R> void handOn(
      int n,
      Object[] results,
      Throwable[] failures,
      boolean[] done,
      int[] handed,
      boolean[] handing,
      boolean[] over,
      Consumer<R> each) {
    while (true) {
      int k;
      R r;
      synchronized (done) {
        k = handed[0];
        if (over[0] || k >= n || !done[k] || failures[k] != null) {
          handing[0] = false;
          return;
        }
        @SuppressWarnings("unchecked")
        R ready = (R) results[k];
        r = ready;
        results[k] = null;
      }
      try {
        each.accept(r);
      } catch (RuntimeException | Error e) {
        synchronized (done) {
          failures[k] = e; // and nothing more is handed on
          handing[0] = false;
        }
        return;
      }
      synchronized (done) {
        handed[0] = k + 1;
      }
    }
  }
}
