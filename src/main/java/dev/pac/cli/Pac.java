package dev.pac.cli;

import dev.pac.actuals.KnownStores;
import dev.pac.cache.CheckedStores;
import dev.pac.cache.KeptIndexes;
import dev.pac.error.PacException;
import dev.pac.files.RepositoryRoot;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Lang;
import dev.pac.render.Style;
import dev.pac.workspace.CheckedFiles;
import dev.pac.workspace.LoadedWorkspace;
import dev.pac.workspace.PlanLoader;
import dev.pac.workspace.WorkspaceLoader;
import dev.pac.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pac}: the global options (its subcommands are added by {@link Commands}), and what every
 * command asks of the run (folder, workspace, colour).
 */
@Command(
    name = "pac",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = Pac.Version.class,
    description =
        "The commercial action plan as code: validate plans, rank segments and channels, import KPI"
            + " actuals, and report what needs attention this week.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:the input is invalid or a check failed (findings, rejected rows)",
      "2:usage error",
      "3:input that cannot be read or written (missing file, permission, disk)",
      "4:internal error (a stack trace with --verbose)"
    })
public final class Pac implements Runnable {
  private final Env env;
  private LoadedWorkspace workspace;
  private CheckedFiles checked;
  private KeptIndexes indexes;
  private BuildInfo build;
  private Path namesBase;

  @Spec CommandSpec spec;

  @Option(
      names = "-C",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Run as if pac was started in DIR.")
  Path dir;

  @Option(
      names = "--lang",
      paramLabel = "en|fr",
      scope = ScopeType.INHERIT,
      completionCandidates = EnumOptions.Langs.class,
      converter = EnumOptions.LangConverter.class,
      description =
          "Language of generated content (default: pac.yaml's locale, else the environment).")
  Lang lang;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No colours, even on a terminal.")
  boolean noColor;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean verbose;

  private final PrintWriter rawErr;

  /**
   * {@code rawErr}: stderr without the escaping of control characters, for the progress bar's
   * carriage returns.
   */
  Pac(Env env, PrintWriter rawErr) {
    this.env = env;
    this.rawErr = rawErr;
  }

  PrintWriter rawErr() {
    return rawErr;
  }

  @Override
  public void run() {
    Lang l = languageWithoutWorkspace(); // as help: the workspace is not read for a usage error
    throw new ParameterException(
        spec.commandLine(),
        Catalogue.of(l == Lang.FR)
            .get("errors.missing-command", String.join(", ", spec.subcommands().keySet())));
  }

  public Env env() {
    return env;
  }

  public boolean verbose() {
    return verbose;
  }

  /** The folder pac runs in: the current one, or {@code -C DIR}. */
  public Path cwd() {
    if (dir == null) {
      return env.cwd();
    }
    Path d = env.cwd().resolve(dir).normalize();
    if (!Files.isDirectory(d)) {
      throw PacException.io(dir.toString(), Text.of("errors.no-such-folder-c"), null);
    }
    return d;
  }

  /**
   * From now on, name paths relative to the top of the git working tree holding the folder pac runs
   * in (else that folder), as CI reads them: GitHub places annotations and code scanning results by
   * their path in the repository, whatever folder {@code -C} names. Called before anything is
   * named.
   */
  public void namePathsFromRepositoryRoot() {
    if (workspace != null) {
      throw new IllegalStateException("paths were named before the naming was chosen");
    }
    namesBase = RepositoryRoot.of(cwd()).orElse(null);
  }

  /**
   * A path as findings and messages name it, with '/': relative to where pac runs (or to the
   * repository root, see {@link #namePathsFromRepositoryRoot}) when inside it, else absolute.
   */
  public String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path base = (namesBase != null ? namesBase : cwd()).toAbsolutePath().normalize();
    String s = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    return s.isEmpty() ? "." : s.replace('\\', '/');
  }

  /** A path given on the command line, resolved against where pac runs. */
  public Path resolve(Path given) {
    return cwd().resolve(given).normalize();
  }

  /** The workspace pac runs in, read once per run. */
  public LoadedWorkspace workspace() {
    if (workspace == null) {
      workspace = WorkspaceLoader.load(cwd(), this::display, checkedFiles());
    }
    return workspace;
  }

  /**
   * The files earlier runs of this build found clean, in pac's cache folder: opened once per run,
   * and what this run finds clean is kept when the command is done ({@link #finish}).
   */
  CheckedFiles checkedFiles() {
    if (checked == null) {
      checked = CheckedFiles.open(env.vars(), build().identity());
    }
    return checked;
  }

  /**
   * The stores earlier imports of this build read through or wrote without a flaw, in pac's cache
   * folder.
   */
  public KnownStores knownStores() {
    return CheckedStores.open(env.vars(), build().identity());
  }

  /** The report's indexes of large stores it read through before, in pac's cache folder. */
  public KeptIndexes keptIndexes() {
    if (indexes == null) {
      indexes = KeptIndexes.open(env.vars(), build().identity());
    }
    return indexes;
  }

  /**
   * A loader of plan files that takes and keeps clean files through {@link #checkedFiles}, for a
   * command that refuses plans with errors and shows no warning ({@code validate} asks for them:
   * {@link #checkingLoader}).
   */
  public PlanLoader planLoader() {
    return checkingLoader().errorsOnly();
  }

  /** The same, every finding kept, warnings too: what {@code validate} shows. */
  public PlanLoader checkingLoader() {
    return new PlanLoader(new YamlReader(), checkedFiles());
  }

  /**
   * After the command, whatever it returned: keeps the files this run found clean, and waits for
   * the store's index being kept.
   */
  void finish() {
    if (checked != null) {
      checked.save();
    }
    if (indexes != null) {
      indexes.finish();
    }
  }

  /**
   * The language: {@code --lang}, else the workspace's locale, else LANG/LC_ALL from the
   * environment.
   */
  public Lang language() {
    if (lang != null) {
      return lang;
    }
    Lang ws = workspace().settings().locale();
    if (ws != null) {
      return ws;
    }
    return environmentLanguage();
  }

  /** The language LANG/LC_ALL/LC_MESSAGES name, else English. */
  private Lang environmentLanguage() {
    return environmentLanguage(env);
  }

  private static Lang environmentLanguage(Env env) {
    for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.var(v);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).startsWith("fr") ? Lang.FR : Lang.EN;
      }
    }
    return Lang.EN;
  }

  /**
   * The catalogue in the run's language, for messages about the run itself: it never fails (when
   * the workspace cannot be read, the language is {@code --lang}'s, else the one the {@code
   * pac.yaml} of {@code -C DIR} or of the current folder names, as help finds it, else the
   * environment's).
   */
  public Catalogue catalogue() {
    Lang l;
    try {
      l = language();
    } catch (RuntimeException e) {
      l = languageWithoutWorkspace();
    }
    return Catalogue.of(l == Lang.FR);
  }

  /** The language as help finds it, from the options parsed, without reading the workspace. */
  private Lang languageWithoutWorkspace() {
    return lang != null
        ? lang
        : helpLanguage(env, dir == null ? new String[0] : new String[] {"-C", dir.toString()});
  }

  /**
   * The language of help and usage errors, which are said before the arguments are understood and
   * before the workspace is read: {@code --lang} anywhere in {@code args}, else the {@code locale}
   * of {@code pac.yaml} in the workspace of {@code -C DIR} or of the current folder (looked for
   * without reading the workspace, see {@link WorkspaceLoader#declaredLocale}), else LC_ALL,
   * LC_MESSAGES or LANG.
   */
  static Lang helpLanguage(Env env, String... args) {
    String lang = optionValue(args, "--lang");
    if (lang != null) {
      return lang.trim().equalsIgnoreCase("fr") ? Lang.FR : Lang.EN;
    }
    Path start = env.cwd();
    String dir = optionValue(args, "-C");
    if (dir != null) {
      try {
        start = env.cwd().resolve(dir).normalize();
      } catch (InvalidPathException e) {
        return environmentLanguage(env);
      }
    }
    Lang declared = WorkspaceLoader.declaredLocale(start);
    return declared != null ? declared : environmentLanguage(env);
  }

  /**
   * The value of the option {@code name} as picocli reads it ({@code --lang fr}, {@code --lang=fr};
   * a one-letter option also {@code -CDIR}), its last occurrence before {@code --}, or null.
   */
  private static String optionValue(String[] args, String name) {
    String value = null;
    boolean letter = name.length() == 2;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ("--".equals(a)) {
        break;
      }
      if (a.equals(name)) {
        if (i + 1 < args.length) {
          value = args[++i];
        }
      } else if (a.startsWith(name + "=")) {
        value = a.substring(name.length() + 1);
      } else if (letter && a.startsWith(name)) {
        value = a.substring(name.length());
      }
    }
    return value;
  }

  /** Colours for stdout: only on a terminal, never with NO_COLOR or --no-color. */
  public Style style() {
    boolean color =
        !noColor
            && env.stdoutTerminal()
            && (env.var("NO_COLOR") == null || env.var("NO_COLOR").isEmpty())
            && !"dumb".equals(env.var("TERM"));
    return new Style(color);
  }

  /** This build's version. */
  public String version() {
    return build().version();
  }

  /** The project's home address given to the build (for links in SARIF), or "" when it has none. */
  public String home() {
    return build().home();
  }

  /** What the build says of itself, read from the jar once per run. */
  BuildInfo build() {
    if (build == null) {
      build = BuildInfo.load();
    }
    return build;
  }

  /**
   * {@code --version}: the version, the commit and build date, and the Java runtime pac runs on.
   */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      BuildInfo b = BuildInfo.load();
      return new String[] {
        "pac " + b.version(),
        "commit " + b.commit() + ", built " + b.date(),
        "Java "
            + System.getProperty("java.runtime.version", System.getProperty("java.version"))
            + " ("
            + System.getProperty("java.vm.vendor", "unknown vendor")
            + ", "
            + System.getProperty("java.vm.name", "unknown VM")
            + ") at "
            + System.getProperty("java.home")
      };
    }
  }
}
