package dev.pac.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Labels as people write them, compared with ids: ignoring case, accents, and the difference
 * between spaces, underscores and hyphens ({@code Public Sector}, {@code public_sector} and {@code
 * Public-Sector} are all {@code public-sector}; {@code Équipe} is {@code equipe}).
 */
public final class Label {
  private Label() {}

  /**
   * The label's comparable form: lower case, no accents, each run of spaces, underscores and
   * hyphens one '-'.
   */
  public static String key(String label) {
    String s = Normalizer.normalize(label.strip(), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == ' ' || c == '_' || c == '-' || c == '\u00A0' || c == '\u202F' || c == '\t') {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append('-');
      }
      gap = false;
      b.append(Character.toLowerCase(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The candidate whose comparable form equals the label's, or null. */
  public static String match(String label, Collection<String> candidates) {
    String k = key(label);
    for (String c : candidates) {
      if (key(c).equals(k)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The candidate nearest to the label, or null when there is none: one sharing a word with it
   * first ({@code Secteur public} is nearest {@code public-sector}), then the fewest edits between
   * comparable forms.
   */
  public static String nearest(String label, Collection<String> candidates) {
    String k = key(label);
    Set<String> words = new HashSet<>(Arrays.asList(k.split("-")));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      boolean shares =
          Arrays.stream(key(c).split("-")).anyMatch(w -> w.length() > 2 && words.contains(w));
      int d = Nearest.distance(k, key(c)) - (shares ? 1000 : 0);
      if (d < bestDistance || d == bestDistance && c.compareTo(best) < 0) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
}
