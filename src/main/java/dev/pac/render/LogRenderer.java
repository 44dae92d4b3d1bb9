package dev.pac.render;

import dev.pac.history.PlanLog;
import java.io.PrintWriter;

/** Writes the outcome of {@code pac log} in one format. */
public interface LogRenderer {
  void render(PlanLog log, PrintWriter out);
}
