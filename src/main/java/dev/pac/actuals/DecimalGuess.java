package dev.pac.actuals;

import java.util.regex.Pattern;

/**
 * Which decimal mark a column of numbers uses, from the numbers themselves: a cell with both marks
 * ({@code 1.234,5}) has its decimal mark last; a single mark followed by other than three digits
 * ({@code 12,5}, {@code 0.25}), or after a lone 0 ({@code 0.015}), is the decimal mark; a mark used
 * twice ({@code 1,234,567}) is grouping. {@code 1,234} alone says nothing, and neither does a cell
 * that is not a number ({@code 1.5.2}). Each telling cell is a vote; the majority decides.
 */
public final class DecimalGuess {
  private int commaVotes;
  private int dotVotes;

  /** Looks at one cell. */
  public void see(String cell) {
    char vote = vote(cell);
    if (vote == ',') {
      commaVotes++;
    } else if (vote == '.') {
      dotVotes++;
    }
  }

  static char vote(String cell) {
    int comma = count(cell, ',');
    int dot = count(cell, '.');
    if (comma > 0 && dot > 0) {
      char last = cell.lastIndexOf(',') > cell.lastIndexOf('.') ? ',' : '.';
      char grouping = last == ',' ? '.' : ',';
      return count(cell, last) == 1 && grouped(cell.substring(0, cell.lastIndexOf(last)), grouping)
          ? last
          : 0;
    }
    if (comma > 0) {
      return comma > 1
          ? (grouped(cell, ',') ? '.' : 0)
          : decimalAt(cell, cell.indexOf(',')) ? ',' : 0;
    }
    if (dot > 0) {
      return dot > 1
          ? (grouped(cell, '.') ? ',' : 0)
          : decimalAt(cell, cell.indexOf('.')) ? '.' : 0;
    }
    return 0;
  }

  /**
   * Whether {@code integer}, once stripped of all but digits and {@code mark}, is grouped by
   * threes.
   */
  private static boolean grouped(String integer, char mark) {
    return Decimals.groupedByThrees(
        integer.replaceAll("[^0-9" + Pattern.quote(String.valueOf(mark)) + "]", ""), mark);
  }

  /**
   * The mark most telling cells vote for: {@code '.'}, {@code ','}, or 0 when none was telling (or
   * a tie).
   */
  public char decided() {
    return commaVotes > dotVotes ? ',' : dotVotes > commaVotes ? '.' : 0;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the single mark at {@code at} can only be a decimal mark: not 3 digits after it, or a
   * lone 0 before it.
   */
  private static boolean decimalAt(String s, int at) {
    if (digitsAfter(s, at) != 3) {
      return true;
    }
    String before = s.substring(0, at).replaceAll("[^0-9]", "");
    return before.startsWith("0");
  }

  private static int digitsAfter(String s, int at) {
    int n = 0;
    for (int i = at + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
      n++;
    }
    return n;
  }
}
