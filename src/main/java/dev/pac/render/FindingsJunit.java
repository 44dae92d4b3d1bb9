package dev.pac.render;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Finding;
import dev.pac.model.Severity;
import dev.pac.workspace.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML: one test suite a run, one test case a file. A file that fails the run (an error, or a
 * warning under {@code --strict}) is one {@code <failure>} listing all its findings; the warnings
 * of a file that passes go to its {@code <system-out>}. {@code tests} counts files and {@code
 * failures} failed files, so the report is green exactly when {@code pac validate} exits 0.
 */
public final class FindingsJunit implements FindingsRenderer {
  private final boolean strict;
  private final Catalogue words;

  public FindingsJunit(boolean strict, Catalogue words) {
    this.strict = strict;
    this.words = words;
  }

  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Map<String, List<Finding>> byFile = report.byFile();
    int failed = (int) byFile.values().stream().filter(this::fails).count();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      counts(w, byFile.size(), failed);
      w.writeCharacters("\n  ");
      w.writeStartElement("testsuite");
      counts(w, byFile.size(), failed);
      w.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        List<Finding> findings = e.getValue();
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "pac.validate");
        w.writeAttribute("name", clean(e.getKey()));
        if (!findings.isEmpty()) {
          w.writeCharacters("\n      ");
          if (fails(findings)) {
            Finding first = findings.get(0);
            w.writeStartElement("failure");
            w.writeAttribute(
                "type",
                findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                    ? "error"
                    : "warning");
            w.writeAttribute(
                "message",
                clean(
                    words.get(
                        "findings.junit.failure",
                        counts(findings),
                        first.line(),
                        first.rule().id() + ": " + first.say(words))));
          } else {
            w.writeStartElement("system-out");
          }
          w.writeCharacters(clean(lines(findings)));
          w.writeEndElement();
          w.writeCharacters("\n    ");
        }
        w.writeEndElement();
      }
      w.writeCharacters("\n  ");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    out.println();
  }

  /** Whether a file with these findings fails the run. */
  private boolean fails(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR || strict);
  }

  /** "2 errors, 1 warning". */
  private String counts(List<Finding> findings) {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.size() - e;
    return words.count("findings.errors", e) + ", " + words.count("findings.warnings", w);
  }

  /** One line a finding, as the text format prints it. */
  private String lines(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.file())
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(": ")
          .append(FindingsText.severity(f, words))
          .append(' ')
          .append(f.rule().id())
          .append(": ")
          .append(f.say(words))
          .append('\n');
    }
    return sb.toString();
  }

  /** The name and counts a run's suite and the suites element both carry. */
  private static void counts(XMLStreamWriter w, int tests, int failures) throws XMLStreamException {
    w.writeAttribute("name", "pac validate");
    w.writeAttribute("tests", String.valueOf(tests));
    w.writeAttribute("failures", String.valueOf(failures));
    w.writeAttribute("errors", "0");
  }

  /** Drops the characters XML 1.0 cannot hold (control characters from binary input, say). */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              boolean ok =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              sb.appendCodePoint(ok ? c : 0xFFFD);
            });
    return sb.toString();
  }
}
