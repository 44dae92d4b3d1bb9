package dev.pac.cli;

import dev.pac.check.ValidationReport;
import dev.pac.error.PacException;
import dev.pac.render.FindingsMarkdown;
import dev.pac.render.SafeWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The GitHub Actions job summary: a Markdown table of every finding appended to the file
 * {@code GITHUB_STEP_SUMMARY} names, since the runner shows only the first annotations of a step.
 */
final class StepSummary {
  private StepSummary() {}

  static void append(Path file, ValidationReport report) {
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(new SafeWriter(text, false))) {
      new FindingsMarkdown().render(report, w);
      w.println();
    }
    try {
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw PacException.io(file.toString(), "cannot append the job summary (GITHUB_STEP_SUMMARY): " + e.getMessage(), e);
    }
  }
}
