package dev.pac.cache;

import dev.pac.yaml.RecordShape;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value of the model as bytes and back, walked by its declared type ({@link RecordShape}):
 * records field by field in declaration order, lists and maps in their order, text, numbers, dates
 * and enums; a value declared {@code Object} (a key that takes a word or a list, say) as the binder
 * gives it, text, an integer, a boolean, or a list or mapping of such values, each marked with its
 * kind. Only what the plan records hold is written; any other type is refused ({@link
 * IllegalArgumentException}), so a record that cannot be written whole is not written at all.
 * {@link #shape} describes every type the codec would walk from a record type, so that bytes
 * written for another shape of the model are never read back as this one.
 */
public final class RecordCodec {
  private RecordCodec() {}

  /**
   * {@code value}, of the record type {@code type}, as bytes; null when it holds a value the codec
   * does not know (such a value is not kept).
   */
  public static byte[] bytes(Class<?> type, Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, type, value);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    return bytes.toByteArray();
  }

  /**
   * The value of {@code type} that {@code bytes} hold, as {@link #bytes} wrote it; null when they
   * hold none, or cannot be read back whole (a damaged entry).
   */
  public static <T> T value(byte[] bytes, Class<T> type) {
    if (bytes == null) {
      return null;
    }
    try {
      In in = new In(bytes);
      Object value = read(in, type);
      return in.atEnd() ? type.cast(value) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes {@code value} of the declared {@code type}, its null mark first; a value of a type the
   * codec does not know is refused ({@link IllegalArgumentException}).
   */
  public static void write(DataOutputStream out, Type type, Object value) throws IOException {
    writer(type).write(out, value);
  }

  /** Writes a value of one declared type, the null mark first. */
  private interface Writer {
    void write(DataOutputStream out, Object value) throws IOException;
  }

  /** The writer of each declared type, worked out once (the walk of the type, per type). */
  private static final Map<Type, Writer> WRITERS = new ConcurrentHashMap<>();

  private static Writer writer(Type type) {
    return once(WRITERS, type, RecordCodec::buildWriter);
  }

  /**
   * What {@code make} makes of {@code type}, made once and kept in {@code made} (not through
   * computeIfAbsent: making one walks the types it holds, which make theirs; the model's records do
   * not contain themselves, so this ends).
   */
  private static <T> T once(Map<Type, T> made, Type type, Function<Type, T> make) {
    T t = made.get(type);
    if (t == null) {
      t = make.apply(type);
      made.putIfAbsent(type, t);
    }
    return t;
  }

  private static Writer buildWriter(Type type) {
    Class<?> raw = RecordShape.raw(type);
    Writer body = bodyWriter(type, raw);
    return (out, value) -> {
      if (value == null) {
        out.writeByte(0);
        return;
      }
      if (!raw.isInstance(value)) {
        throw new IllegalArgumentException(value.getClass().getName() + " is not a " + raw);
      }
      out.writeByte(1);
      body.write(out, value);
    };
  }

  private static Writer bodyWriter(Type type, Class<?> raw) {
    if (raw.isRecord()) {
      List<RecordShape.Field> fields = RecordShape.of(raw).fields();
      Writer[] writers = new Writer[fields.size()];
      for (int i = 0; i < writers.length; i++) {
        writers[i] = writer(fields.get(i).type());
      }
      return (out, value) -> {
        for (int i = 0; i < writers.length; i++) {
          writers[i].write(out, fields.get(i).of(value));
        }
      };
    }
    if (raw == List.class) {
      Writer item = writer(RecordShape.argument(type, 0));
      return (out, value) -> {
        List<?> list = (List<?>) value;
        out.writeInt(list.size());
        for (Object o : list) {
          item.write(out, o);
        }
      };
    }
    if (raw == Map.class) {
      Writer key = writer(RecordShape.argument(type, 0));
      Writer val = writer(RecordShape.argument(type, 1));
      return (out, value) -> {
        Map<?, ?> map = (Map<?, ?>) value;
        out.writeInt(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          key.write(out, e.getKey());
          val.write(out, e.getValue());
        }
      };
    }
    if (raw == String.class) {
      return (out, value) -> {
        String text = (String) value;
        if (!wellFormed(text)) { // UTF-8 cannot carry it: the text would not come back the same
          throw new IllegalArgumentException("cannot store a lone surrogate");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      };
    }
    if (raw == Double.class) {
      return (out, value) -> out.writeDouble((Double) value);
    }
    if (raw == Integer.class) {
      return (out, value) -> out.writeInt((Integer) value);
    }
    if (raw == Boolean.class) {
      return (out, value) -> out.writeBoolean((Boolean) value);
    }
    if (raw == LocalDate.class) {
      return (out, value) -> out.writeLong(((LocalDate) value).toEpochDay());
    }
    if (raw.isEnum()) {
      return (out, value) -> out.writeInt(((Enum<?>) value).ordinal());
    }
    if (raw == Object.class) {
      return RecordCodec::writePlain;
    }
    return (out, value) -> {
      throw new IllegalArgumentException("cannot store a " + raw.getName());
    };
  }

  /** Whether every surrogate of {@code s} is half of a pair, as UTF-8 needs. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The kinds of value a field declared {@code Object} holds, as the binder gives them. */
  private static final int TEXT = 1;

  private static final int INTEGER = 2;
  private static final int BOOLEAN = 3;
  private static final int LIST = 4;
  private static final int MAPPING = 5;

  private static void writePlain(DataOutputStream out, Object value) throws IOException {
    if (value instanceof String text) {
      out.writeByte(TEXT);
      write(out, String.class, text);
    } else if (value instanceof Integer n) {
      out.writeByte(INTEGER);
      out.writeInt(n);
    } else if (value instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        writePlain(out, item);
      }
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAPPING);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("cannot store a key " + e.getKey());
        }
        write(out, String.class, key);
        writePlain(out, e.getValue());
      }
    } else {
      throw new IllegalArgumentException("cannot store " + value);
    }
  }

  private static Object readPlain(In in) throws IOException {
    int kind = in.readByte();
    return switch (kind) {
      case TEXT -> read(in, String.class);
      case INTEGER -> in.readInt();
      case BOOLEAN -> in.readBoolean();
      case LIST -> {
        int n = size(in);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(readPlain(in));
        }
        yield list;
      }
      case MAPPING -> {
        int n = size(in);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = (String) read(in, String.class);
          map.put(key, readPlain(in));
        }
        yield map;
      }
      default -> throw new IOException("no kind of value " + kind);
    };
  }

  /** Reads a value of one declared type, the null mark first. */
  private interface Reader {
    Object read(In in) throws IOException;
  }

  /**
   * The bytes of a value, read as {@code DataInputStream} reads what {@code DataOutputStream} wrote
   * (big-endian), without its stream of synchronised one-byte reads: a 300-plan report reads every
   * kept plan's record through here. Reading past the end is an {@link EOFException}.
   */
  private static final class In {
    private final byte[] b;
    private int p;

    In(byte[] b) {
      this.b = b;
    }

    /** Where the next {@code n} bytes start, taken. */
    private int take(int n) throws EOFException {
      int at = p;
      if (n > b.length - at) {
        throw new EOFException();
      }
      p = at + n;
      return at;
    }

    byte readByte() throws EOFException {
      return b[take(1)];
    }

    boolean readBoolean() throws EOFException {
      return readByte() != 0;
    }

    int readInt() throws EOFException {
      int i = take(4);
      return (b[i] & 0xff) << 24
          | (b[i + 1] & 0xff) << 16
          | (b[i + 2] & 0xff) << 8
          | b[i + 3] & 0xff;
    }

    long readLong() throws EOFException {
      return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    double readDouble() throws EOFException {
      return Double.longBitsToDouble(readLong());
    }

    /** The next {@code n} bytes as UTF-8 text. */
    String readUtf8(int n) throws EOFException {
      return new String(b, take(n), n, StandardCharsets.UTF_8);
    }

    boolean atEnd() {
      return p == b.length;
    }
  }

  /** The reader of each declared type, worked out once (the walk of {@link #write} per value). */
  private static final Map<Type, Reader> READERS = new ConcurrentHashMap<>();

  private static Object read(In in, Type type) throws IOException {
    return reader(type).read(in);
  }

  private static Reader reader(Type type) {
    return once(READERS, type, RecordCodec::build);
  }

  private static Reader build(Type type) {
    Reader body = body(type);
    return in -> in.readByte() == 0 ? null : body.read(in);
  }

  private static Reader body(Type type) {
    Class<?> raw = RecordShape.raw(type);
    if (raw.isRecord()) {
      RecordShape shape = RecordShape.of(raw);
      Reader[] fields = new Reader[shape.fields().size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = reader(shape.fields().get(i).type());
      }
      return in -> {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = fields[i].read(in);
        }
        return shape.build(values);
      };
    }
    if (raw == List.class) {
      Reader item = reader(RecordShape.argument(type, 0));
      return in -> {
        int n = size(in);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(item.read(in));
        }
        return Collections.unmodifiableList(list);
      };
    }
    if (raw == Map.class) {
      Reader key = reader(RecordShape.argument(type, 0));
      Reader value = reader(RecordShape.argument(type, 1));
      return in -> {
        int n = size(in);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          Object k = key.read(in);
          map.put(k, value.read(in));
        }
        return Collections.unmodifiableMap(map);
      };
    }
    if (raw == String.class) {
      return in -> in.readUtf8(size(in));
    }
    if (raw == Double.class) {
      return In::readDouble;
    }
    if (raw == Integer.class) {
      return In::readInt;
    }
    if (raw == Boolean.class) {
      return In::readBoolean;
    }
    if (raw == LocalDate.class) {
      return in -> LocalDate.ofEpochDay(in.readLong());
    }
    if (raw == Object.class) {
      return RecordCodec::readPlain;
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return in -> {
        int i = in.readInt();
        if (i < 0 || i >= constants.length) {
          throw new IOException("no constant " + i + " in " + raw.getSimpleName());
        }
        return constants[i];
      };
    }
    throw new IllegalArgumentException("cannot read a " + raw.getName());
  }

  /** A count written by {@link #write}; a negative or huge one is a damaged file. */
  private static int size(In in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("bad size " + n);
    }
    return n;
  }

  /**
   * Every type the codec walks from {@code type}, each with its fields' names and declared types or
   * its constants, one a line, sorted: two builds whose model differs describe it differently.
   */
  public static String shape(Type type) {
    Set<String> lines = new TreeSet<>();
    describe(type, lines, new HashSet<>());
    return String.join("\n", lines);
  }

  private static void describe(Type type, Set<String> lines, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    Class<?> raw = RecordShape.raw(type);
    if (raw.isRecord()) {
      StringBuilder sb = new StringBuilder(raw.getName()).append('(');
      for (RecordShape.Field f : RecordShape.of(raw).fields()) {
        sb.append(f.name()).append(':').append(f.type().getTypeName()).append(',');
        describe(f.type(), lines, seen);
      }
      lines.add(sb.append(')').toString());
    } else if (raw == List.class || raw == Map.class) {
      describe(RecordShape.argument(type, 0), lines, seen);
      if (raw == Map.class) {
        describe(RecordShape.argument(type, 1), lines, seen);
      }
    } else if (raw.isEnum()) {
      StringBuilder sb = new StringBuilder(raw.getName()).append('{');
      for (Object c : raw.getEnumConstants()) {
        sb.append(((Enum<?>) c).name()).append(',');
      }
      lines.add(sb.append('}').toString());
    }
  }
}
