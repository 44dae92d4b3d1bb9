package dev.pac.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pac.i18n.Catalogue;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void aFieldRuleMessageIsSaidInTheReadersLanguage() {
    assertEquals(
        "must be greater than 0", Catalogue.english().say(Messages.text(Messages.POSITIVE)));
    assertEquals(
        "doit être supérieur à 0", Catalogue.of(true).say(Messages.text(Messages.POSITIVE)));
    assertEquals(
        "doit être un code ISO 4217 comme EUR ou USD",
        Catalogue.of(true).say(Messages.text(Messages.CURRENCY)));
  }

  @Test
  void aMinimumNumberOfItemsKeepsItsNumber() {
    assertEquals("must list at least 3 items", Messages.atLeastItems(3));
    assertEquals(
        "must list at least 3 items",
        Catalogue.english().say(Messages.text(Messages.atLeastItems(3))));
    assertEquals(
        "doit contenir au moins 3 éléments",
        Catalogue.of(true).say(Messages.text(Messages.atLeastItems(3))));
  }

  @Test
  void anotherSentenceIsSaidAsItIs() {
    assertFalse(Messages.text("must be blue").keyed());
    assertEquals("must be blue", Catalogue.of(true).say(Messages.text("must be blue")));
  }
}
