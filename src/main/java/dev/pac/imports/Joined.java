package dev.pac.imports;

import dev.pac.i18n.Text;
import java.util.List;

/**
 * Several sentences or names said as one, two at a time through a catalogue key such as "{0}, {1}".
 */
final class Joined {
  private Joined() {}

  /** {@code parts} joined with {@code key}; an empty text when there are none. */
  static Text of(String key, List<?> parts) {
    Text out = null;
    for (Object p : parts) {
      Text t = p instanceof Text x ? x : Text.plain(String.valueOf(p));
      out = out == null ? t : Text.of(key, out, t);
    }
    return out == null ? Text.plain("") : out;
  }
}
