package dev.pac.actuals;

import dev.pac.model.Slug;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids read from bytes (or given beforehand, {@link #add}), each distinct one made into a String and
 * checked against {@link Slug} once: a 1M-row file names a few dozen KPIs and dimension values, so
 * rows share the same String objects.
 */
final class IdInterner {
  private String[] values = new String[64];
  private byte[][] keys = new byte[64][]; // each value's bytes
  private boolean[] valid = new boolean[64];
  private int size;

  /** Whether the id last returned is a valid id, or empty. */
  boolean lastValid;

  /**
   * The number of the id last returned: 0 for the first distinct id, 1 for the next...; -1 when not
   * interned.
   */
  int lastNumber;

  private int[] number = new int[64];

  /**
   * Interns {@code id} as it stands (ASCII text only; other text is left out): the ids read later
   * with its bytes are then this very object, which {@link Actual#compareKey} finds equal without
   * comparing their characters.
   */
  void add(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 0x80) {
        return;
      }
    }
    byte[] b = id.getBytes(StandardCharsets.US_ASCII);
    int slot = slot(b, 0, b.length);
    if (values[slot] == null) {
      put(slot, id, b);
    }
  }

  /** The id in {@code s[from..to)}; {@link #lastValid} tells whether it is a slug. */
  String get(byte[] s, int from, int to) {
    int slot = slot(s, from, to);
    String v = values[slot];
    if (v != null) {
      lastValid = valid[slot];
      lastNumber = number[slot];
      return v;
    }
    String made = new String(s, from, to - from, StandardCharsets.UTF_8);
    if (made.length() != to - from) {
      // multi-byte text: not an id; not interned (the bytes would not compare as chars)
      lastValid = false;
      lastNumber = -1;
      return made;
    }
    lastNumber = size;
    lastValid = put(slot, made, Arrays.copyOfRange(s, from, to));
    return made;
  }

  /**
   * The slot holding the id whose bytes are {@code s[from..to)}, else the free slot it would take.
   */
  private int slot(byte[] s, int from, int to) {
    int mask = values.length - 1;
    int slot = hash(s, from, to) & mask;
    while (values[slot] != null && !same(keys[slot], s, from, to)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * Interns {@code v}, whose bytes are {@code key}, at the free {@code slot}; whether it is valid.
   */
  private boolean put(int slot, String v, byte[] key) {
    boolean ok = v.isEmpty() || Slug.isValid(v);
    values[slot] = v;
    keys[slot] = key;
    valid[slot] = ok;
    number[slot] = size;
    if (++size * 2 > values.length) {
      grow();
    }
    return ok;
  }

  private static int hash(byte[] s, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    return h ^ h >>> 16;
  }

  /**
   * Whether {@code key} holds the bytes {@code s[from..to)}: a loop, as ids are a few bytes long
   * (for which {@code Arrays.equals} spends most of its time checking its ranges).
   */
  private static boolean same(byte[] key, byte[] s, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != s[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldValues = values;
    byte[][] oldKeys = keys;
    boolean[] oldValid = valid;
    int[] oldNumber = number;
    number = new int[oldValues.length * 2];
    values = new String[oldValues.length * 2];
    keys = new byte[oldValues.length * 2][];
    valid = new boolean[oldValues.length * 2];
    int mask = values.length - 1;
    for (int i = 0; i < oldValues.length; i++) {
      String v = oldValues[i];
      if (v == null) {
        continue;
      }
      int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      values[slot] = v;
      keys[slot] = oldKeys[i];
      valid[slot] = oldValid[i];
      number[slot] = oldNumber[i];
    }
  }
}
