package dev.pac.imports;

import dev.pac.error.PacException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A file's layout: the mapping it is read with (null: the store's own layout) and its settings. */
record Layout(LoadedMapping mapping, ImportSettings settings) {
  static final Layout STORE = new Layout(null, ImportSettings.STORE);

  static Layout of(LoadedMapping m) {
    return new Layout(m, ImportSettings.of(m.mapping()));
  }

  /**
   * The layout of the file {@code bytes}: the mapping {@code given}; else the store's when its
   * header is the store's; else the one workspace mapping ({@code candidates}) whose columns the
   * header holds (none or several: an error naming the candidates and the columns each lacks).
   * Without workspace mappings, the store's (whose errors then name the columns).
   */
  static Layout choose(
      byte[] bytes, String display, LoadedMapping given, Supplier<List<LoadedMapping>> candidates) {
    if (given != null) {
      return of(given);
    }
    if (HeaderLine.storeLayout(bytes, display)) {
      return STORE;
    }
    List<LoadedMapping> all = candidates.get();
    if (all.isEmpty()) {
      return STORE;
    }
    List<LoadedMapping> fit = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (LoadedMapping m : all) {
      if (m.mapping() == null) {
        misses.add(m.file() + " (unreadable: `pac import --mapping " + m.file() + "` says why)");
        continue;
      }
      List<String> lacking = HeaderLine.lacking(bytes, ImportSettings.of(m.mapping()), display);
      if (lacking.isEmpty()) {
        fit.add(m);
      } else {
        misses.add(m.file() + " lacks " + Columns.quoted(lacking));
      }
    }
    if (fit.size() == 1) {
      return of(fit.get(0));
    }
    if (fit.isEmpty()) {
      throw PacException.invalid(
          display,
          "no mapping of the workspace fits this export's header, and it is not in the "
              + "store's layout (date, kpi, value): "
              + String.join("; ", misses)
              + "; fix the mapping's columns or name one with --mapping");
    }
    throw PacException.invalid(
        display,
        "several mappings of the workspace fit this export's header: "
            + String.join(", ", fit.stream().map(LoadedMapping::file).toList())
            + "; name one with --mapping");
  }
}
