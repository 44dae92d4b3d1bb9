package dev.pac.imports;

import dev.pac.actuals.Dates;
import dev.pac.i18n.Text;
import dev.pac.model.ImportMapping;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one export's date column: a pattern in {@code java.time} letters (month names in the
 * mapping's locale, case ignored), or {@code auto} (ISO, {@code d/M/yyyy} or {@code M/d/yyyy}, the
 * order decided from the whole file). A time after the date ({@code 2027-03-02 14:05}, {@code
 * 3/2/2027 9:30 AM}) is ignored, and so are the time letters of a pattern. Each distinct cell is
 * parsed once.
 */
final class DateCells {
  private static final Pattern TIME =
      Pattern.compile(
          "^(.*?)(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?" // the time
              + "(?:\\s*[AaPp]\\.?[Mm]\\.?)?" // AM or PM
              + "(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}))?)$"); // the time zone
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** How {@code auto} read the file: not decided yet, ISO only, day first, month first. */
  enum Order {
    UNDECIDED,
    DAY_FIRST,
    MONTH_FIRST
  }

  private final boolean auto;
  private final String pattern;
  private final DateTimeFormatter format; // null: ISO
  private final Map<String, Integer> cache = new HashMap<>();
  private Order order = Order.UNDECIDED;

  DateCells(String pattern, Locale locale) {
    this.auto = "auto".equals(pattern);
    this.pattern = pattern;
    String datePart = auto ? "yyyy-MM-dd" : datePart(pattern);
    this.format =
        datePart.equals("yyyy-MM-dd") || datePart.equals("uuuu-MM-dd")
            ? null
            : ImportMapping.dateFormatter(datePart, locale);
  }

  boolean auto() {
    return auto;
  }

  String pattern() {
    return pattern;
  }

  /**
   * The date of {@code cell} as {@code yyyymmdd}, or -1; with {@code auto}, after {@link #decide}
   * only.
   */
  int parse(String cell) {
    Integer cached = cache.get(cell);
    if (cached == null) {
      cached = read(cell);
      cache.put(cell, cached);
    }
    return cached;
  }

  private int read(String cell) {
    String t = withoutTime(cell);
    if (auto) {
      int iso = Dates.parseIso(t);
      if (iso >= 0 || order == Order.UNDECIDED) {
        return iso;
      }
      Matcher m = SLASHED.matcher(t);
      if (!m.matches()) {
        return -1;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      return order == Order.DAY_FIRST ? date(y, b, a) : date(y, a, b);
    }
    if (format == null) {
      return Dates.parseIso(t);
    }
    try {
      return Dates.of(format.parse(t, LocalDate::from));
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  private static int date(int y, int m, int d) {
    try {
      return Dates.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return -1;
    }
  }

  /** What {@code auto} learns from the file's cells, one at a time, before deciding. */
  static final class Evidence {
    String dayFirst; // a cell only a day-first reading fits (13/03/2027), or null
    int dayFirstLine;
    String monthFirst;
    int monthFirstLine;
    String ambiguous; // a cell both readings fit, with different dates (3/4/2027)
    int ambiguousLine;

    void see(String cell, int line) {
      Matcher m = SLASHED.matcher(withoutTime(cell));
      if (!m.matches()) {
        return;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a < 1 || b < 1 || a > 31 || b > 31) {
        return; // no date either way: the row is rejected when read
      }
      if (a > 12 && b <= 12 && dayFirst == null) {
        dayFirst = cell;
        dayFirstLine = line;
      } else if (b > 12 && a <= 12 && monthFirst == null) {
        monthFirst = cell;
        monthFirstLine = line;
      } else if (a != b && a <= 12 && b <= 12 && ambiguous == null) {
        ambiguous = cell;
        ambiguousLine = line;
      }
    }
  }

  /**
   * Decides the order from the evidence; returns why it cannot (a reason for the line in {@code
   * problemLine}), or null.
   */
  Text decide(Evidence e, String column, int[] problemLine) {
    if (e.dayFirst != null && e.monthFirst != null) {
      problemLine[0] = Math.max(e.dayFirstLine, e.monthFirstLine);
      return Text.of(
          "import.dates-both-orders",
          column,
          e.dayFirstLine,
          e.dayFirst,
          e.monthFirstLine,
          e.monthFirst);
    }
    if (e.dayFirst != null) {
      order = Order.DAY_FIRST;
    } else if (e.monthFirst != null) {
      order = Order.MONTH_FIRST;
    } else if (e.ambiguous != null) {
      problemLine[0] = e.ambiguousLine;
      Matcher m = SLASHED.matcher(withoutTime(e.ambiguous));
      m.matches();
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      String y = m.group(3);
      return Text.of(
          "import.date-ambiguous",
          e.ambiguous,
          column,
          Text.of("import.date.day-first", a, Text.of("import.month." + b), y),
          Text.of("import.date.month-first", Text.of("import.month." + a), b, y));
    } else {
      order =
          Order.DAY_FIRST; // every slashed date reads the same both ways (3/3/2027), or there is
      // none
    }
    cache.clear();
    return null;
  }

  static String withoutTime(String cell) {
    if (cell.indexOf(':') < 0) {
      return cell;
    }
    Matcher m = TIME.matcher(cell);
    return m.matches() && !m.group(1).isEmpty() ? m.group(1) : cell;
  }

  /**
   * The pattern without its time of day: {@code yyyy-MM-dd HH:mm} reads the date {@code
   * yyyy-MM-dd}.
   */
  static String datePart(String pattern) {
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && "HhKkmsSanAN".indexOf(c) >= 0) {
        String head = pattern.substring(0, i).stripTrailing();
        if (head.endsWith("'T'")) {
          head = head.substring(0, head.length() - 3);
        }
        return head.isEmpty() ? pattern : head;
      }
    }
    return pattern;
  }
}
