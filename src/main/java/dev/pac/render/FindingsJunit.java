package dev.pac.render;

import dev.pac.check.ValidationReport;
import dev.pac.model.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** JUnit XML: one test suite a run, one test case a file, one failure a finding. */
public final class FindingsJunit implements FindingsRenderer {
  @Override
  public void render(ValidationReport report, PrintWriter out) {
    Map<String, List<Finding>> byFile = report.byFile();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      counts(w, byFile.size(), report.findings().size());
      w.writeCharacters("\n  ");
      w.writeStartElement("testsuite");
      counts(w, byFile.size(), report.findings().size());
      w.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "pac.validate");
        w.writeAttribute("name", clean(e.getKey()));
        w.writeAttribute("file", clean(e.getKey()));
        for (Finding f : e.getValue()) {
          String severity = f.severity().name().toLowerCase(Locale.ROOT);
          w.writeCharacters("\n      ");
          w.writeStartElement("failure");
          w.writeAttribute("type", f.rule().id());
          w.writeAttribute("message", clean(severity + " " + f.rule().id() + ": " + f.message()));
          w.writeCharacters(clean(f.file() + ":" + f.line() + ":" + f.column() + ": " + severity + " "
              + f.rule().id() + ": " + f.message()));
          w.writeEndElement();
        }
        if (!e.getValue().isEmpty()) {
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
    s.codePoints().forEach(c -> {
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
      sb.appendCodePoint(ok ? c : 0xFFFD);
    });
    return sb.toString();
  }
}
