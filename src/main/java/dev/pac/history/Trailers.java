package dev.pac.history;

import dev.pac.git.GitHistory.Footer;
import dev.pac.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the decisions of a commit from its trailers (the {@code Key: value} lines of the message's
 * last paragraph, as git reads them). {@code Decision: ACTION-ID continue|adjust|stop} records one
 * decision; a {@code Why:} line gives the reason of the decision just above it (or of the first
 * one, when it comes before any). Keys are read whatever their case.
 */
public final class Trailers {
  private Trailers() {}

  /** The decisions and the problems (a Decision line that does not read) of a commit's trailers. */
  public static Parsed parse(List<Footer> footers) {
    List<String> actions = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    List<String> whys = new ArrayList<>();
    List<Text> problems = new ArrayList<>();
    String pendingWhy = null;
    for (Footer f : footers) {
      String key = f.key().toLowerCase(Locale.ROOT);
      if (key.equals("decision")) {
        String[] parts = f.value().trim().split("\\s+");
        Verdict v = parts.length == 2 ? verdict(parts[1]) : null;
        if (v == null) {
          problems.add(Text.of("notes.log.bad-trailer", f.value().trim()));
          continue;
        }
        actions.add(parts[0]);
        verdicts.add(v);
        whys.add(pendingWhy);
        pendingWhy = null;
      } else if (key.equals("why")) {
        String why = f.value().trim();
        int last = whys.size() - 1;
        if (last >= 0 && whys.get(last) == null) {
          whys.set(last, why);
        } else if (last < 0) {
          pendingWhy = why;
        }
      }
    }
    List<Trailer> out = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      out.add(
          new Trailer(
              actions.get(i),
              verdicts.get(i),
              whys.get(i) == null || whys.get(i).isEmpty() ? null : whys.get(i)));
    }
    return new Parsed(out, problems);
  }

  private static Verdict verdict(String word) {
    for (Verdict v : Verdict.values()) {
      if (v.id().equalsIgnoreCase(word)) {
        return v;
      }
    }
    return null;
  }

  /**
   * The decisions read, in the order of the message, and a sentence for each trailer that did not
   * read.
   */
  public record Parsed(List<Trailer> decisions, List<Text> problems) {}
}
