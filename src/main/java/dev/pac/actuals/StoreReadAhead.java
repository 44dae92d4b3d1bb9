package dev.pac.actuals;

import java.nio.file.Path;

/**
 * The store read on a thread of its own, started when the workspace is found and before the plans
 * load: on a machine with a free core, a large store is read while the plans are parsed and checked
 * (a million rows take about as long as loading the plans). What the reading throws is thrown again
 * by {@link #await}, where the command reads the store, so errors come in the same order as without
 * it; the sink is the reader thread's alone until then.
 */
public final class StoreReadAhead {
  private final Thread thread;
  private boolean exists;
  private Throwable failure;

  private StoreReadAhead(Path file, String where, RowSink sink) {
    thread =
        new Thread(
            () -> {
              try {
                exists = ActualsStore.read(file, where, sink);
              } catch (RuntimeException | Error e) {
                failure = e;
              }
            },
            "pac-store-read");
    thread.setDaemon(true); // a command that fails first leaves it: the process ends anyway
  }

  /** Starts reading {@code file} into {@code sink}, as {@link ActualsStore#read} does. */
  public static StoreReadAhead start(Path file, String where, RowSink sink) {
    StoreReadAhead r = new StoreReadAhead(file, where, sink);
    r.thread.start();
    return r;
  }

  /**
   * Waits for the reading to end: false when there is no store yet; what the reading threw is
   * thrown here.
   */
  public boolean await() {
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
    return exists;
  }
}
