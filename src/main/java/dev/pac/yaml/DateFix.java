package dev.pac.yaml;

import dev.pac.i18n.Text;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to write instead of a date that is not one, in a plan or on the command line: the month's
 * last day for {@code 2027-04-31}, the months for {@code 2027-13-01}, else the pattern.
 */
public final class DateFix {
  private static final Pattern DATE_LIKE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private DateFix() {}

  /** What to write instead of {@code text}, which does not read as a date. */
  public static Text of(String text) {
    Matcher m = DATE_LIKE.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        return Text.of("yaml.no-month", month);
      }
      YearMonth ym = YearMonth.of(year, month);
      return Text.of(
          "yaml.month-days",
          Text.of("yaml.month." + month),
          year,
          ym.lengthOfMonth(),
          ym.atEndOfMonth());
    }
    return Text.of("yaml.date-pattern");
  }
}
