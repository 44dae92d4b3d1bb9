package dev.pac.render;

import dev.pac.diff.DiffReport;
import java.io.PrintWriter;

/** Writes the outcome of {@code pac diff} in one format. */
public interface DiffRenderer {
  void render(DiffReport report, PrintWriter out);
}
