package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row table keeps the file each row came from (its index in the import's files) without a column
 * of zeroes while every row is of the first file, and its line without a column while each row is
 * on the line after the row before's: whichever way rows come in, each reads back the file and line
 * it was added with.
 */
class RowTableFilesTest {
  private static void add(RowTable t, int file, int line) {
    t.add(20_000 + line, "mql", "smb", "", "", PackedDecimal.pack("1"), null, file, line);
  }

  private static List<String> filesAndLines(RowTable t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.file(i) + ":" + t.line(i));
    }
    return out;
  }

  @Test
  void rowsOfTheFirstFileReadFileZero() {
    RowTable t = new RowTable(2);
    for (int l = 2; l < 40; l++) { // past the first capacity: the columns grow
      add(t, 0, l);
    }
    assertEquals(38, t.size());
    assertEquals("0:2", filesAndLines(t).get(0));
    assertEquals("0:39", filesAndLines(t).get(37));
  }

  @Test
  void aSecondFileAfterTheFirstKeepsBoth() {
    RowTable t = new RowTable(2);
    add(t, 0, 2);
    add(t, 0, 3);
    add(t, 2, 5); // the column is made here
    for (int l = 6; l < 30; l++) {
      add(t, 1, l); // and grows with the others
    }
    List<String> got = filesAndLines(t);
    assertEquals(List.of("0:2", "0:3", "2:5", "1:6"), got.subList(0, 4));
    assertEquals("1:29", got.get(got.size() - 1));
  }

  @Test
  void appendedRowsKeepTheirFilesEitherWay() {
    RowTable first = new RowTable(4);
    add(first, 0, 2);
    RowTable other = new RowTable(4);
    add(other, 3, 0);
    add(other, 0, 1);
    first.append(other, 10); // rows with a file other than the first, into a table without
    assertEquals(List.of("0:2", "3:10", "0:11"), filesAndLines(first));

    RowTable plain = new RowTable(4);
    add(plain, 0, 0);
    first.append(plain, 20); // rows of the first file, into a table that has the column
    assertEquals(List.of("0:2", "3:10", "0:11", "0:20"), filesAndLines(first));

    RowTable copy = new RowTable(1);
    for (int i = 0; i < first.size(); i++) {
      copy.add(first, i);
    }
    assertEquals(filesAndLines(first), filesAndLines(copy));
  }

  @Test
  void linesReadBackWhereverTheyStopFollowingEachOther() {
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 300; round++) {
      List<RowTable> parts = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      RowTable whole = new RowTable(1 + random.nextInt(4));
      int line = random.nextInt(3);
      int parts0 = 1 + random.nextInt(3);
      int[] shifts = new int[parts0];
      for (int p = 0; p < parts0; p++) {
        RowTable t = p == 0 ? whole : new RowTable(1 + random.nextInt(4));
        int shift = p == 0 ? 0 : line; // a later part counts its lines from 0
        shifts[p] = shift;
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
          line += random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1; // now and then a blank line
          add(t, 0, line - shift);
          expected.add("0:" + line);
        }
        if (p > 0) {
          parts.add(t);
        }
      }
      for (int p = 0; p < parts.size(); p++) {
        whole.append(parts.get(p), shifts[p + 1]);
      }
      assertEquals(expected, filesAndLines(whole), "round " + round);
    }
  }
}
