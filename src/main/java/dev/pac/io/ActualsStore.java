package dev.pac.io;

import dev.pac.error.PacException;
import dev.pac.model.ActualRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The actuals store, {@code data/actuals.csv}: header {@code date,kpi,value,segment,channel,action},
 * UTF-8 without BOM, LF, rows unique on (date, kpi, segment, channel, action) and sorted by it.
 */
public final class ActualsStore {
  public static final String HEADER = "date,kpi,value,segment,channel,action";

  private ActualsStore() {}

  /** Reads the store; a missing file is an empty store. {@code where} names it in errors. */
  public static List<ActualRow> read(Path file, String where) {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<ActualRow> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        return List.of();
      }
      if (!header.equals(HEADER)) {
        throw PacException.invalid(where + ":1", "the actuals store must start with the header '" + HEADER + "'");
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty()) {
          continue;
        }
        rows.add(parse(line, where, n));
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (AccessDeniedException e) {
      throw PacException.io(where, "permission denied", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw PacException.invalid(where, "the actuals store is not UTF-8 text");
    } catch (IOException e) {
      throw PacException.io(where, "cannot read: " + e.getMessage(), e);
    }
    return rows;
  }

  private static ActualRow parse(String line, String where, int n) {
    String[] f = line.split(",", -1);
    if (f.length != 6) {
      throw PacException.invalid(where + ":" + n, "expected 6 fields (" + HEADER + "), found " + f.length);
    }
    try {
      return new ActualRow(LocalDate.parse(f[0]), f[1], Double.parseDouble(f[2]), f[3], f[4], f[5]);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw PacException.invalid(where + ":" + n, "not a store row (date YYYY-MM-DD, value with '.' decimals): " + line);
    }
  }
}
