package dev.pac.imports;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
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
    List<Text> misses = new ArrayList<>();
    for (LoadedMapping m : all) {
      if (m.mapping() == null) {
        misses.add(Text.of("import.no-mapping-fits.unreadable", m.file()));
        continue;
      }
      List<String> lacking = HeaderLine.lacking(bytes, ImportSettings.of(m.mapping()), display);
      if (lacking.isEmpty()) {
        fit.add(m);
      } else {
        misses.add(Text.of("import.no-mapping-fits.lacks", m.file(), Columns.quoted(lacking)));
      }
    }
    if (fit.size() == 1) {
      return of(fit.get(0));
    }
    if (fit.isEmpty()) {
      throw PacException.invalid(
          display,
          Text.of("import.no-mapping-fits", Joined.of("import.no-mapping-fits.join", misses)));
    }
    throw PacException.invalid(
        display,
        Text.of(
            "import.several-mappings-fit",
            String.join(", ", fit.stream().map(LoadedMapping::file).toList())));
  }
}
