package dev.pac.actuals;

/**
 * A {@link RowSink} that can take the store in parts read at once on several threads: each part
 * into an empty sink of its own ({@link #part}), then the parts' rows, in the store's order, as if
 * they had been handed to this sink one by one ({@link #append}).
 */
public interface PartedSink extends RowSink {
  /** An empty sink of the same kind, for one part of the store. */
  PartedSink part();

  /**
   * {@link #part()}, told about how many rows it will hold in the end (its own and those appended
   * to it), to size what it keeps; 0 when not known. Only a hint: any number of rows may come.
   */
  default PartedSink part(long rows) {
    return part();
  }

  /**
   * Takes the rows {@code later} (made by {@link #part}) was handed, as if they had come to this
   * sink after its own, in their order.
   */
  void append(PartedSink later);
}
