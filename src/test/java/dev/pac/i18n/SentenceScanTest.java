package dev.pac.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SentenceScan} on planted sources: what it must find, and what it must leave. */
class SentenceScanTest {
  private static List<String> hits(String src) {
    return SentenceScan.scan("X.java", src).stream()
        .map(h -> h.line() + " " + h.why() + ": " + h.literal().strip())
        .toList();
  }

  @Test
  void findsEnglishSentencesBuiltInCode() {
    assertEquals(
        List.of(
            "2 a sentence outside the catalogue: cannot lock the store:",
            "3 a sentence outside the catalogue: waiting for another import",
            "4 a sentence outside the catalogue: did not load at",
            "6 a sentence outside the catalogue: the file is %,d bytes"),
        hits(
            """
            class X {
              void a() { throw PacException.io(where, "cannot lock the store: " + e, e); }
              void b() { warn.accept("waiting for another import"); }
              String c() { return path + " did not load at " + commit; }
              // a comment may say "anything it likes here"
              String d() { return String.format("the file is %,d bytes", n); }
            }
            """));
  }

  @Test
  void findsTextPlainOfOwnWordsAndNoticesPrintedByHand() {
    assertEquals(
        List.of(
            "2 Text.plain of pac's own words: aucun",
            "3 a note or warning printed outside cli.Notices: pac: warning:",
            "5 a sentence outside the catalogue: a folder"),
        hits(
            """
            class X {
              Text a() { return Text.plain("aucun"); }
              void b() { err.println("pac: warning: " + s); }
              String c() {
                return \"""
                  a folder\""";
              }
            }
            """));
  }

  @Test
  void leavesKeysHelpAnnotationsInternalErrorsMarkupAndEmptyPlainTexts() {
    assertEquals(
        List.of(),
        hits(
            """
            @Command(name = "pac", description = "Run as if pac was started in DIR.")
            class X {
              @Option(names = "-C", description = {"Run as if pac", "was started in DIR."})
              Path dir;
              @Override
              public String toString() { return Text.of("errors.no-such-file", where).key(); }
              void a() { throw new IllegalStateException("no schema for " + type); }
              void b() { out.print("<div class=\\"alloc\\">"); }
              String next = "pac score --explain";
              String svg = "<polyline points=\\"";
              Text c() { return ok ? Text.plain("") : Text.of("errors.or", "a", "b"); }
              /* a block comment "with quoted words" */
              char d = '"';
              String e = "2027-03-15";
            }
            """));
  }
}
