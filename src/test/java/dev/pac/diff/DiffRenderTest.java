package dev.pac.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.diff.Change.Item;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.render.DiffJson;
import dev.pac.render.DiffMarkdown;
import dev.pac.render.DiffRenderer;
import dev.pac.render.DiffText;
import dev.pac.render.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three renderings of a diff: values for people, Markdown that a table cell cannot break, typed
 * JSON.
 */
class DiffRenderTest {
  static final Map<String, Object> MILESTONE = new LinkedHashMap<>(Map.of("date", "2027-06-30"));

  static {
    MILESTONE.put("value", 500.0);
  }

  static final DiffReport REPORT =
      new DiffReport(
          "main",
          DiffReport.WORKING_TREE,
          List.of(
              Change.changed("plans/a.yaml", Item.OBJECTIVE, "grow", "target", 1200.0, 1250.5),
              Change.changed(
                  "plans/a.yaml",
                  Item.OBJECTIVE,
                  "grow",
                  "rationale",
                  null,
                  "Webinars | events *doubled*\nlast year"),
              Change.changed(
                  "plans/a.yaml",
                  Item.OBJECTIVE,
                  "grow",
                  "milestones",
                  List.of(),
                  List.of(MILESTONE)),
              Change.changed("plans/a.yaml", Item.SEGMENT, "smb", "rank", 2, 1),
              Change.added("plans/b.yaml", Item.PLAN, "b")),
          List.of(
              new DiffNote(
                  "plans/c.yaml",
                  "main",
                  Text.plain("does not load (1 error; at 3:1: syntax: <oops>)"))));

  @Test
  void text() {
    assertEquals(
        """
        Plan changes from main to the working tree: 5 changes in 2 files

        plans/a.yaml
          ~ objective grow  target: 1200 → 1250.5
          ~ objective grow  rationale: (none) → Webinars | events *doubled* last year
          ~ objective grow  milestones: [] → [{date: 2027-06-30, value: 500}]
          ~ segment smb  rank: 2 → 1

        plans/b.yaml
          + plan b

        note: plans/c.yaml at main does not load (1 error; at 3:1: syntax: <oops>)
        """,
        render(new DiffText(Style.PLAIN, Catalogue.english())));
  }

  @Test
  void markdownEscapesWhatATableCellWouldInterpret() {
    assertEquals(
        """
        <!-- pac diff -->
        ### Plan changes from `main` to the working tree

        5 changes in 2 files.

        #### `plans/a.yaml`

        | Change | Item | Id | Field | Old | New |
        |---|---|---|---|---|---|
        | changed | objective | `grow` | `target` | 1200 | 1250.5 |
        | changed | objective | `grow` | `rationale` | *(none)* | Webinars \\| events \\*doubled\\* last year |
        | changed | objective | `grow` | `milestones` | \\[\\] | \\[{date: 2027-06-30, value: 500}\\] |
        | changed | segment | `smb` | `rank` | 2 | 1 |

        #### `plans/b.yaml`

        | Change | Item | Id | Field | Old | New |
        |---|---|---|---|---|---|
        | added | plan | `b` |  |  |  |

        > **Note:** `plans/c.yaml` at `main` does not load (1 error; at 3:1: syntax: &lt;oops&gt;)
        >
        """,
        render(new DiffMarkdown(DiffMarkdown.DEFAULT_MAX_CHARS, Catalogue.english())));
  }

  /**
   * 600 actions added, a target and a budget changed, a segment removed: over the limit, what
   * matters stays.
   */
  @Test
  void markdownOverMaxCharsKeepsTheSummaryAndTheMostImportantChanges() {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      changes.add(Change.added("plans/a.yaml", Item.ACTION, "action-" + i));
    }
    changes.add(Change.changed("plans/a.yaml", Item.OBJECTIVE, "grow", "target", 1200.0, 1500.0));
    changes.add(Change.changed("plans/a.yaml", Item.ACTION, "fair", "budget", 10000.0, 25000.0));
    changes.add(Change.changed("plans/a.yaml", Item.SEGMENT, "smb", "rank", 2, 1));
    changes.add(Change.removed("plans/b.yaml", Item.SEGMENT, "smb"));
    DiffReport big = new DiffReport("main", "HEAD", changes, List.of());
    StringWriter full = new StringWriter();
    new DiffMarkdown(1_000_000, Catalogue.english()).render(big, new PrintWriter(full, true));
    assertTrue(full.toString().length() > 20_000, "the whole comment is long");
    assertTrue(!full.toString().contains("left out"), full.toString().substring(0, 300));

    StringWriter cut = new StringWriter();
    new DiffMarkdown(2000, Catalogue.english()).render(big, new PrintWriter(cut, true));
    String md = cut.toString();
    assertTrue(md.length() <= 2000, md.length() + " characters");
    assertTrue(
        md.startsWith(
            "<!-- pac diff -->\n"
                + "### Plan changes from `main` to `HEAD`\n\n"
                + "604 changes in 2 files.\n"),
        md);
    assertTrue(md.contains("| changed | objective | `grow` | `target` | 1200 | 1500 |"), md);
    assertTrue(md.contains("| changed | action | `fair` | `budget` | 10000 | 25000 |"), md);
    assertTrue(md.contains("| removed | segment | `smb` |  |  |  |"), md);
    assertTrue(!md.contains("`rank`"), "a rank change comes last: " + md);
    // header 4 lines (88 chars) + 2 file headers + 3 important rows + some added actions; count the
    // kept additions
    long added = md.lines().filter(l -> l.startsWith("| added | action |")).count();
    long shown = 3 + added;
    assertTrue(
        md.endsWith(
            "\n*"
                + (604 - shown)
                + " changes were left out to fit a comment:"
                + " run `pac diff main HEAD` to see every change.*\n"),
        md.substring(md.length() - 200));
    // the additions kept are the first ones, in file order
    assertTrue(md.contains("| added | action | `action-0` |"), md);
    assertTrue(added > 0 && !md.contains("`action-" + added + "`"), md);
  }

  @Test
  void markdownWithinMaxCharsIsWhole() {
    String whole = render(new DiffMarkdown(DiffMarkdown.DEFAULT_MAX_CHARS, Catalogue.english()));
    StringWriter exact = new StringWriter();
    new DiffMarkdown(whole.length(), Catalogue.english())
        .render(REPORT, new PrintWriter(exact, true));
    assertEquals(whole, exact.toString());
    StringWriter one = new StringWriter();
    new DiffMarkdown(whole.length() - 1, Catalogue.english())
        .render(REPORT, new PrintWriter(one, true));
    assertTrue(one.toString().contains("left out"), one.toString());
    assertTrue(one.toString().length() <= whole.length() - 1);
    // the note about a plan that does not load is kept
    assertTrue(one.toString().contains("> **Note:** `plans/c.yaml`"), one.toString());
  }

  @Test
  void jsonKeepsTypes() {
    String json = render(new DiffJson());
    assertTrue(json.contains("\"old\": 1200.0,\n      \"new\": 1250.5"), json);
    assertTrue(
        json.contains("\"old\": null,\n      \"new\": \"Webinars | events *doubled*\\nlast year\""),
        json);
    assertTrue(
        json.contains(
            "\"old\": [ ],\n      \"new\": [\n        {\n          \"date\": \"2027-06-30\",\n"
                + "          \"value\": 500.0\n        }\n      ]"),
        json);
    assertTrue(json.contains("\"old\": 2,\n      \"new\": 1"), json);
    assertTrue(json.contains("\"head\": \"working tree\""), json);
    assertTrue(
        json.contains(
            "{\n"
                + "      \"file\": \"plans/b.yaml\",\n"
                + "      \"change\": \"added\",\n"
                + "      \"item\": \"plan\",\n"
                + "      \"id\": \"b\"\n"
                + "    }"),
        json);
  }

  @Test
  void aFullCommitIdIsAbbreviatedForPeople() {
    String sha = "3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a";
    DiffReport r = new DiffReport(sha, "HEAD", List.of(), List.of());
    StringWriter text = new StringWriter();
    new DiffText(Style.PLAIN, Catalogue.english()).render(r, new PrintWriter(text, true));
    assertEquals("No plan changes from 3f2a9c1 to HEAD.\n", text.toString());
    StringWriter md = new StringWriter();
    new DiffMarkdown(DiffMarkdown.DEFAULT_MAX_CHARS, Catalogue.english())
        .render(r, new PrintWriter(md, true));
    assertTrue(
        md.toString().contains("### Plan changes from `3f2a9c1` to `HEAD`\n"), md.toString());
    StringWriter json = new StringWriter();
    new DiffJson().render(r, new PrintWriter(json, true));
    assertTrue(json.toString().contains("\"base\": \"" + sha + "\""), json.toString());
  }

  private static String render(DiffRenderer r) {
    StringWriter w = new StringWriter();
    try (PrintWriter out = new PrintWriter(w)) {
      r.render(REPORT, out);
    }
    return w.toString();
  }

  @Test
  void everyKindOfItemAndOfChangeHasAWordInBothLanguages() {
    for (Catalogue words : List.of(Catalogue.english(), Catalogue.of(true))) {
      for (Item item : Item.values()) {
        assertFalse(DiffText.item(item, words).isBlank(), item.id());
      }
      for (Change.Kind kind : Change.Kind.values()) {
        assertFalse(DiffMarkdown.kind(kind, words).isBlank(), kind.id());
      }
    }
    assertEquals("objectif", DiffText.item(Item.OBJECTIVE, Catalogue.of(true)));
    assertEquals("channel", DiffText.item(Item.CHANNEL, Catalogue.english()));
  }
}
