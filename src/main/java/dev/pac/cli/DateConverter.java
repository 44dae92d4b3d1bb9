package dev.pac.cli;

import dev.pac.actuals.Dates;
import dev.pac.text.Excerpt;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code YYYY-MM-DD} option value in the years pac handles; anything else is a usage error. */
public final class DateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    try {
      LocalDate d = LocalDate.parse(value, DATE);
      if (!Dates.inRange(d)) {
        throw new TypeConversionException(
            "'" + Excerpt.of(value) + "' is outside the dates pac handles: " + Dates.RANGE);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          value.matches("\\d{4}-\\d{2}-\\d{2}")
              ? "'"
                  + Excerpt.of(value)
                  + "' is not a day of the calendar ("
                  + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "")
                  + ")"
              : "'"
                  + Excerpt.of(value)
                  + "' is not a date: write YYYY-MM-DD, for example 2027-03-15");
    }
  }
}
