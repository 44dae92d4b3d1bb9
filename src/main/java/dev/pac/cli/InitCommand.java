package dev.pac.cli;

import dev.pac.error.PacException;
import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import dev.pac.model.Lang;
import dev.pac.workspace.WorkspaceTemplate;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pac init [DIR] [--force]}: writes the example workspace of the run's language (a complete
 * plan, 12 weeks of actuals, an import mapping, a CI workflow) into DIR. Existing files are left
 * alone unless {@code --force}: the run then fails with exit 1 and names them, before writing
 * anything.
 */
@Command(
    name = "init",
    description =
        "Create a ready-to-use workspace in DIR (default: the current folder): pac.yaml, a complete"
            + " example plan, 12 weeks of actuals, an import mapping and a CI workflow, in English"
            + " or French (--lang). Existing files are not overwritten without --force.")
final class InitCommand implements Callable<Integer> {
  /**
   * The date the example's report is meant to be read on: the Monday after its last week of
   * actuals.
   */
  static final String REPORT_DATE = "2027-03-29";

  private final Pac pac;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "The folder to create the workspace in (created if needed).")
  Path dir;

  @Option(names = "--force", description = "Overwrite files that already exist.")
  boolean force;

  InitCommand(Pac pac) {
    this.pac = pac;
  }

  @Override
  public Integer call() {
    Path target = dir == null ? pac.cwd() : pac.resolve(dir);
    String where = pac.display(target);
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw PacException.io(where, Text.of("errors.init.not-a-folder"), null);
    }
    Lang lang = pac.language();
    boolean fr = lang == Lang.FR;
    WorkspaceTemplate template = WorkspaceTemplate.of(lang);
    List<String> existing = template.existing(target);
    if (!existing.isEmpty() && !force) {
      throw PacException.invalid(
          where, Text.of("errors.init.files-exist", String.join(", ", existing)));
    }
    List<String> kept =
        template.files().stream()
            .filter(f -> WorkspaceTemplate.merged(f) && Files.isRegularFile(target.resolve(f)))
            .toList();
    template.writeTo(target, pac::display);

    PrintWriter out = spec.commandLine().getOut();
    Catalogue words = Catalogue.of(fr);
    out.println(
        words.get(
            "notes.init.created", ".".equals(where) ? Text.of("notes.init.this-folder") : where));
    for (String f : template.files()) {
      out.println(
          "  "
              + f
              + (existing.contains(f)
                  ? words.get("notes.init.replaced")
                  : kept.contains(f) ? words.get("notes.init.kept") : ""));
    }
    out.println();
    out.println(words.get("notes.init.next"));
    if (!target.equals(pac.cwd())) {
      out.println("  cd " + where);
    }
    // the sample exports, each read with the mapping its header fits
    String importFiles =
        String.join(" ", template.files().stream().filter(f -> f.startsWith("imports/")).toList());
    String[][] next = {
      {"pac validate", "notes.init.next.validate"},
      {"pac score --explain", "notes.init.next.score"},
      {"pac report --as-of " + REPORT_DATE, "notes.init.next.report"},
      {"pac import " + importFiles + " --dry-run", "notes.init.next.import"}
    };
    for (String[] n : next) {
      out.println(
          "  " + n[0] + " ".repeat(Math.max(1, 32 - n[0].length())) + "# " + words.get(n[1]));
    }
    return 0;
  }
}
