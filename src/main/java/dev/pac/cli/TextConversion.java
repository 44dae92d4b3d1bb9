package dev.pac.cli;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import picocli.CommandLine.TypeConversionException;

/**
 * An option value pac's converters refuse, with why as the catalogue says it: picocli wraps it in
 * its usage error, which {@link UsageErrors} says in the run's language.
 */
final class TextConversion extends TypeConversionException {
  private static final long serialVersionUID = 1L;
  private final transient Text text;

  TextConversion(Text text) {
    super(Catalogue.english().say(text));
    this.text = text;
  }

  Text text() {
    return text;
  }
}
