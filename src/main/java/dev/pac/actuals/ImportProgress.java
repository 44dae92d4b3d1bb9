package dev.pac.actuals;

/**
 * Progress of an import, file by file, in bytes read; shown as a bar on a terminal, else nothing.
 */
public interface ImportProgress {
  ImportProgress NONE = new ImportProgress() {};

  default void start(String file, long bytes) {}

  default void at(long bytes) {}

  default void done() {}
}
