package dev.pac.render;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table of every finding, for a job summary ({@code GITHUB_STEP_SUMMARY}) or a comment,
 * in at most {@code maxBytes} bytes of UTF-8 (GitHub drops a step summary over 1 MiB): when every
 * row does not fit, the errors are kept before the warnings, in the report's order, and a last line
 * says how many findings were left out.
 */
public final class FindingsMarkdown implements FindingsRenderer {
  private final long maxBytes;
  private final Catalogue words;

  public FindingsMarkdown(long maxBytes, Catalogue words) {
    this.maxBytes = maxBytes;
    this.words = words;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    List<String> head =
        new ArrayList<>(List.of("### pac validate", "", FindingsText.summary(report, words)));
    List<Finding> findings = report.findings();
    if (findings.isEmpty()) {
      print(out, head);
      return;
    }
    head.addAll(List.of("", words.get("findings.markdown.head"), "|---|---:|---:|---|---|---|"));
    List<String> rows = findings.stream().map(this::row).toList();
    long budget = maxBytes - bytes(head);
    if (rows.stream().mapToLong(FindingsMarkdown::bytes).sum() <= budget) {
      print(out, head);
      print(out, rows);
      return;
    }
    budget -= bytes(leftOut(findings.size())) + 1;
    boolean[] kept = new boolean[rows.size()];
    for (Severity pass : new Severity[] {Severity.ERROR, Severity.WARNING}) {
      for (int i = 0; i < rows.size(); i++) {
        long cost = bytes(rows.get(i));
        if (findings.get(i).severity() == pass && cost <= budget) {
          kept[i] = true;
          budget -= cost;
        }
      }
    }
    print(out, head);
    int shown = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (kept[i]) {
        out.print(rows.get(i) + "\n");
        shown++;
      }
    }
    print(out, List.of("", leftOut(findings.size() - shown)));
  }

  private String leftOut(int n) {
    return "*" + words.count("findings.markdown.left-out", n) + "*";
  }

  private String row(Finding f) {
    return "| "
        + Markdown.cell(f.file())
        + " | "
        + f.line()
        + " | "
        + f.column()
        + " | "
        + FindingsText.severity(f, words)
        + " | `"
        + f.rule().id()
        + "` | "
        + Markdown.cell(f.say(words))
        + " |";
  }

  /** The UTF-8 size of a line with its line break. */
  private static long bytes(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length + 1L;
  }

  private static long bytes(List<String> lines) {
    return lines.stream().mapToLong(FindingsMarkdown::bytes).sum();
  }

  private static void print(PrintWriter out, List<String> lines) {
    for (String l : lines) {
      out.print(l + "\n");
    }
  }
}
