package dev.pac.actuals;

import dev.pac.threads.Threads;
import java.nio.file.Path;

/**
 * The store read on a thread of its own, started when the workspace is found and before the plans
 * load: on a machine with a free core, a large store is read while the plans are parsed and checked
 * (a million rows take about as long as loading the plans). What the reading throws is thrown again
 * by {@link #await}, where the command reads the store, so errors come in the same order as without
 * it; the sink is the reader thread's alone until then.
 */
public final class StoreReadAhead {
  private final Threads.Ahead<Boolean> reading;

  private StoreReadAhead(Threads.Ahead<Boolean> reading) {
    this.reading = reading;
  }

  /** Starts reading {@code file} into {@code sink}, as {@link ActualsStore#read} does. */
  public static StoreReadAhead start(Path file, String where, RowSink sink) {
    return new StoreReadAhead(
        Threads.ahead("pac-store-read", () -> ActualsStore.read(file, where, sink)));
  }

  /**
   * Waits for the reading to end: false when there is no store yet; what the reading threw is
   * thrown here.
   */
  public boolean await() {
    return reading.get();
  }
}
