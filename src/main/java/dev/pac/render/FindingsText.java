package dev.pac.render;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Findings grouped by file, one line each ({@code FILE:LINE:COL: severity rule: message}), then a
 * summary.
 */
public final class FindingsText implements FindingsRenderer {
  private final Style style;
  private final Catalogue words;

  public FindingsText(Style style, Catalogue words) {
    this.style = style;
    this.words = words;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Map<String, List<Finding>> byFile = report.byFile();
    boolean first = true;
    for (List<Finding> group : byFile.values()) {
      if (group.isEmpty()) {
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      for (Finding f : group) {
        String severity =
            f.severity() == Severity.ERROR
                ? style.red(severity(f, words))
                : style.yellow(severity(f, words));
        out.println(
            style.bold(f.file() + ":" + f.line() + ":" + f.column() + ":")
                + " "
                + severity
                + " "
                + f.rule().id()
                + ": "
                + f.say(words));
      }
    }
    if (!first) {
      out.println();
    }
    out.println(summary(report, words));
  }

  /** "error" or "warning", in the reader's language. */
  static String severity(Finding f, Catalogue words) {
    return words.get(f.severity() == Severity.ERROR ? "findings.error" : "findings.warning");
  }

  static String summary(ValidationReport r, Catalogue words) {
    String files = words.count("findings.files", r.files().size());
    if (r.findings().isEmpty()) {
      return words.get("findings.summary.clean", files);
    }
    return words.get(
        "findings.summary",
        files,
        words.count("findings.errors", r.errors()),
        words.count("findings.warnings", r.warnings()),
        Text.count(r.findings().stream().map(Finding::file).collect(Collectors.toSet()).size()));
  }
}
