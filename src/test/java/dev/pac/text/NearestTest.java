package dev.pac.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.i18n.Catalogue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestTest {
  static final List<String> KEYS =
      List.of(
          "id", "title", "kpi", "segment", "channel", "baseline", "target", "start", "deadline");

  @Test
  void distanceCountsEditsAndASwapOnce() {
    assertEquals(0, Nearest.distance("deadline", "deadline"));
    assertEquals(1, Nearest.distance("deadlin", "deadline"));
    assertEquals(1, Nearest.distance("deadlnie", "deadline"));
    assertEquals(1, Nearest.distance("targte", "target"));
    assertEquals(3, Nearest.distance("kitten", "sitting"));
    assertEquals(3, Nearest.distance("", "abc"));
  }

  @Test
  void suggestsTheClosestCandidate() {
    assertEquals(Optional.of("deadline"), Nearest.to("deadlne", KEYS));
    assertEquals(Optional.of("target"), Nearest.to("traget", KEYS));
    assertEquals(Optional.of("segment"), Nearest.to("segments", KEYS));
    assertEquals(Optional.of("kpi"), Nearest.to("KPI", KEYS));
    assertEquals(
        Optional.of("mid-market"), Nearest.to("midmarket", List.of("enterprise", "mid-market")));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertEquals(Optional.empty(), Nearest.to("colour", KEYS));
    assertEquals(Optional.empty(), Nearest.to("x", List.of("abc", "de")));
    assertEquals(Optional.empty(), Nearest.to("anything", List.of()));
  }

  @Test
  void shortWordsAllowOneEdit() {
    assertEquals(Optional.of("id"), Nearest.to("ids", List.of("id", "title")));
    assertEquals(Optional.empty(), Nearest.to("xyz", List.of("id")));
    // regression: a one-letter word was "one edit" from every other one-letter id
    assertEquals(Optional.empty(), Nearest.to("x", List.of("o")));
    assertEquals(Optional.of("o1"), Nearest.to("o2", List.of("o1", "zz")));
  }

  @Test
  void tiesGoToTheAlphabeticallyFirst() {
    assertEquals(Optional.of("cat"), Nearest.to("bat", List.of("rat", "cat")));
  }

  @Test
  void theSuggestionReadsAsAClause() {
    assertEquals(
        " (did you mean `deadline`?)",
        Catalogue.english().say(Nearest.suggestionText("dedline", KEYS)));
    assertEquals("", Catalogue.english().say(Nearest.suggestionText("colour", KEYS)));
  }

  @Test
  void wordsLongerThan64CharactersGetNoSuggestion() {
    String id = "a".repeat(59) + "-mql"; // 63 characters
    assertEquals(
        Optional.of(id),
        Nearest.to(id + "x", List.of(id)),
        "64 characters: one edit away, suggested");
    assertEquals(
        Optional.empty(), Nearest.to(id + "xx", List.of(id)), "65 characters: not searched");
    assertEquals(
        Optional.empty(),
        Nearest.to("mql", List.of("mql" + "x".repeat(62))),
        "a 65-character candidate is skipped");
  }

  @Test
  void quotedTextIsCutAt120Characters() {
    assertEquals("short", Excerpt.of("short"));
    assertEquals("x".repeat(120), Excerpt.of("x".repeat(120)));
    assertEquals("x".repeat(119) + "…", Excerpt.of("x".repeat(121)));
    assertEquals(
        "x".repeat(118) + "…",
        Excerpt.of("x".repeat(118) + "😀" + "y"),
        "a character is never cut in two");
  }
}
