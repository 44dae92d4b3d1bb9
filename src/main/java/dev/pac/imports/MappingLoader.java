package dev.pac.imports;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.ImportMapping;
import dev.pac.model.Kpi;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.Slug;
import dev.pac.text.Excerpt;
import dev.pac.text.Nearest;
import dev.pac.workspace.BoundFile;
import dev.pac.workspace.CheckedFiles;
import dev.pac.yaml.Location;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads an import mapping and checks it like a plan: YAML, keys, types and field rules ({@link
 * BoundFile}), then the mapping's own rules: allowed delimiter, decimal mark and encoding, a valid
 * date pattern, one layout (wide {@code kpis} or long {@code kpi_column}), and KPI ids that exist
 * in the workspace's plans. Columns are checked later, against each CSV's header.
 */
public final class MappingLoader {
  static final List<String> DELIMITERS = List.of("auto", ",", ";", "\t");
  static final List<String> DECIMALS = List.of("auto", ".", ",");

  private MappingLoader() {}

  /**
   * Loads {@code path} (named {@code file} in findings); {@code kpis} are the KPI ids of the
   * workspace.
   */
  public static LoadedMapping load(Path path, String file, Set<String> kpis) {
    return load(path, file, kpis, Map.of());
  }

  /** Loads {@code path}; {@code definitions} give the KPIs' rollups (grouping only sums). */
  public static LoadedMapping load(
      Path path, String file, Set<String> kpis, Map<String, Kpi> definitions) {
    return load(path, file, kpis, definitions, CheckedFiles.NONE);
  }

  /** The same, a file {@code checked} knows as clean taken from it, one found clean kept there. */
  public static LoadedMapping load(
      Path path,
      String file,
      Set<String> kpis,
      Map<String, Kpi> definitions,
      CheckedFiles checked) {
    YamlReader reader = new YamlReader();
    YamlReader.Input in = reader.input(path, file);
    return in.refused() != null
        ? check(in.refused(), kpis, definitions)
        : check(
            file,
            checked.checked(reader, in.bytes(), file, ImportMapping.class),
            kpis,
            definitions);
  }

  /** Checks a mapping already read (or parsed from bytes, as the fuzz tests do). */
  public static LoadedMapping check(YamlDocument doc, Set<String> kpis) {
    return check(doc, kpis, Map.of());
  }

  /** Checks a mapping already read; {@code definitions} give the KPIs' rollups. */
  public static LoadedMapping check(
      YamlDocument doc, Set<String> kpis, Map<String, Kpi> definitions) {
    return check(doc.file(), BoundFile.checked(doc, ImportMapping.class), kpis, definitions);
  }

  private static LoadedMapping check(
      String file, BoundFile<ImportMapping> bound, Set<String> kpis, Map<String, Kpi> definitions) {
    List<Finding> findings = new ArrayList<>(bound.findings());
    ImportMapping m = bound.value();
    if (m != null) {
      new Rules(file, bound.index(), findings).check(m, kpis, definitions);
    }
    findings.sort(
        Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::message));
    return new LoadedMapping(file, m, List.copyOf(findings), bound.index());
  }

  /**
   * The mapping file {@code --mapping given} names: an existing file (relative to {@code cwd}),
   * else {@code mappings/NAME.yaml} (or {@code .yml}) of the workspace; neither is an error (exit
   * 3) listing the workspace's mappings.
   */
  public static Path locate(String given, Path cwd, Path root, Function<Path, String> display) {
    Path file = cwd.resolve(given).normalize();
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(file)) {
      return file;
    }
    Path dir = root.resolve("mappings");
    if (!given.contains("/") && !given.contains("\\")) {
      boolean hasExt = given.endsWith(".yaml") || given.endsWith(".yml");
      for (String ext : hasExt ? List.of("") : List.of(".yaml", ".yml")) {
        Path named = dir.resolve(given + ext);
        if (Files.exists(named, LinkOption.NOFOLLOW_LINKS)) { // a FIFO is refused when read
          return named;
        }
      }
    }
    List<String> names = names(root);
    throw PacException.io(
        Excerpt.of(given),
        Text.of(
            "mapping.no-such-mapping",
            display.apply(dir.resolve(given + ".yaml")),
            Nearest.suggestionText(given, names),
            names.isEmpty()
                ? Text.plain("")
                : Text.of("mapping.mappings-list", String.join(", ", names))),
        null);
  }

  /**
   * The names of the workspace's mappings ({@code mappings/NAME.yaml} or {@code .yml}), sorted;
   * none without the folder.
   */
  public static List<String> names(Path root) {
    try (Stream<Path> s = Files.list(root.resolve("mappings"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .map(n -> n.substring(0, n.lastIndexOf('.')))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // no mappings folder (or an unreadable one): nothing to list
    }
  }

  private record Rules(String file, LocationIndex index, List<Finding> findings) {
    void check(ImportMapping m, Set<String> kpis, Map<String, Kpi> definitions) {
      new MappingKeys(file, index, findings).check(m, definitions);
      oneOf("delimiter", m.delimiter(), DELIMITERS);
      oneOf("decimal", m.decimal(), DECIMALS);
      if (m.encoding() != null && !"auto".equals(m.encoding()) && !supported(m.encoding())) {
        add(
            Rule.SCHEMA_ENUM,
            index.value("encoding"),
            Text.of(
                "mapping.encoding-unknown",
                Excerpt.of(m.encoding()),
                Nearest.suggestionText(
                    m.encoding(),
                    List.of("UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16"))));
      }
      if (m.date() != null && m.date().format() != null && !"auto".equals(m.date().format())) {
        Text error = patternError(m.date().format());
        if (error != null) {
          add(
              Rule.SCHEMA_RANGE,
              index.value("date.format"),
              Text.of("mapping.date-format", Excerpt.of(m.date().format()), error));
        }
      }
      boolean wide = index.has("kpis");
      boolean longLayout = index.has("kpi_column");
      if (!wide && !longLayout) {
        add(Rule.SCHEMA_REQUIRED, Location.START, Text.of("mapping.no-layout"));
      }
      if (wide && longLayout) {
        add(Rule.SCHEMA_UNKNOWN_KEY, index.key("kpi_column"), Text.of("mapping.both-layouts"));
      }
      if (wide) {
        for (String key : List.of("value_column", "kpi_names")) {
          if (index.has(key)) {
            add(Rule.SCHEMA_UNKNOWN_KEY, index.key(key), Text.of("mapping.long-key-in-wide", key));
          }
        }
        if (m.kpis() != null && m.kpis().isEmpty()) {
          add(Rule.SCHEMA_REQUIRED, index.value("kpis"), Text.of("mapping.kpis-empty"));
        }
        kpiKeys("kpis", m.kpis() == null ? null : new LinkedHashMap<>(m.kpis()), kpis);
      }
      if (longLayout && !wide) {
        if (!index.has("value_column")) {
          add(Rule.SCHEMA_REQUIRED, Location.START, Text.of("mapping.no-value-column"));
        }
        kpiKeys("kpi_names", m.kpiNames(), kpis);
      } else if (!longLayout && index.has("value_column")) {
        add(
            Rule.SCHEMA_UNKNOWN_KEY,
            index.key("value_column"),
            Text.of("mapping.goes-with-kpi-column", "value_column"));
      }
      if (!longLayout && !wide && index.has("kpi_names")) {
        add(
            Rule.SCHEMA_UNKNOWN_KEY,
            index.key("kpi_names"),
            Text.of("mapping.goes-with-kpi-column", "kpi_names"));
      }
    }

    private void kpiKeys(String key, Map<String, ?> map, Set<String> kpis) {
      if (map == null) {
        return;
      }
      for (String id : map.keySet()) {
        String path = LocationIndex.child(key, id);
        if (!Slug.isValid(id)) {
          add(Rule.SCHEMA_RANGE, index.key(path), Text.of("mapping.not-a-kpi-id", Excerpt.of(id)));
        } else if (!kpis.contains(id)) {
          add(
              Rule.REF_UNKNOWN,
              index.key(path),
              Text.of(
                  "mapping.unknown-kpi",
                  Excerpt.of(id),
                  Nearest.suggestionText(id, kpis),
                  known(kpis)));
        }
      }
    }

    private void oneOf(String key, String value, List<String> allowed) {
      if (value != null && !allowed.contains(value)) {
        add(
            Rule.SCHEMA_ENUM,
            index.value(key),
            Text.of(
                "mapping.not-allowed",
                key,
                quote(value),
                String.join(", ", allowed.stream().map(MappingLoader::quote).toList())));
      }
    }

    private void add(Rule rule, Location at, Text message) {
      findings.add(Finding.of(file, at.line(), at.column(), Severity.ERROR, rule, message));
    }
  }

  static Text known(Set<String> kpis) {
    if (kpis.isEmpty()) {
      return Text.of("mapping.no-kpis");
    }
    return Text.of("mapping.known-kpis", String.join(", ", new TreeSet<>(kpis)));
  }

  static String quote(String v) {
    return "auto".equals(v) ? v : "\"" + Excerpt.of(v).replace("\t", "\\t") + "\"";
  }

  private static boolean supported(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  /** Why a date pattern cannot read dates, or null when it can. */
  public static Text patternError(String pattern) {
    DateTimeFormatter f;
    try {
      f = ImportMapping.dateFormatter(pattern);
    } catch (IllegalArgumentException e) {
      return Text.of("mapping.pattern.not-a-pattern", e.getMessage());
    } catch (RuntimeException e) {
      // the JDK's pattern builder fails on some pad and adjacent-value combinations
      // (ClassCastException)
      return Text.of("mapping.pattern.broken");
    }
    try {
      LocalDateTime sample = LocalDateTime.of(2027, 1, 31, 0, 0);
      String text = f.format(sample);
      LocalDate back = f.parse(text, LocalDate::from);
      if (!back.equals(sample.toLocalDate())) {
        return Text.of("mapping.pattern.not-whole");
      }
    } catch (RuntimeException e) {
      return Text.of("mapping.pattern.not-whole");
    }
    return null;
  }
}
