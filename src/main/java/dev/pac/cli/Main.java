package dev.pac.cli;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.i18n.Catalogue;
import dev.pac.model.Lang;
import dev.pac.render.SafeWriter;
import dev.pac.workspace.CheckedFiles;
import dev.pac.workspace.FieldRules;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point: {@link #run} parses the arguments, runs one command and returns its exit code.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, Env.system(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs pac in the current folder and environment. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Env.system(), args);
  }

  /** Runs pac with everything it sees of the world given. */
  public static int run(PrintWriter out, PrintWriter err, Env env, String... args) {
    Commands.warmUp(args);
    if (Commands.readsPlans(args)) {
      if (CheckedFiles.mayKnow(env.vars())) {
        // the kept files are opened first: their record classes and SHA-256's providers, now
        CheckedFiles.warmUp();
      } else {
        // the validator takes longer to build than the arguments to parse: start now (where files
        // found clean may be known, it is started at the first file that is not, if any)
        FieldRules.warmUp();
      }
    }
    PrintWriter rawErr = err;
    // every byte pac prints goes through SafeWriter: control characters from files become escapes
    out = new PrintWriter(new SafeWriter(out, env.stdoutTerminal()));
    err = new PrintWriter(new SafeWriter(err, env.stderrTerminal()), true);
    CommandLine cl = Commands.commandLine(env, rawErr, args);
    Pac pac = cl.getCommand();
    // help and usage errors come before the workspace is read: --lang, else pac.yaml's locale
    // line, else the environment
    boolean french = Pac.helpLanguage(env, args) == Lang.FR;
    if (french) {
      // English help is the annotations' own text
      cl.setResourceBundle(Catalogue.of(true).bundle("help"));
    }
    cl.setOut(out);
    cl.setErr(err);
    PrintWriter errors = err;
    Catalogue usage = Catalogue.of(french);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          String hint = "";
          if (ex instanceof CommandLine.UnmatchedArgumentException u
              && !u.getSuggestions().isEmpty()) {
            hint = usage.get("errors.did-you-mean", u.getSuggestions().get(0));
          }
          errors.println("pac: error: " + usage.say(UsageErrors.text(ex)) + hint);
          errors.println(usage.get("errors.try-help", c.getCommandSpec().qualifiedName()));
          return ExitCode.USAGE.code();
        });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> handle(ex, pac, errors));
    int code;
    try {
      code = cl.execute(args);
    } catch (RuntimeException e) {
      code = handle(e, pac, err);
    } finally {
      out.flush();
      err.flush();
      rawErr.flush();
      pac.finish(); // after the output: the files found clean are kept while the reader reads
    }
    return code;
  }

  private static int handle(Exception ex, Pac pac, PrintWriter err) {
    boolean verbose = pac.verbose();
    if (ex instanceof PacException p) {
      err.println("pac: error: " + p.line(pac.catalogue()));
      if (verbose && p.getCause() != null) {
        p.getCause().printStackTrace(err);
      }
      return p.exitCode().code();
    }
    if (ex instanceof CommandLine.ParameterException p) {
      err.println("pac: error: " + pac.catalogue().say(UsageErrors.text(p)));
      return ExitCode.USAGE.code();
    }
    err.println(
        "pac: error: "
            + pac.catalogue()
                .get(verbose ? "errors.internal.verbose" : "errors.internal", ex.toString()));
    if (verbose) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    return ExitCode.INTERNAL.code();
  }
}
