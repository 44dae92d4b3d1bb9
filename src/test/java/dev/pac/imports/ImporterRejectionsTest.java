package dev.pac.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.actuals.Rejection;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterRejectionsTest {
  @Test
  void aRowIsRejectedOnceWithEveryReason() {
    List<Rejection> found =
        List.of(
            new Rejection("a.csv", 3, "bad date"),
            new Rejection("a.csv", 3, "bad value"),
            new Rejection("a.csv", 4, "bad value"),
            new Rejection("b.csv", 4, "unknown KPI"),
            new Rejection("b.csv", 4, "duplicate"));
    assertEquals(
        List.of(
            "a.csv:3: bad date; bad value",
            "a.csv:4: bad value",
            "b.csv:4: unknown KPI; duplicate"),
        Rejections.oneEachRow(found).stream()
            .map(x -> x.file() + ":" + x.line() + ": " + x.reason())
            .toList());
  }

  @Test
  void aRowsReasonsAreJoinedInTheReadersLanguage() {
    List<Rejection> found =
        List.of(
            Rejection.of("a.csv", 3, Text.of("import.no-date", "Close Date", "")),
            Rejection.of("a.csv", 3, Text.of("import.no-kpi", "Metric", "")));
    Rejection one = Rejections.oneEachRow(found).get(0);
    assertEquals(
        "no date in column 'Close Date'; no KPI in column 'Metric'", one.say(Catalogue.of(false)));
    assertEquals(
        "pas de date dans la colonne 'Close Date'\u00A0; pas d'indicateur dans la colonne 'Metric'",
        one.say(Catalogue.of(true)));
    assertEquals(one.say(Catalogue.english()), one.reason());
  }
}
