package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.i18n.Catalogue;
import dev.pac.model.Grain;
import dev.pac.model.ImportMapping;
import dev.pac.text.Label;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pieces of reading real exports: label matching, dates, periods, footers, presets. */
class ImportV2Test {
  @Test
  void labelsMatchIdsIgnoringCaseAccentsAndSeparators() {
    Set<String> ids = Set.of("mid-market", "public-sector", "equipe-paris");
    assertEquals("mid-market", Label.match("Mid Market", ids));
    assertEquals("mid-market", Label.match("MID_MARKET", ids));
    assertEquals("mid-market", Label.match(" mid -  market ", ids));
    assertEquals("equipe-paris", Label.match("Équipe Paris", ids));
    assertNull(Label.match("Secteur public", ids), "no translation across languages");
    assertEquals(
        "public-sector", Label.nearest("Secteur public", ids), "a shared word comes first");
    assertEquals("mid-market", Label.nearest("Mid-Markt", ids));
  }

  @Test
  void periodsStartOnTheDayTheMondayOrTheFirst() {
    // 2027-03-17 is a Wednesday: its ISO week starts on Monday 15 March
    assertEquals(20270317, Grouping.periodStart(20270317, Grain.DAY));
    assertEquals(20270315, Grouping.periodStart(20270317, Grain.WEEK));
    assertEquals(20270315, Grouping.periodStart(20270315, Grain.WEEK));
    assertEquals(
        20270315, Grouping.periodStart(20270321, Grain.WEEK), "Sunday belongs to the week before");
    assertEquals(20270301, Grouping.periodStart(20270317, Grain.MONTH));
    assertEquals(
        20261228, Grouping.periodStart(20270101, Grain.WEEK), "week 53 of 2026 starts in December");
  }

  @Test
  void datesWithPatternsLocalesAndTimes() {
    DateCells fr = new DateCells("d MMMM yyyy", Locale.forLanguageTag("fr"));
    assertEquals(20270412, fr.parse("12 avril 2027"));
    assertEquals(20270412, fr.parse("12 Avril 2027"), "case ignored");
    assertEquals(-1, fr.parse("31 avril 2027"), "strict");
    DateCells hubspot = new DateCells("yyyy-MM-dd HH:mm", Locale.ROOT);
    assertEquals(20270302, hubspot.parse("2027-03-02 14:05"));
    assertEquals(20270302, hubspot.parse("2027-03-02"), "the time part is ignored, present or not");
    DateCells us = new DateCells("M/d/yyyy", Locale.ROOT);
    assertEquals(20270315, us.parse("3/15/2027 9:30 AM"));
  }

  @Test
  void autoDatesAreDecidedByTheWholeFile() {
    DateCells auto = new DateCells("auto", Locale.ROOT);
    DateCells.Evidence e = new DateCells.Evidence();
    e.see("3/4/2027", 2); // either reading
    e.see("3/15/2027", 3); // only month first
    assertNull(auto.decide(e, "Date", new int[1]));
    assertEquals(20270304, auto.parse("3/4/2027"), "month first: March 4");
    assertEquals(20270315, auto.parse("2027-03-15"), "ISO always");

    DateCells ambiguous = new DateCells("auto", Locale.ROOT);
    DateCells.Evidence only = new DateCells.Evidence();
    only.see("3/4/2027", 2);
    int[] line = new int[1];
    String why = Catalogue.english().say(ambiguous.decide(only, "Date", line));
    assertEquals(2, line[0]);
    assertTrue(
        why.contains("3 April 2027 (day first)")
            && why.contains("March 4, 2027 (month first)")
            && why.contains("format: d/M/yyyy")
            && why.contains("format: M/d/yyyy"),
        why);

    DateCells both = new DateCells("auto", Locale.ROOT);
    DateCells.Evidence contradiction = new DateCells.Evidence();
    contradiction.see("15/3/2027", 2);
    contradiction.see("3/16/2027", 5);
    assertTrue(
        Catalogue.english()
            .say(both.decide(contradiction, "Date", line))
            .contains("day first (line 2"));
    assertEquals(5, line[0]);
  }

  @Test
  void footerWordsAloneOrFollowedByASpaceAParenthesisOrAColon() {
    List<String> words = ImportSettings.FOOTER_WORDS;
    assertTrue(Footer.cell("Grand Totals (5 records)", words));
    assertTrue(Footer.cell("Total", words));
    assertTrue(Footer.cell("total:", words));
    assertTrue(Footer.cell("Confidential Information - Do Not Distribute", words));
    assertTrue(Footer.cell("© 2027 Acme", words));
    assertTrue(!Footer.cell("Totalement", words), "a word that starts like one is data");
    assertTrue(!Footer.cell("Acme", words));
  }

  @Test
  void aPresetGivesDefaultsAndTheMappingsOwnKeysWin() {
    ImportMapping m =
        new ImportMapping(
            ImportMapping.Preset.EXCEL_FR,
            null,
            ".",
            null,
            "auto",
            new ImportMapping.DateColumn("Semaine", null, null),
            Map.of("mql", "MQL"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    ImportSettings s = ImportSettings.of(m);
    assertEquals(";", s.delimiter());
    assertEquals(".", s.decimal(), "the mapping's decimal wins over the preset's ','");
    assertEquals("windows-1252", s.encoding());
    assertEquals("dd/MM/yyyy", s.dateFormat());
    assertEquals(-1, s.skipRows());
    assertEquals(ImportSettings.FOOTER_WORDS, s.footer());
  }
}
