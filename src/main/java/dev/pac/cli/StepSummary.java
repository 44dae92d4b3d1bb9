package dev.pac.cli;

import dev.pac.error.PacException;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.render.FindingsMarkdown;
import dev.pac.render.SafeWriter;
import dev.pac.workspace.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The GitHub Actions job summary: a Markdown table of every finding appended to the file {@code
 * GITHUB_STEP_SUMMARY} names, since the runner shows only the first annotations of a step. GitHub
 * drops a step's summary over 1 MiB, so the table is cut to fit below that, with what the step
 * wrote there before.
 */
final class StepSummary {
  /**
   * Below GitHub's 1 MiB (1,048,576 bytes) a step, with room for a line or two the workflow adds.
   */
  static final long MAX_BYTES = 1_000_000;

  private StepSummary() {}

  static void append(Path file, ValidationReport report, Catalogue words) {
    long before;
    try {
      before = Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      before = 0;
    }
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(new SafeWriter(text, false))) {
      new FindingsMarkdown(Math.max(0, MAX_BYTES - before - 1), words).render(report, w);
      w.print("\n");
    }
    try {
      Files.writeString(
          file,
          text.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw PacException.io(
          file.toString(), Text.of("errors.step-summary", String.valueOf(e.getMessage())), e);
    }
  }
}
