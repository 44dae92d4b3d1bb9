package dev.pac.workspace;

import dev.pac.files.Confinement;
import dev.pac.files.InputFile;
import dev.pac.files.Workspace;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Lang;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.model.WorkspaceSettings;
import dev.pac.text.Excerpt;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the workspace of a folder and reads its {@code pac.yaml}, checked like a plan. */
public final class WorkspaceLoader {
  private WorkspaceLoader() {}

  /** A top-level {@code locale: fr} line, the value maybe quoted, maybe followed by a comment. */
  private static final Pattern LOCALE_LINE =
      Pattern.compile("locale[ \\t]*:[ \\t]*([\"']?)([A-Za-z]+)\\1[ \\t]*(#.*)?");

  /**
   * The language the {@code pac.yaml} of {@code start}'s workspace names in its {@code locale}
   * line, or null when it names none, or cannot be read: the workspace is found as {@link #load}
   * finds it, and the file is only looked through for a {@code locale:} line at its left margin,
   * nothing is parsed or judged. For what is said before the workspace is read (help and usage
   * errors), so it never fails: a broken {@code pac.yaml} is reported by the command that reads it.
   */
  public static Lang declaredLocale(Path start) {
    try {
      Workspace ws = Workspace.locate(start);
      if (!ws.hasSettings() || InputFile.refusal(ws.settingsFile()) != null) {
        return null;
      }
      InputFile.Bounded read =
          InputFile.readAtMost(ws.settingsFile(), Workspace.SETTINGS, InputFile.MAX_TEXT_BYTES);
      if (read.tooLarge()) {
        return null;
      }
      String text = new String(read.bytes(), StandardCharsets.UTF_8);
      for (String line : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
        Matcher m = LOCALE_LINE.matcher(line);
        if (m.matches()) {
          String id = m.group(2).toLowerCase(Locale.ROOT);
          for (Lang l : Lang.values()) {
            if (l.id().equals(id)) {
              return l;
            }
          }
          return null;
        }
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code display} names a path in findings (relative to where the user stands). */
  public static LoadedWorkspace load(Path start, Function<Path, String> display) {
    return load(start, display, CheckedFiles.NONE);
  }

  /**
   * The same, a {@code pac.yaml} that {@code checked} knows as clean taken from it, one found clean
   * kept there.
   */
  public static LoadedWorkspace load(
      Path start, Function<Path, String> display, CheckedFiles checked) {
    Workspace ws = Workspace.locate(start);
    if (!ws.hasSettings()) {
      return new LoadedWorkspace(ws, null, WorkspaceSettings.DEFAULTS, List.of());
    }
    String file = display.apply(ws.settingsFile());
    YamlReader reader = new YamlReader();
    YamlReader.Input in = reader.input(ws.settingsFile(), file);
    CheckedFiles.Lookup<WorkspaceSettings> known =
        in.bytes() == null ? null : checked.lookup(in.bytes(), WorkspaceSettings.class);
    List<Finding> confinement = new ArrayList<>();
    if (known != null && known.value() != null) {
      // found clean before: no field rule to check, the file parsed only to place a finding
      LocationIndex index = LocationIndex.whenAsked(() -> reader.parse(in.bytes(), file).root());
      WorkspaceSettings settings = confined(known.value(), ws.root(), file, index, confinement);
      return new LoadedWorkspace(
          ws, file, settings.withDefaults(), () -> PlanLoader.sorted(confinement));
    }
    YamlDocument doc = in.refused() != null ? in.refused() : reader.parse(in.bytes(), file);
    // the settings now, the field rules' findings when first asked for (the validator may still be
    // in the making): the rules add findings, they never change a value
    BoundFile<WorkspaceSettings> bound = BoundFile.located(doc, WorkspaceSettings.class);
    WorkspaceSettings settings =
        confined(bound.value(), ws.root(), file, bound.index(), confinement);
    return new LoadedWorkspace(
        ws,
        file,
        settings == null ? WorkspaceSettings.DEFAULTS : settings.withDefaults(),
        () -> {
          BoundFile<WorkspaceSettings> rules = BoundFile.checked(doc, WorkspaceSettings.class);
          if (known != null) {
            known.keep(rules);
          }
          List<Finding> findings = new ArrayList<>(rules.findings());
          findings.addAll(confinement);
          return PlanLoader.sorted(findings);
        });
  }

  /**
   * The settings with {@code plans} and {@code actuals} kept only when they lie inside the
   * workspace's root (its git working tree, else its folder): one that leads out, by {@code ..}, an
   * absolute path or a link, is an error at its value and takes its default, so nothing outside is
   * read or written.
   */
  private static WorkspaceSettings confined(
      WorkspaceSettings s, Path root, String file, LocationIndex index, List<Finding> findings) {
    if (s == null) {
      return null;
    }
    String plans = outside(s.plans(), "plans", root, file, index, findings) ? null : s.plans();
    String actuals =
        outside(s.actuals(), "actuals", root, file, index, findings) ? null : s.actuals();
    return new WorkspaceSettings(plans, actuals, s.locale(), s.grain(), s.review());
  }

  private static boolean outside(
      String value,
      String key,
      Path root,
      String file,
      LocationIndex index,
      List<Finding> findings) {
    if (value == null) {
      return false;
    }
    Path p;
    try {
      p = root.resolve(value).normalize();
    } catch (InvalidPathException e) {
      findings.add(
          Finding.of(
              file,
              index.value(key).line(),
              index.value(key).column(),
              Severity.ERROR,
              Rule.SCHEMA_RANGE,
              Text.of("errors.settings.not-a-path", key, Excerpt.of(e.getReason()))));
      return true;
    }
    // the store's folder must lie inside; a store file that is a link is judged when it is read
    // (InputFile)
    Path probe = "actuals".equals(key) && p.getParent() != null ? p.getParent() : p;
    if (Confinement.inside(probe, root)) {
      return false;
    }
    Path confined = Confinement.rootOfWorkspace(root);
    if (Confinement.inside(probe, confined)) {
      return false;
    }
    findings.add(
        Finding.of(
            file,
            index.value(key).line(),
            index.value(key).column(),
            Severity.ERROR,
            Rule.SCHEMA_RANGE,
            Text.of("errors.settings.outside", key, Excerpt.of(value), confined)));
    return true;
  }
}
