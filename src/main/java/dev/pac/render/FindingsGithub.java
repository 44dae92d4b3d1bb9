package dev.pac.render;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error} or {@code ::warning} line a finding, which
 * the runner turns into an annotation on the file and line, then the summary line.
 */
public final class FindingsGithub implements FindingsRenderer {
  private final Catalogue words;

  public FindingsGithub(Catalogue words) {
    this.words = words;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    for (Finding f : report.findings()) {
      out.print("::" + (f.severity() == Severity.ERROR ? "error" : "warning"));
      out.print(
          " file="
              + property(f.file())
              + ",line="
              + f.line()
              + ",col="
              + f.column()
              + ",title="
              + property(f.rule().id()));
      out.println("::" + data(f.say(words)));
    }
    out.println(FindingsText.summary(report, words));
  }

  /** Escapes a message as the runner expects: {@code %}, CR and LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as a message, and {@code :} and {@code ,} too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
