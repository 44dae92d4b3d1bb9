package dev.pac.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a test: writes the man page of pac and of each command, as AsciiDoc, from the
 * same picocli model the command line runs on (the package phase turns them into man pages).
 * Argument: the folder to write into.
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws Exception {
    Env env = new Env(Path.of("").toAbsolutePath(), Map.of(), Clock.systemUTC(), false, false);
    CommandLine cl = Commands.commandLine(env, new PrintWriter(Writer.nullWriter()));
    File out = new File(args[0]);
    if (!out.isDirectory() && !out.mkdirs()) {
      throw new IllegalStateException("cannot create " + out);
    }
    int code =
        ManPageGenerator.generateManPage(out, null, new boolean[0], true, cl.getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("the man page generator failed: " + code);
    }
  }
}
