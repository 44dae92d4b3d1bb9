package dev.pac.render;

import dev.pac.check.ValidationReport;
import dev.pac.model.Finding;
import java.io.PrintWriter;

/** A Markdown table of every finding, for a job summary ({@code GITHUB_STEP_SUMMARY}) or a comment. */
public final class FindingsMarkdown implements FindingsRenderer {
  @Override
  public void render(ValidationReport report, PrintWriter out) {
    out.println("### pac validate");
    out.println();
    out.println(FindingsText.summary(report));
    if (report.findings().isEmpty()) {
      return;
    }
    out.println();
    out.println("| File | Line | Col | Severity | Rule | Message |");
    out.println("|---|---:|---:|---|---|---|");
    for (Finding f : report.findings()) {
      out.println("| " + Markdown.cell(f.file()) + " | " + f.line() + " | " + f.column() + " | "
          + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " | `" + f.rule().id() + "` | " + Markdown.cell(f.message()) + " |");
    }
  }

}
