package dev.pac.imports;

import dev.pac.error.PacException;
import dev.pac.i18n.Text;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a CSV export as UTF-8, whatever they were: {@code auto} takes UTF-8 (a BOM ignored),
 * UTF-16 when a UTF-16 BOM says so, else windows-1252 (what Excel writes on a French Windows), and
 * says what it guessed; a named encoding is decoded as such. Decoders REPORT bad bytes: nothing is
 * ever silently replaced by U+FFFD; bytes that fit no encoding are an error naming their line.
 */
final class CsvText {
  /**
   * UTF-8 bytes from {@code start}, and the encoding guessed when it is not plain UTF-8 (else
   * null).
   */
  record Decoded(byte[] bytes, int start, Text guess) {
    /** The text itself, without a BOM. */
    String text() {
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private CsvText() {}

  static Decoded decode(byte[] raw, String encoding, String where) {
    boolean auto = encoding == null || "auto".equals(encoding);
    if (auto) {
      if (startsWith(raw, 0xEF, 0xBB, 0xBF)) {
        requireUtf8(raw, 3, where, Text.of("import.encoding.utf8-bom"));
        return new Decoded(raw, 3, null);
      }
      if (startsWith(raw, 0xFF, 0xFE) || startsWith(raw, 0xFE, 0xFF)) {
        return new Decoded(
            reencode(raw, StandardCharsets.UTF_16, where, "UTF-16"),
            0,
            Text.of("import.encoding.utf16"));
      }
      int bad = firstInvalid(raw, 0, StandardCharsets.UTF_8);
      if (bad < 0) {
        return new Decoded(raw, 0, null);
      }
      Charset cp1252 = Charset.forName("windows-1252");
      int bad1252 = firstInvalid(raw, 0, cp1252);
      if (bad1252 >= 0) {
        throw PacException.invalid(
            where + ":" + lineOf(raw, bad1252),
            Text.of("import.encoding.neither", hex(raw[bad1252])));
      }
      return new Decoded(
          reencode(raw, cp1252, where, "windows-1252"),
          0,
          Text.of("import.encoding.cp1252", hex(raw[bad]), lineOf(raw, bad)));
    }
    Charset cs = Charset.forName(encoding);
    if (cs.equals(StandardCharsets.UTF_8)) {
      int start = startsWith(raw, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      requireUtf8(raw, start, where, Text.plain("UTF-8"));
      return new Decoded(raw, start, null);
    }
    return new Decoded(reencode(raw, cs, where, cs.name()), 0, null);
  }

  private static void requireUtf8(byte[] raw, int start, String where, Text what) {
    int bad = firstInvalid(raw, start, StandardCharsets.UTF_8);
    if (bad >= 0) {
      throw PacException.invalid(
          where + ":" + lineOf(raw, bad), Text.of("import.encoding.not", hex(raw[bad]), what));
    }
  }

  private static String hex(byte b) {
    return String.format("0x%02X", b & 0xFF);
  }

  /** Decodes {@code raw} as {@code cs} (a BOM dropped) and encodes the text as UTF-8. */
  private static byte[] reencode(byte[] raw, Charset cs, String where, String name) {
    CharsetDecoder d = reporting(cs);
    String text;
    try {
      text = d.decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(raw, 0, cs);
      throw PacException.invalid(
          where + (bad >= 0 && !name.startsWith("UTF-16") ? ":" + lineOf(raw, bad) : ""),
          Text.of("import.encoding.invalid", name));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static CharsetDecoder reporting(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The offset of the first byte {@code cs} cannot decode, or -1; decoded in chunks, nothing kept.
   */
  static int firstInvalid(byte[] raw, int start, Charset cs) {
    // ASCII is valid in every encoding read here: decode only from the line of the first other byte
    int first = start;
    while (first + 8 <= raw.length && ((long) LONGS.get(raw, first) & 0x8080808080808080L) == 0) {
      first += 8; // eight bytes at a time: no high bit, all ASCII
    }
    while (first < raw.length && raw[first] >= 0) {
      first++;
    }
    if (first == raw.length) {
      return -1;
    }
    while (first > start && raw[first - 1] != '\n') {
      first--;
    }
    CharsetDecoder d = reporting(cs);
    ByteBuffer in = ByteBuffer.wrap(raw, first, raw.length - first);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = d.flush(out);
        if (r.isOverflow()) {
          out.clear();
          continue;
        }
        return -1;
      }
      out.clear();
    }
  }

  static int lineOf(byte[] raw, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < raw.length; i++) {
      if (raw[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] raw, int... prefix) {
    if (raw.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((raw[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
