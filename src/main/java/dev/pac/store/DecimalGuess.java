package dev.pac.store;

/**
 * Which decimal mark a column of numbers uses, from the numbers themselves: a cell with both marks
 * ({@code 1.234,5}) has its decimal mark last; a single mark followed by other than three digits
 * ({@code 12,5}, {@code 0.25}) is the decimal mark; a mark used twice ({@code 1,234,567}) is grouping.
 * {@code 1,234} alone says nothing.
 */
public final class DecimalGuess {
  private char decided;

  /** Looks at one cell; returns true once the mark is decided. */
  public boolean see(String cell) {
    if (decided != 0) {
      return true;
    }
    int comma = count(cell, ',');
    int dot = count(cell, '.');
    if (comma > 0 && dot > 0) {
      decided = cell.lastIndexOf(',') > cell.lastIndexOf('.') ? ',' : '.';
    } else if (comma > 0) {
      decided = comma > 1 ? '.' : digitsAfter(cell, cell.indexOf(',')) != 3 ? ',' : 0;
    } else if (dot > 0) {
      decided = dot > 1 ? ',' : digitsAfter(cell, cell.indexOf('.')) != 3 ? '.' : 0;
    }
    return decided != 0;
  }

  /** The mark decided by the cells seen: {@code '.'}, {@code ','}, or 0 when none was telling. */
  public char decided() {
    return decided;
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

  private static int digitsAfter(String s, int at) {
    int n = 0;
    for (int i = at + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
      n++;
    }
    return n;
  }
}
