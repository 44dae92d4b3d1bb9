package dev.pac.render;

import dev.pac.check.ValidationReport;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Findings grouped by file, one line each ({@code FILE:LINE:COL: severity rule: message}), then a summary. */
public final class FindingsText implements FindingsRenderer {
  private final Style style;

  public FindingsText(Style style) {
    this.style = style;
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
        String severity = f.severity() == Severity.ERROR ? style.red("error") : style.yellow("warning");
        out.println(style.bold(f.file() + ":" + f.line() + ":" + f.column() + ":") + " " + severity + " "
            + f.rule().id() + ": " + f.message());
      }
    }
    if (!first) {
      out.println();
    }
    out.println(summary(report));
  }

  static String summary(ValidationReport r) {
    int n = r.files().size();
    String files = n + (n == 1 ? " file" : " files");
    if (r.findings().isEmpty()) {
      return "checked " + files + ": no problems";
    }
    long e = r.errors();
    long w = r.warnings();
    return "checked " + files + ": " + e + (e == 1 ? " error" : " errors") + ", " + w + (w == 1 ? " warning" : " warnings")
        + " in " + r.findings().stream().map(Finding::file).collect(Collectors.toSet()).size() + " of them";
  }
}
