package dev.pac.render;

import dev.pac.store.ImportResult;
import dev.pac.store.Rejection;
import java.io.PrintWriter;

/**
 * The import summary as text: {@code added N, updated N, unchanged N, rejected N} and what became of the
 * store. Rejected rows go to stderr, one {@code FILE:LINE: reason} a line, so a terminal or CI log links them.
 */
public final class ImportText {
  private final Style style;

  public ImportText(Style style) {
    this.style = style;
  }

  public void render(ImportResult r, PrintWriter out, PrintWriter err) {
    for (Rejection x : r.rejected()) {
      err.println(x.file() + ":" + x.line() + ": " + x.reason());
    }
    String counts = "added " + r.added() + ", updated " + r.updated() + ", unchanged " + r.unchanged()
        + ", rejected " + r.rejected().size();
    out.println((r.rejected().isEmpty() ? counts : style.red(counts)) + ": " + outcome(r));
  }

  static String outcome(ImportResult r) {
    if (!r.rejected().isEmpty()) {
      return "nothing written to " + r.store() + " (fix the rejected rows and import again)";
    }
    if (r.dryRun()) {
      return "dry run, " + r.store() + " left as it is";
    }
    if (r.written()) {
      return "wrote " + r.store();
    }
    return r.store() + " already up to date";
  }
}
