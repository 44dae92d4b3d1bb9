package dev.pac.render;

import dev.pac.actuals.ImportProgress;
import dev.pac.text.ControlChars;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The import's progress bar (the progressbar library renders it) on stderr, for files large enough
 * to take a moment; the command uses it only when stderr is a terminal, so pipes and CI logs stay
 * clean.
 */
public final class ImportProgressBar implements ImportProgress {
  /** Files smaller than this read in well under a second: no bar. */
  static final long MIN_BYTES = 8L << 20;

  private final PrintWriter err;
  private final int width;
  private ProgressBar bar;

  public ImportProgressBar(PrintWriter err, int width) {
    this.err = err;
    this.width = width;
  }

  @Override
  public void start(String file, long bytes) {
    if (bytes < MIN_BYTES) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(ControlChars.escape(file))
            .setInitialMax(bytes)
            .setUnit(" MB", 1L << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .clearDisplayOnFinish()
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    s -> {
                      err.print('\r' + s);
                      err.flush();
                    },
                    width))
            .build();
  }

  @Override
  public void at(long bytes) {
    if (bar != null) {
      bar.stepTo(bytes);
    }
  }

  @Override
  public void done() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      err.print('\r' + " ".repeat(Math.max(0, width - 1)) + '\r');
      err.flush();
      bar = null;
    }
  }
}
