package dev.pac.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence pac says to its user, kept as a catalogue key and its arguments until it is written,
 * so each reader gets it in their language. The key names its bundle before the first dot ({@code
 * errors.no-such-folder} is {@code no-such-folder} in {@code errors_en.properties}). Each argument
 * is either already written (a {@link String}: numbers, paths and ids as the message shows them), a
 * {@link Count}, grouped as the language groups thousands, or another {@code Text}, said in the
 * same language.
 *
 * <p>A text without a key is a sentence not in the catalogue (user text, a library's own words): it
 * is said as it is, in any language.
 */
public record Text(String key, List<Object> args) {
  public Text {
    List<Object> copy = new ArrayList<>(args == null ? List.of() : args);
    for (int i = 0; i < copy.size(); i++) {
      if (!(copy.get(i) instanceof Text || copy.get(i) instanceof Count)) {
        copy.set(i, String.valueOf(copy.get(i)));
      }
    }
    args = Collections.unmodifiableList(copy);
  }

  /**
   * The message {@code key} with its arguments: texts are kept, anything else (null too) is written
   * with {@link String#valueOf}.
   */
  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.asList(args));
  }

  /**
   * A count of things (rows, errors, bytes), written with the language's thousands separator:
   * {@code 1,234} in English, {@code 1 234} (a narrow no-break space) in French.
   */
  public static Count count(long n) {
    return new Count(n);
  }

  /**
   * {@code n} things: the sentence {@code key.one} or {@code key.many}, chosen when it is said, as
   * the language counts (French takes the singular below 2, English at 1 only), {@code {0}} being
   * {@code n} grouped (see {@link #count}) and {@code {1}}, {@code {2}}… {@code more}.
   */
  public static Text counted(String key, long n, Object... more) {
    List<Object> args = new ArrayList<>();
    args.add(count(n));
    args.addAll(Arrays.asList(more));
    return new Text(key + COUNTED, args);
  }

  /** The end of the key of a {@link #counted} text. */
  static final String COUNTED = ".#";

  /** A count argument (see {@link #count}). */
  public record Count(long value) {}

  /** A sentence outside the catalogue, said as it is. */
  public static Text plain(String sentence) {
    return new Text(null, List.of(sentence));
  }

  /** Whether this text comes from the catalogue. */
  public boolean keyed() {
    return key != null;
  }
}
