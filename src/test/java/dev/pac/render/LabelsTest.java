package dev.pac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pac.model.ActionStatus;
import dev.pac.model.Lang;
import dev.pac.report.Allocation;
import dev.pac.report.Decision;
import dev.pac.report.Status;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private final Labels en = Labels.of(Lang.EN);
  private final Labels fr = Labels.of(Lang.FR);

  @Test
  void everyStatusDecisionAndAllocationHasAWord() {
    for (Labels l : new Labels[] {en, fr}) {
      for (Status s : Status.values()) {
        assertFalse(l.get("status." + s.id()).isBlank());
      }
      for (Decision d : Decision.values()) {
        assertFalse(l.get("decision." + d.id()).isBlank());
      }
      for (ActionStatus a : ActionStatus.values()) {
        assertFalse(l.get("action-status." + a.id()).isBlank());
      }
      for (Allocation.By b : Allocation.By.values()) {
        assertFalse(l.get("report.th.by." + b.name().toLowerCase(Locale.ROOT)).isBlank());
      }
    }
  }

  @Test
  void theFrenchWordsOfStatusesAndDecisions() {
    assertEquals("en bonne voie", fr.get("status.on-track"));
    assertEquals("à risque", fr.get("status.at-risk"));
    assertEquals("en retard", fr.get("status.off-track"));
    assertEquals("atteint", fr.get("status.achieved"));
    assertEquals("sans données", fr.get("status.no-data"));
    assertEquals("pas commencé", fr.get("status.not-started"));
    assertEquals("continuer", fr.get("decision.continue"));
    assertEquals("ajuster ou arrêter", fr.get("decision.adjust-or-stop"));
    assertEquals("trop tôt", fr.get("decision.too-early"));
    assertEquals("sans données", fr.get("decision.no-data"));
    assertEquals("on-track", en.get("status.on-track"));
  }

  @Test
  void argumentsReplaceTheirPlaceholdersAndQuotesStayPlain() {
    assertEquals(
        "L'action a1 commence le 2027-04-01 (Ann)",
        fr.get("report.attention.starts", "a1", "2027-04-01", "Ann"));
    assertEquals("only Ann's objectives and actions", en.get("report.meta.only", "Ann"));
  }

  @Test
  void wholeNumbersAreWrittenAsTheDecimalFormatWritesThem() {
    Random random = new Random(20261202);
    for (Labels l : new Labels[] {en, fr}) {
      for (int i = 0; i < 20_000; i++) {
        long n =
            switch (i % 4) {
              case 0 -> random.nextInt(2000) - 1000;
              case 1 -> random.nextLong() % 1_000_000_000L;
              case 2 -> (long) (random.nextDouble() * 2 * Labels.WHOLE - Labels.WHOLE);
              default -> (long) Math.pow(10, i % 16) * (i % 8 < 4 ? 1 : -1);
            };
        double v = n;
        for (int decimals = 0; decimals < 4; decimals++) {
          assertEquals(l.formatted(v, decimals), l.number(v, decimals), v + ", " + decimals);
        }
      }
      assertEquals("0", l.number(-0.0, 0));
      assertEquals(l.formatted(-0.0, 2), l.number(-0.0, 2));
    }
    // by hand
    assertEquals("-1,234,567", en.number(-1234567, 0));
    assertEquals("999", en.number(999, 2));
    assertEquals("1\u202F000", fr.number(1000, 1));
    assertEquals("100,000", en.number(100000, 0));
    assertEquals("12.5", en.number(12.5, 2), "not whole: the format's");
  }

  @Test
  void englishNumbersAreUnchanged() {
    assertEquals("1,234,567.5", en.number(1234567.5, 1));
    assertEquals("12.5 %", en.percent(en.number(12.5, 1)));
    assertEquals("-0.25", en.plain("-0.25"));
    assertEquals("1200000", en.plain("1200000"));
    assertEquals("0", en.number(-0.04, 1));
  }

  @Test
  void frenchNumbersTakeADecimalCommaAndNarrowSpaces() {
    // 1 234 567,5 with U+202F between the groups
    assertEquals("1\u202F234\u202F567,5", fr.number(1234567.5, 1));
    assertEquals("1\u202F234", fr.number(1234.4, 0));
    assertEquals("0,24", fr.number(0.24, 2));
    // half-even: 2.125 -> 2.12
    assertEquals("2,12", fr.number(2.125, 2));
    assertEquals("12,5\u00A0%", fr.percent(fr.number(12.5, 1)));
    assertEquals("-91,6", fr.plain("-91.6"));
    assertEquals("110\u202F000\u202F000", fr.plain("110000000"));
    assertEquals("1\u202F200", fr.plain("1200"));
    assertEquals("999", fr.plain("999"));
    assertEquals("0,0792", fr.plain("0.0792"));
    assertEquals("\u00A0", fr.unitSpace());
    assertEquals(" ", en.unitSpace());
  }

  @Test
  void aMissingLanguageMeansEnglish() {
    assertEquals(Lang.EN, Labels.of(null).lang());
  }
}
