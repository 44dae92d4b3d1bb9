package dev.pac.yaml;

import dev.pac.model.Key;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record type of the model as pac reads and writes it: its fields in declaration order, each with
 * the key that spells it in a YAML file ({@code avgMrr} is {@code avg_mrr}), its declared type and
 * its field rules ({@link Key}), and the canonical constructor. The binder, the JSON Schema and the
 * plan comparison all walk records through it. Worked out once per record type and process (looking
 * record components up parses their generic signatures on every call, which costs more than
 * binding), and immutable, so it is shared between threads.
 */
public final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return new RecordShape(type);
        }
      };

  /**
   * One record component: its Java name, its YAML key, its declared type (with type arguments), the
   * class of that type, its field rules (null: none) and its accessor.
   */
  public record Field(
      String name, String key, Type type, Class<?> raw, Key rules, Method accessor) {
    /** This field's value in {@code record}. */
    public Object of(Object record) {
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + key, e);
      }
    }

    /** The type of a list's items, or null when the field is not a list. */
    public Type itemType() {
      return raw == List.class ? argument(type, 0) : null;
    }
  }

  private final Class<?> type;
  private final List<Field> fields;
  private final Map<String, Field> byKey;
  private final Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
    }
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    List<Field> list = new ArrayList<>(components.length);
    Map<String, Field> keys = new HashMap<>();
    Class<?>[] raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      raw[i] = c.getType();
      // accessible once: each reflective call would otherwise walk the stack for its caller to
      // check access (about 4 % of the CPU of a history's first run, docs/performance.md)
      Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      Field f =
          new Field(
              c.getName(),
              key(c.getName()),
              c.getGenericType(),
              c.getType(),
              c.getAnnotation(Key.class),
              accessor);
      list.add(f);
      keys.put(f.key(), f);
    }
    this.fields = List.copyOf(list);
    this.byKey = Map.copyOf(keys);
    try {
      this.constructor = type.getDeclaredConstructor(raw);
      this.constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
    }
  }

  /** The shape of the record type {@code type}. */
  public static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  public Class<?> type() {
    return type;
  }

  /** The fields, in declaration order. */
  public List<Field> fields() {
    return fields;
  }

  /** The field a YAML key names, or null. */
  public Field field(String key) {
    return byKey.get(key);
  }

  /** The keys, in declaration order. */
  public List<String> keys() {
    return fields.stream().map(Field::key).toList();
  }

  /** A record of this type holding {@code values}, one a field in declaration order. */
  public Object build(Object[] values) {
    try {
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** The YAML key of a record component: {@code avgMrr} is {@code avg_mrr}. */
  public static String key(String component) {
    StringBuilder sb = new StringBuilder();
    for (char c : component.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The class of a declared type: {@code List} for {@code List<Kpi>}. */
  public static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof AnnotatedType a) {
      return raw(a.getType());
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  /**
   * The {@code i}-th type argument of a declared type ({@code Kpi} of {@code List<Kpi>}); {@code
   * Object} without one.
   */
  public static Type argument(Type type, int i) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
  }
}
