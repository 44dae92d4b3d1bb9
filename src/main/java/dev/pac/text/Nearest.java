package dev.pac.text;

import dev.pac.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The "did you mean" of messages: the candidate closest to a misspelled word, if close enough. */
public final class Nearest {
  /**
   * Words longer than this get no suggestion: no id or key is that long, and the distance costs the
   * product of the two lengths (a 50 MB cell against a few ids would take minutes and gigabytes).
   */
  public static final int MAX_CHARS = 64;

  private Nearest() {}

  public static Optional<String> to(String word, Collection<String> candidates) {
    if (word.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.length() > MAX_CHARS) {
        continue;
      }
      int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int shorter = Math.min(word.length(), best.length());
    int allowed = shorter <= 3 ? 1 : Math.max(2, shorter / 3);
    boolean prefix = best.startsWith(word) || word.startsWith(best);
    // a suggestion shares something with the word: 'x' is one edit from 'o' but not a misspelling
    // of it
    return (bestDistance <= allowed && bestDistance < shorter)
            || (prefix && Math.min(word.length(), best.length()) >= 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** The catalogue's " (did you mean `x`?)" for the nearest candidate, or an empty text. */
  public static Text suggestionText(String word, Collection<String> candidates) {
    return to(word, candidates).map(s -> Text.of("errors.did-you-mean", s)).orElse(Text.plain(""));
  }

  /**
   * {@code candidates} sorted nearest to {@code word} first (case ignored), ties in their given
   * order.
   */
  public static List<String> sorted(String word, Collection<String> candidates) {
    String w = word.length() > 64 ? word.substring(0, 64) : word;
    Map<String, Integer> d = new HashMap<>();
    for (String c : candidates) {
      String x = c.length() > 64 ? c.substring(0, 64) : c;
      d.put(c, distance(w.toLowerCase(Locale.ROOT), x.toLowerCase(Locale.ROOT)));
    }
    List<String> out = new ArrayList<>(candidates);
    out.sort(Comparator.comparingInt(d::get));
    return out;
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
