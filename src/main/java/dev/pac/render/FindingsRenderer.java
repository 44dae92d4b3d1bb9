package dev.pac.render;

import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;

/** Writes the outcome of {@code pac validate} in one format. */
public interface FindingsRenderer {
  void render(ValidationReport report, PrintWriter out);
}
