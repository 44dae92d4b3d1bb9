package dev.pac.cli;

import dev.pac.actuals.Dates;
import dev.pac.i18n.Text;
import dev.pac.text.Excerpt;
import dev.pac.yaml.DateFix;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;

/** A {@code YYYY-MM-DD} option value in the years pac handles; anything else is a usage error. */
public final class DateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    try {
      LocalDate d = LocalDate.parse(value, DATE);
      if (!Dates.inRange(d)) {
        throw new TextConversion(
            Text.of("errors.usage.date-range", Excerpt.of(value), Dates.MIN_YEAR, Dates.MAX_YEAR));
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new TextConversion(
          Text.of("errors.usage.not-a-date", Excerpt.of(value), DateFix.of(value)));
    }
  }
}
